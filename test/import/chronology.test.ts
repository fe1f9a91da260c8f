import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.registry.js';
import type { Gateway } from '../../src/db/gateway.js';
import { importFile } from '../../src/import/importer.js';
import type { Rejection } from '../../src/import/reject.writer.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, tempDir, validRecords, writeNdjson } from './fixtures.js';
import { recordWriteSource } from '../../src/import/import.data.js';
import { newWriteSource } from '../../src/import/write-source.js';
import { ingest, ingestAs, type Raw } from './import-api.js';

/**
 * Chronology and plausibility rules, each with one bad record checked against what is already
 * in the graph (importRecords after the good records are in) and against the same file.
 */
let app: TestApp;
let db: Gateway;
beforeAll(async () => {
  app = await startTestApp();
  db = testGateway();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const send = (records: Raw[]) => ingest(app, records);

describe('chronology and plausibility against the graph', () => {
  const tag = `CH${RUN}${unique()}`;
  const base = validRecords(tag) as unknown as Raw[];
  const id = (k: string) => `IMPTEST-${tag}-${k}`;
  const of = (t: string, i = 0) => base.filter((r) => r.type === t)[i]!;
  const gun = (k: string, kind = 'PISTOL') => ({ ...of('firearm'), id: id(k), kind, caliber: kind === 'RIFLE' ? '.22 LR' : '9mm Luger' });
  const person = (k: string, dateOfBirth: string) => ({ ...of('person'), id: id(k), dateOfBirth });
  const extra: Raw[] = [
    gun('FB'),
    gun('FC'),
    gun('FD'),
    gun('FE', 'RIFLE'),
    person('P3', '2005-06-01'),
    person('P4', '2008-03-01'),
    gun('FR', 'RIFLE'),
    { ...of('sale'), id: id('SR'), firearmId: id('FR'), purchaserId: id('P3'), soldOn: '2025-01-10' },
    { ...of('recovery'), id: id('RB'), firearmId: id('FB'), recoveredOn: '2025-01-10', sceneId: null, possessorId: null },
    {
      ...of('casing'),
      evidenceId: id('EV4'),
      recoveredAt: '2025-03-15T02:00:00Z',
      submittedToNibinAt: null,
      firedFromFirearmId: null,
      firedFromConfirmedAt: null,
    },
  ];
  const cases: Array<{ name: string; record: Raw; field: string; reason: RegExp }> = [
    {
      name: 'recovery before the first retail sale',
      record: { ...of('recovery'), id: id('RC2'), recoveredOn: '2024-12-01', sceneId: null },
      field: 'recoveredOn',
      reason: /first retail sale/,
    },
    {
      name: 'sale after the gun was recovered',
      record: { ...of('sale'), id: id('SB'), firearmId: id('FB'), soldOn: '2025-02-01' },
      field: 'soldOn',
      reason: /after the gun's first recovery/,
    },
    {
      // Its own stored day (2024-12-20) must not stand in for the corrected one: the sale would read as before the recovery.
      name: 'sale corrected to a day after the gun was recovered',
      record: { ...of('sale'), soldOn: '2025-05-01' },
      field: 'soldOn',
      reason: /after the gun's first recovery/,
    },
    {
      name: 'trace requested before the recovery',
      record: {
        ...of('trace'),
        id: id('T2'),
        requestedAt: '2025-03-30T00:00:00Z',
        completedAt: '2025-04-04T09:00:00Z',
        dealerRequestedAt: null,
        dealerRespondedAt: null,
      },
      field: 'requestedAt',
      reason: /before its recovery/,
    },
    {
      // Sale 2024-12-20, recovery 2025-04-02: 103 days, as Recovery.timeToCrimeDays counts them.
      name: "trace whose time-to-crime is not the days from the gun's first sale to its recovery",
      record: { ...of('trace'), id: id('T3'), timeToCrimeDays: 9999 },
      field: 'timeToCrimeDays',
      reason: /is 9999, .*2024-12-20.*2025-04-02.* 103 days apart/,
    },
    {
      name: 'trace whose time-to-crime is one day off',
      record: { ...of('trace'), id: id('T4'), timeToCrimeDays: 104 },
      field: 'timeToCrimeDays',
      reason: /103 days apart/,
    },
    {
      name: 'casing recovered before its scene',
      record: {
        ...of('casing'),
        evidenceId: id('EV3'),
        recoveredAt: '2025-03-14T10:00:00Z',
        submittedToNibinAt: null,
        firedFromFirearmId: null,
        firedFromConfirmedAt: null,
      },
      field: 'recoveredAt',
      reason: /scene's occurredAt/,
    },
    {
      name: 'lead correlated before a casing was entered',
      record: { ...of('lead'), id: id('LD2'), correlatedAt: '2025-04-04T12:00:00Z', reviewedAt: '2025-04-09T10:00:00Z' },
      field: 'correlatedAt',
      reason: /NIBIN entry of casingB/,
    },
    {
      name: 'lead on a casing never entered into NIBIN',
      record: { ...of('lead'), id: id('LD3'), casingB: id('EV4') },
      field: 'casingB',
      reason: /never entered into NIBIN/,
    },
    {
      name: 'test-fire before the gun was recovered',
      record: { ...of('casing', 1), evidenceId: id('EV5'), recoveredAt: '2025-03-01T00:00:00Z', submittedToNibinAt: null },
      field: 'recoveredAt',
      reason: /first recovery/,
    },
    {
      name: 'test-fire of a gun never recovered',
      record: { ...of('casing', 1), evidenceId: id('EV6'), testFireOfFirearmId: id('FC') },
      field: 'testFireOfFirearmId',
      reason: /no recovery/,
    },
    {
      name: 'hit confirmed before the gun was recovered',
      record: { ...of('casing'), evidenceId: id('EV7'), recoveredAt: '2025-03-15T02:00:00Z', firedFromConfirmedAt: '2025-03-20T00:00:00Z' },
      field: 'firedFromConfirmedAt',
      reason: /first recovery/,
    },
    {
      name: 'handgun sold to a 19-year-old',
      record: { ...of('sale'), id: id('SD'), firearmId: id('FD'), purchaserId: id('P3'), soldOn: '2025-01-10' },
      field: 'purchaserId',
      reason: /was 19 .*handgun .*21/,
    },
    {
      name: 'long gun sold to a 16-year-old',
      record: { ...of('sale'), id: id('SE'), firearmId: id('FE'), purchaserId: id('P4'), soldOn: '2024-06-10' },
      field: 'purchaserId',
      reason: /was 16 .*long gun .*18/,
    },
    {
      name: 'association before a person was born',
      record: { ...of('association'), toPersonId: id('P3'), since: '2004-01-01' },
      field: 'since',
      reason: /date of birth/,
    },
    {
      name: 'possessor born after the recovery',
      record: { ...of('recovery'), id: id('RC3'), firearmId: id('FC'), recoveredOn: '2004-05-01', sceneId: null, possessorId: id('P3') },
      field: 'recoveredOn',
      reason: /possessor's date of birth/,
    },
    {
      name: 'recovery before its scene',
      record: { ...of('recovery'), id: id('RC4'), firearmId: id('FC'), recoveredOn: '2025-03-01', possessorId: null },
      field: 'recoveredOn',
      reason: /day of its scene/,
    },
    // Corrections (same agency: updates) that would break the rules for the stored records depending on them.
    {
      name: 'recovery moved to a day after its trace was requested',
      record: { ...of('recovery'), recoveredOn: '2025-04-06' },
      field: 'recoveredOn',
      reason: /^recoveredOn 2025-04-06 is after trace .*-T was requested on 2025-04-02/,
    },
    {
      name: 'recovery moved to a day after its test-fire',
      record: { ...of('recovery'), recoveredOn: '2025-04-06' },
      field: 'recoveredOn',
      reason: /after test-fire casing .*-EV2/,
    },
    {
      name: "scene moved to after its casing's recovery",
      record: { ...of('scene'), occurredAt: '2025-03-15T02:00:00Z' },
      field: 'occurredAt',
      reason: /after casing .*-EV1 was recovered at this scene/,
    },
    {
      name: "casing's NIBIN entry moved to after its lead's correlation",
      record: { ...of('casing'), submittedToNibinAt: '2025-04-06T00:00:00Z' },
      field: 'submittedToNibinAt',
      reason: /after lead .*-LD correlated this casing/,
    },
    {
      name: 'date of birth changed so a stored handgun sale was to a 13-year-old',
      record: { ...of('person'), dateOfBirth: '2011-06-01' },
      field: 'dateOfBirth',
      reason: /sale .*-SA .*handgun sold to a buyer of 13/,
    },
    {
      name: "gun's kind changed from rifle to pistol, so a stored sale is a handgun sold to a 19-year-old",
      record: { ...gun('FR', 'RIFLE'), kind: 'PISTOL' },
      field: 'kind',
      reason: /sale .*-SR .*handgun sold to a buyer of 19/,
    },
  ];

  beforeAll(async () => {
    const res = await send([...base, ...extra]);
    expect(res.errors).toBeUndefined();
  });

  it.each(cases.map((c) => [c.name, c] as const))('rejects %s, naming the field and why', async (_name, c) => {
    const res = await send([c.record]);
    const problems = (res.errors?.[0]?.extensions?.problems ?? []) as Array<{ field: string; reason: string }>;
    expect(
      problems.some((p) => p.field === c.field && c.reason.test(p.reason)),
      JSON.stringify(res.errors),
    ).toBe(true);
  });

  it('accepts a long gun sold to a 19-year-old (18 is the minimum for long guns)', async () => {
    const res = await send([{ ...of('sale'), id: id('SE2'), firearmId: id('FE'), purchaserId: id('P3'), soldOn: '2025-01-10' }]);
    expect(res.errors).toBeUndefined();
  });

  it('accepts a trace whose time-to-crime is the exact days from sale to recovery, or absent', async () => {
    const res = await send([
      { ...of('trace'), id: id('T5'), timeToCrimeDays: 103 },
      { ...of('trace'), id: id('T6'), timeToCrimeDays: null },
    ]);
    expect(res.errors).toBeUndefined();
  });

  it('rejects a trace whose time-to-crime disagrees with a sale and recovery of the same call', async () => {
    const res = await send([
      gun('FT'),
      { ...of('sale'), id: id('ST'), firearmId: id('FT'), soldOn: '2024-11-01' },
      { ...of('recovery'), id: id('RT'), firearmId: id('FT'), recoveredOn: '2025-04-02', sceneId: null, possessorId: null },
      { ...of('trace'), id: id('TT'), recoveryId: id('RT'), timeToCrimeDays: 103 },
    ]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[3].timeToCrimeDays' });
    expect(res.errors?.[0]?.message).toMatch(/152 days apart/);
  });

  it('rejects a 0–1 lead score, naming the field and the scale', async () => {
    const res = await send([{ ...of('lead'), id: id('LDS'), score: 0.97 }]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].score' });
    expect(res.errors?.[0]?.message).toMatch(/0 to 100.*0–1 score/);
  });

  it('lists field and reference problems of one record together', async () => {
    const res = await send([{ ...of('sale'), id: id('SX'), soldOn: '2099-01-01', firearmId: id('NOGUN') }]);
    const fields = ((res.errors?.[0]?.extensions?.problems ?? []) as Array<{ field: string }>).map((p) => p.field).sort();
    expect(fields).toEqual(['firearmId', 'soldOn']);
  });
});

describe('chronology against the values that will be stored', () => {
  const tag = `CV${RUN}${unique()}`;
  const base = validRecords(tag) as unknown as Raw[];
  const ori = String(base.find((r) => r.type === 'agency')!.ori);
  const other = 'PA0510000';
  const id = (k: string) => `IMPTEST-${tag}-${k}`;
  const of = (t: string, i = 0) => base.filter((r) => r.type === t)[i]!;
  const person = (k: string, dateOfBirth: string) => ({ ...of('person'), id: id(k), dateOfBirth });
  const pistolSale = (k: string, personKey: string) => [
    { ...of('firearm'), id: id(`F${k}`) },
    { ...of('sale'), id: id(`S${k}`), firearmId: id(`F${k}`), purchaserId: id(personKey), soldOn: '2024-06-01' },
  ];

  beforeAll(async () => {
    const res = await ingestAs(app, ori, [...base, person('P5', '2005-01-01'), person('P6', '2005-01-01')]);
    expect(res.errors).toBeUndefined();
  });

  it("checks a sale against the stored date of birth when another agency's date only becomes a conflict, through the API and a file alike", async () => {
    const records = [person('P5', '1980-01-01'), ...pistolSale('1', 'P5')];
    const res = await ingestAs(app, other, records);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[2].purchaserId' });
    expect(res.errors?.[0]?.message).toMatch(/was 19 .*handgun/);

    const source = newWriteSource('IMPORT', other, 'chronology-test', 'conflicting person');
    await recordWriteSource(db, source);
    const summary = await importFile(db, writeNdjson(path.join(tempDir(), 'other.ndjson'), records), { source });
    expect(summary.statuses.person).toMatchObject({ conflicted: 1 });
    const rejects = readFileSync(summary.rejectFile!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Rejection);
    expect(rejects).toMatchObject([{ line: 3, field: 'purchaserId', reason: expect.stringMatching(/was 19 .*handgun/) }]);
  });

  it('accepts a recovery correction when the same call moves the records depending on it along', async () => {
    const res = await ingestAs(app, ori, [
      { ...of('recovery'), recoveredOn: '2025-04-06' },
      { ...of('casing', 1), recoveredAt: '2025-04-06T11:00:00Z', submittedToNibinAt: '2025-04-06T15:30:00Z' },
      {
        ...of('trace'),
        requestedAt: '2025-04-06T20:00:00Z',
        completedAt: '2025-04-08T09:00:00Z',
        dealerRequestedAt: null,
        dealerRespondedAt: null,
        timeToCrimeDays: 107,
      },
      { ...of('lead'), correlatedAt: '2025-04-07T08:00:00Z' },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.importRecords).toMatchObject({ updated: 4 });
  });

  it('checks a sale against the date of birth the same call corrects when the agency that wrote it sends it', async () => {
    const res = await ingestAs(app, ori, [person('P6', '1980-01-01'), ...pistolSale('2', 'P6')]);
    expect(res.errors).toBeUndefined();
  });
});

describe('chronology, honest counts and reject order in a file import', () => {
  const tag = `CF${RUN}${unique()}`;
  const base = validRecords(tag) as unknown as Raw[];
  const of = (t: string) => base.find((r) => r.type === t)!;

  it('rejects a recovery dated before its sale in the same file, and lists every problem in line order', async () => {
    const dir = tempDir();
    const early = { ...of('recovery'), id: `IMPTEST-${tag}-RCX`, recoveredOn: '2024-11-01', sceneId: null };
    // Line 2 has a reference problem (found while writing), line 3 a field problem (found while reading).
    const dangling = {
      type: 'sale',
      id: `IMPTEST-${tag}-SX`,
      fflLicense: of('ffl').license,
      firearmId: 'NOPE',
      purchaserId: 'NOPE',
      soldOn: '2025-01-01',
      multipleSale: false,
    };
    const badDate = { ...of('person'), id: `IMPTEST-${tag}-PX`, dateOfBirth: '1990-02-30' };
    const file = writeNdjson(path.join(dir, 'chronology.ndjson'), [early, dangling, badDate, ...base]);
    const summary = await importFile(db, file);
    const rejects = readFileSync(summary.rejectFile!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Rejection);
    expect(rejects.map((r) => r.line)).toEqual([...rejects.map((r) => r.line)].sort((a, b) => a - b));
    expect(rejects.find((r) => r.line === 1)).toMatchObject({ field: 'recoveredOn', reason: expect.stringMatching(/first retail sale/) });
    expect(
      rejects
        .filter((r) => r.line === 2)
        .map((r) => r.field)
        .sort(),
    ).toEqual(['firearmId', 'purchaserId']);
    expect(rejects.find((r) => r.line === 3)).toMatchObject({ field: 'dateOfBirth' });
    expect(summary.statuses.person).toMatchObject({ created: 2, unchanged: 0 });

    // The same file again: nothing created, every accepted record unchanged.
    const progress: number[] = [];
    const again = await importFile(db, file, { onProgress: (p) => p.phase === 'write' && progress.push(p.records), progressEveryMs: 0 });
    const total = Object.values(again.statuses).reduce(
      (a, c) => ({ created: a.created + c!.created, unchanged: a.unchanged + c!.unchanged, updated: a.updated + c!.updated }),
      { created: 0, unchanged: 0, updated: 0 },
    );
    expect(total).toEqual({ created: 0, unchanged: again.accepted, updated: 0 });
    expect(Math.max(...progress)).toBe(again.accepted);
  });

  it("rejects a sale corrected to a day after the gun's recovery, and keeps the stored sale", async () => {
    const dir = tempDir();
    const first = await importFile(db, writeNdjson(path.join(dir, 'base.ndjson'), base));
    expect(first.rejected).toBe(0);
    const later = { ...of('sale'), soldOn: '2025-05-01' };
    const summary = await importFile(db, writeNdjson(path.join(dir, 'correction.ndjson'), [later]));
    expect(summary).toMatchObject({ accepted: 0, rejected: 1 });
    const rejects = readFileSync(summary.rejectFile!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Rejection);
    expect(rejects).toMatchObject([{ line: 1, field: 'soldOn', reason: expect.stringMatching(/after the gun's first recovery/) }]);
    const [row] = await db.read<{ props: { soldOn: unknown } }>(cypher('import/record-snapshot'), { label: 'Sale', key: of('sale').id });
    expect(String(row?.props.soldOn)).toBe('2024-12-20');
  });

  it('rejects a recovery corrected to a day after its stored trace was requested, and keeps the stored recovery', async () => {
    const dir = tempDir();
    const summary = await importFile(db, writeNdjson(path.join(dir, 'recovery.ndjson'), [{ ...of('recovery'), recoveredOn: '2025-04-06' }]));
    expect(summary).toMatchObject({ accepted: 0, rejected: 1 });
    const rejects = readFileSync(summary.rejectFile!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Rejection);
    expect(rejects.some((r) => r.field === 'recoveredOn' && /after trace .* was requested/.test(r.reason))).toBe(true);
    const [row] = await db.read<{ props: { recoveredOn: unknown } }>(cypher('import/record-snapshot'), { label: 'Recovery', key: of('recovery').id });
    expect(String(row?.props.recoveredOn)).toBe('2025-04-02');
  });

  it('reports no write progress when nothing was accepted', async () => {
    const dir = tempDir();
    const file = writeNdjson(path.join(dir, 'nothing.ndjson'), [{ ...of('person'), id: `IMPTEST-${tag}-PZ`, dateOfBirth: 'yesterday' }]);
    const phases: string[] = [];
    const summary = await importFile(db, file, { onProgress: (p) => phases.push(`${p.phase}:${p.records}/${p.total}`), progressEveryMs: 0 });
    expect(summary.accepted).toBe(0);
    expect(phases.filter((p) => p.startsWith('write'))).toEqual([]);
  });
});
