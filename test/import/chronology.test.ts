import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/importer.js';
import { unique } from '../security/support.js';
import { RUN, tempDir, writeNdjson } from './fixtures.js';
import { ingest, type Raw } from './import-api.js';
import { chronologyRecords, chronologyServer, expectRejected, rejectsOf, type RuleCase } from './chronology-cases.js';

/**
 * Chronology and plausibility rules, each with one bad record checked against what is already
 * in the graph (importRecords after the good records are in) and against the same file. A
 * correction checked against the stored records depending on it: chronology-corrections.test.ts.
 */
const server = chronologyServer();
const send = (records: Raw[]) => ingest(server.app, records);

describe('chronology and plausibility against the graph', () => {
  const tag = `CH${RUN}${unique()}`;
  const { base, extra, id, of, gun } = chronologyRecords(tag);
  const cases: RuleCase[] = [
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
  ];

  beforeAll(async () => {
    const res = await send([...base, ...extra]);
    expect(res.errors).toBeUndefined();
  });

  it.each(cases.map((c) => [c.name, c] as const))('rejects %s, naming the field and why', async (_name, c) => {
    await expectRejected(c, send);
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

describe('chronology, honest counts and reject order in a file import', () => {
  const tag = `CF${RUN}${unique()}`;
  const { base, of } = chronologyRecords(tag);

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
    const summary = await importFile(server.db, file);
    const rejects = rejectsOf(summary.rejectFile!);
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
    const again = await importFile(server.db, file, { onProgress: (p) => p.phase === 'write' && progress.push(p.records), progressEveryMs: 0 });
    const total = Object.values(again.statuses).reduce(
      (a, c) => ({ created: a.created + c!.created, unchanged: a.unchanged + c!.unchanged, updated: a.updated + c!.updated }),
      { created: 0, unchanged: 0, updated: 0 },
    );
    expect(total).toEqual({ created: 0, unchanged: again.accepted, updated: 0 });
    expect(Math.max(...progress)).toBe(again.accepted);
  });

  it('reports no write progress when nothing was accepted', async () => {
    const dir = tempDir();
    const file = writeNdjson(path.join(dir, 'nothing.ndjson'), [{ ...of('person'), id: `IMPTEST-${tag}-PZ`, dateOfBirth: 'yesterday' }]);
    const phases: string[] = [];
    const summary = await importFile(server.db, file, { onProgress: (p) => phases.push(`${p.phase}:${p.records}/${p.total}`), progressEveryMs: 0 });
    expect(summary.accepted).toBe(0);
    expect(phases.filter((p) => p.startsWith('write'))).toEqual([]);
  });
});
