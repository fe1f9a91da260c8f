import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.registry.js';
import { importFile } from '../../src/import/importer.js';
import { unique } from '../security/support.js';
import { RUN, tempDir, writeNdjson } from './fixtures.js';
import { recordWriteSource } from '../../src/import/import.data.js';
import { newWriteSource } from '../../src/import/write-source.js';
import { ingest, ingestAs, type Raw } from './import-api.js';
import { chronologyRecords, chronologyServer, expectRejected, recoveryMovedAlong, rejectsOf, type RuleCase } from './chronology-cases.js';

/**
 * A correction (a stored record whose values the batch writes) is checked from both ends (docs/import.md,
 * Chronology: "Checked from both ends"): against what it depends on, and against the stored records
 * that depend on it, unless the same batch moves those along. Against the values that will be stored:
 * another agency's value that only becomes a conflict leaves the stored one to check against.
 */
const server = chronologyServer();
const send = (records: Raw[]) => ingest(server.app, records);

describe('corrections checked against the stored records depending on them', () => {
  const tag = `CC${RUN}${unique()}`;
  const { base, extra, id, of, gun } = chronologyRecords(tag);
  // Each a correction by the agency that wrote the record (an update) breaking a rule for a stored dependent.
  const cases: RuleCase[] = [
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
    {
      // Sale 2024-12-25, recovery 2025-04-02: 98 days, where the stored trace says 103.
      name: "sale moved so a stored trace's time-to-crime no longer counts from it",
      record: { ...of('sale'), soldOn: '2024-12-25' },
      field: 'soldOn',
      reason:
        /^soldOn 2024-12-25 puts recovery .*-RC \(2025-04-02\) 98 days after the gun's first retail sale \(2024-12-25\), but trace .*-T records a time-to-crime of 103/,
    },
    {
      name: "recovery re-pointed to another gun, leaving the old gun's test-fire with no recovery before it",
      record: { ...of('recovery'), firearmId: id('FC') },
      field: 'firearmId',
      reason: /leaves test-fire casing .*-EV2 \(2025-04-04T11:00[^)]*\) of gun .*-FA with no recovery on or before it/,
    },
    {
      name: "recovery re-pointed to another gun, leaving the old gun's hit with no recovery before it",
      record: { ...of('recovery'), firearmId: id('FC') },
      field: 'firearmId',
      reason: /leaves the hit confirmed on casing .*-EV1 \(2025-04-09T10:00[^)]*\) of gun .*-FA with no recovery on or before it/,
    },
  ];

  beforeAll(async () => {
    const res = await send([...base, ...extra]);
    expect(res.errors).toBeUndefined();
  });

  it.each(cases.map((c) => [c.name, c] as const))('rejects a %s, naming the corrected field and the dependent', async (_name, c) => {
    await expectRejected(c, send);
  });
});

describe('chronology against the values that will be stored', () => {
  const tag = `CV${RUN}${unique()}`;
  const { base, id, of, person } = chronologyRecords(tag);
  const ori = String(base.find((r) => r.type === 'agency')!.ori);
  const other = 'PA0510000';
  const pistolSale = (k: string, personKey: string) => [
    { ...of('firearm'), id: id(`F${k}`) },
    { ...of('sale'), id: id(`S${k}`), firearmId: id(`F${k}`), purchaserId: id(personKey), soldOn: '2024-06-01' },
  ];

  beforeAll(async () => {
    const res = await ingestAs(server.app, ori, [...base, person('P5', '2005-01-01'), person('P6', '2005-01-01')]);
    expect(res.errors).toBeUndefined();
  });

  it("checks a sale against the stored date of birth when another agency's date only becomes a conflict, through the API and a file alike", async () => {
    const records = [person('P5', '1980-01-01'), ...pistolSale('1', 'P5')];
    const res = await ingestAs(server.app, other, records);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[2].purchaserId' });
    expect(res.errors?.[0]?.message).toMatch(/was 19 .*handgun/);

    const source = newWriteSource('IMPORT', other, 'chronology-test', 'conflicting person');
    await recordWriteSource(server.db, source);
    const summary = await importFile(server.db, writeNdjson(path.join(tempDir(), 'other.ndjson'), records), { source });
    expect(summary.statuses.person).toMatchObject({ conflicted: 1 });
    expect(rejectsOf(summary.rejectFile!)).toMatchObject([{ line: 3, field: 'purchaserId', reason: expect.stringMatching(/was 19 .*handgun/) }]);
  });

  it('accepts a recovery correction when the same call moves the records depending on it along', async () => {
    const res = await ingestAs(server.app, ori, recoveryMovedAlong(of));
    expect(res.errors).toBeUndefined();
    expect(res.data?.importRecords).toMatchObject({ updated: 4 });
  });

  it('checks a sale against the date of birth the same call corrects when the agency that wrote it sends it', async () => {
    const res = await ingestAs(server.app, ori, [person('P6', '1980-01-01'), ...pistolSale('2', 'P6')]);
    expect(res.errors).toBeUndefined();
  });
});

describe('corrections that keep their dependents within the rules', () => {
  const tag = `CK${RUN}${unique()}`;
  const { base, id, of } = chronologyRecords(tag);
  beforeAll(async () => {
    expect((await send(base)).errors).toBeUndefined();
  });

  it('accepts a sale correction when the same call corrects its trace to the new time-to-crime', async () => {
    const res = await send([
      { ...of('sale'), soldOn: '2024-12-25' },
      { ...of('trace'), timeToCrimeDays: 98 },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.importRecords).toMatchObject({ updated: 2 });
  });

  it('accepts a recovery re-pointed to another gun when the old gun keeps a recovery before its test-fire and hit', async () => {
    const earlier = { ...of('recovery'), id: id('RA'), recoveredOn: '2025-04-03', sceneId: null, possessorId: null };
    expect((await send([{ ...of('firearm'), id: id('FN') }, earlier])).errors).toBeUndefined();
    const res = await send([{ ...of('recovery'), firearmId: id('FN') }]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.importRecords).toMatchObject({ updated: 1 });
  });
});

describe('a sale re-pointed to another gun, checked against the gun it leaves', () => {
  const tag = `CL${RUN}${unique()}`;
  const { base, id, of, gun } = chronologyRecords(tag);
  /** Gun F<k>, first sold 2024-12-20 (S<k>), with `later` sales, recovered 2025-04-02 (R<k>) and traced with a time-to-crime of 103 (T<k>). */
  const leaving = (k: string, later: string[] = []): Raw[] => [
    gun(`F${k}`),
    ...['2024-12-20', ...later].map((soldOn, n) => ({ ...of('sale'), id: id(`S${k}${n || ''}`), firearmId: id(`F${k}`), soldOn })),
    { ...of('recovery'), id: id(`R${k}`), firearmId: id(`F${k}`), recoveredOn: '2025-04-02', sceneId: null, possessorId: null },
    { ...of('trace'), id: id(`T${k}`), recoveryId: id(`R${k}`), timeToCrimeDays: 103 },
  ];
  const repoint = (k: string): Raw => ({ ...of('sale'), id: id(`S${k}`), firearmId: id('FC'), soldOn: '2024-12-20' });
  const trace = (k: string, timeToCrimeDays: number | null): Raw => ({ ...of('trace'), id: id(`T${k}`), recoveryId: id(`R${k}`), timeToCrimeDays });
  const gunOf = async (k: string) =>
    (await server.db.read<{ links: Array<{ type: string; target: string }> }>(cypher('import/record-snapshot'), { label: 'Sale', key: id(`S${k}`) }))[0]!.links
      .filter((l) => l.type === 'OF_FIREARM')
      .map((l) => l.target);

  beforeAll(async () => {
    const res = await send([...base, gun('FC'), ...leaving('1'), ...leaving('2', ['2025-01-10']), ...leaving('3', ['2025-05-01'])]);
    expect(res.errors).toBeUndefined();
  });

  /** Re-pointing sale S<k> to gun FC is rejected on firearmId with `reason`, and the sale still names F<k>. */
  const refused = async (k: string, reason: RegExp) => {
    await expectRejected({ name: `S${k}`, record: repoint(k), field: 'firearmId', reason }, send);
    expect(await gunOf(k)).toEqual([id(`F${k}`)]);
  };
  /** The same re-pointing with trace T<k> corrected in the same call is written. */
  const acceptedWith = async (k: string, timeToCrimeDays: number | null) => {
    const res = await send([repoint(k), trace(k, timeToCrimeDays)]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.importRecords).toMatchObject({ updated: 2 });
    expect(await gunOf(k)).toEqual([id('FC')]);
  };

  it('rejects leaving the gun with no sale while its trace records a time-to-crime, writes nothing, and accepts it with the trace emptied', async () => {
    await refused(
      '1',
      /^firearmId .*-FC leaves gun .*-F1 with no retail sale, so recovery .*-R1 \(2025-04-02\) has no time-to-crime, but trace .*-T1 records a time-to-crime of 103$/,
    );
    await acceptedWith('1', null);
  });

  it("rejects moving the gun's first sale to its next one when its trace's time-to-crime no longer counts from it, and accepts it with the trace corrected", async () => {
    // Next sale 2025-01-10, recovery 2025-04-02: 82 days, where the stored trace says 103.
    await refused(
      '2',
      /^firearmId .*-FC leaves gun .*-F2 with its first retail sale on 2025-01-10, which puts recovery .*-R2 \(2025-04-02\) 82 days after it, but trace .*-T2 records a time-to-crime of 103$/,
    );
    await acceptedWith('2', 82);
  });

  it("rejects leaving the gun's first sale after its recovery (time-to-crime is never negative)", async () => {
    await refused(
      '3',
      /^firearmId .*-FC leaves gun .*-F3 with its first retail sale on 2025-05-01, after recovery .*-R3 \(2025-04-02\): time-to-crime is never negative$/,
    );
  });
});

describe("a new sale of a gun already recovered and traced, checked against the trace's time-to-crime", () => {
  const tag = `CN${RUN}${unique()}`;
  const { base, id, of, gun } = chronologyRecords(tag);
  const sale = (k: string, soldOn: string): Raw => ({ ...of('sale'), id: id(k), firearmId: id('FN'), soldOn });
  beforeAll(async () => {
    // The trace result arrives first (time-to-crime 103 days, as ATF counted it), the dealer's sale record after it.
    const recovery = { ...of('recovery'), id: id('RN'), firearmId: id('FN'), recoveredOn: '2025-04-02', sceneId: null, possessorId: null };
    const res = await send([...base, gun('FN'), recovery, { ...of('trace'), id: id('TN'), recoveryId: id('RN'), timeToCrimeDays: 103 }]);
    expect(res.errors).toBeUndefined();
  });

  it('rejects a first sale that puts the recovery at other than the recorded days, and accepts the one that agrees and a later sale', async () => {
    const reason =
      /^soldOn 2024-12-25 puts recovery .*-RN \(2025-04-02\) 98 days after the gun's first retail sale \(2024-12-25\), but trace .*-TN records a time-to-crime of 103$/;
    await expectRejected({ name: 'SN1', record: sale('SN1', '2024-12-25'), field: 'soldOn', reason }, send);
    for (const [k, soldOn] of [
      ['SN2', '2024-12-20'],
      ['SN3', '2025-01-15'],
    ] as const) {
      const res = await send([sale(k, soldOn)]);
      expect(res.errors, soldOn).toBeUndefined();
      expect(res.data?.importRecords).toMatchObject({ created: 1 });
    }
  });
});

describe('corrections in a file import', () => {
  const tag = `CG${RUN}${unique()}`;
  const { base, of } = chronologyRecords(tag);

  it("rejects a sale corrected to a day after the gun's recovery, and keeps the stored sale", async () => {
    const dir = tempDir();
    const first = await importFile(server.db, writeNdjson(path.join(dir, 'base.ndjson'), base));
    expect(first.rejected).toBe(0);
    const later = { ...of('sale'), soldOn: '2025-05-01' };
    const summary = await importFile(server.db, writeNdjson(path.join(dir, 'correction.ndjson'), [later]));
    expect(summary).toMatchObject({ accepted: 0, rejected: 1 });
    const rejects = rejectsOf(summary.rejectFile!);
    expect(rejects).toMatchObject([{ line: 1, field: 'soldOn', reason: expect.stringMatching(/after the gun's first recovery/) }]);
    const [row] = await server.db.read<{ props: { soldOn: unknown } }>(cypher('import/record-snapshot'), { label: 'Sale', key: of('sale').id });
    expect(String(row?.props.soldOn)).toBe('2024-12-20');
  });

  it('rejects a recovery corrected to a day after its stored trace was requested, and keeps the stored recovery', async () => {
    const dir = tempDir();
    const summary = await importFile(server.db, writeNdjson(path.join(dir, 'recovery.ndjson'), [{ ...of('recovery'), recoveredOn: '2025-04-06' }]));
    expect(summary).toMatchObject({ accepted: 0, rejected: 1 });
    const rejects = rejectsOf(summary.rejectFile!);
    expect(rejects.some((r) => r.field === 'recoveredOn' && /after trace .* was requested/.test(r.reason))).toBe(true);
    const [row] = await server.db.read<{ props: { recoveredOn: unknown } }>(cypher('import/record-snapshot'), { label: 'Recovery', key: of('recovery').id });
    expect(String(row?.props.recoveredOn)).toBe('2025-04-02');
  });
});
