import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { cypher } from '../../src/db/cypher.registry.js';
import type { TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, validRecords } from './fixtures.js';
import { CONFLICTS, OTHER_AGENCY, RESOLVE_CONFLICT, ingestAs, startConflictApp, type Raw } from './import-api.js';
import type { ImportRecordType } from '../generated/graphql/graphql.js';

/**
 * A supervisor's decision obeys the rules an import obeys (docs/import.md, Provenance and conflicts): the
 * record as it would stand after the decision is checked by its own rules, by the chronology rules to what
 * it depends on and from it to the stored records depending on it. Each conflict below holds a value that
 * passed when it came in (another agency's value is kept as a conflict, not checked against dependents) or
 * that a later correction made wrong; keeping it is refused, nothing is written, and CURRENT still works.
 */
const snapshot = cypher('import/record-snapshot');

let app: TestApp;
beforeAll(async () => {
  app = await startConflictApp();
});
afterAll(() => app.close());

const OTHER = OTHER_AGENCY;

describe('a decision on a conflict is checked like an import', () => {
  const tag = `CD${RUN}${unique()}`;
  const id = (k: string) => `IMPTEST-${tag}-${k}`;
  const base = validRecords(tag) as unknown as Raw[];
  const ori = String(base.find((r) => r.type === 'agency')!.ori);
  const of = (t: string) => base.find((r) => r.type === t)!;
  const gun = (k: string): Raw => ({ ...of('firearm'), id: id(k) });
  const sale = (k: string, gunKey: string, soldOn: string, buyer = 'P1'): Raw => ({
    ...of('sale'),
    id: id(k),
    firearmId: id(gunKey),
    purchaserId: id(buyer),
    soldOn,
  });
  const recovery = (k: string, gunKey: string, recoveredOn: string): Raw => ({
    ...of('recovery'),
    id: id(k),
    firearmId: id(gunKey),
    recoveredOn,
    sceneId: null,
    possessorId: null,
  });
  const accepted = async (agency: string, records: Raw[]) => expect((await ingestAs(app, agency, records)).errors).toBeUndefined();

  async function openConflict(recordType: ImportRecordType, key: string, field: string) {
    const res = await app.gql(CONFLICTS, { o: OTHER, recordType, status: 'OPEN' }, [Role.SUPERVISOR]);
    expect(res.errors).toBeUndefined();
    const found = res.data!.conflicts.edges.map((e) => e.node).find((c) => c.key === key && c.field === field);
    expect(found, `open ${recordType} ${key} ${field}`).toBeDefined();
    return found!;
  }
  const stored = async (label: string, key: string) =>
    (await app.gateway.read<{ props: Record<string, unknown>; links: Array<{ type: string; target: string }> }>(snapshot, { label, key }))[0]!;

  /** Keeping INCOMING is refused naming the field and why; the conflict stays open, and keeping CURRENT resolves it. */
  async function refusedThenCurrent(recordType: ImportRecordType, key: string, conflictField: string, field: string, reason: RegExp) {
    const conflict = await openConflict(recordType, key, conflictField);
    const res = await app.gql(RESOLVE_CONFLICT, { id: conflict.id, keep: 'INCOMING' }, [Role.SUPERVISOR]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'keep' });
    expect(res.errors![0]!.message).toMatch(new RegExp(`${field}: ${reason.source}`));
    const problems = res.errors![0]!.extensions!.problems as Array<{ field: string; reason: string }>;
    expect(problems.some((p) => p.field === field && reason.test(p.reason))).toBe(true);
    expect(await openConflict(recordType, key, conflictField)).toMatchObject({ id: conflict.id, status: 'OPEN' });
    const current = await app.gql(RESOLVE_CONFLICT, { id: conflict.id, keep: 'CURRENT' }, [Role.SUPERVISOR]);
    expect(current.errors).toBeUndefined();
    expect(current.data!.resolveConflict).toMatchObject({ status: 'RESOLVED', kept: 'CURRENT' });
  }

  beforeAll(async () => {
    await accepted(ori, base);
  });

  it("refuses a recovery date after its trace was requested (a dependent's rule)", async () => {
    await accepted(OTHER, [{ ...of('recovery'), recoveredOn: '2025-04-06' }]);
    await refusedThenCurrent('RECOVERY', id('RC'), 'recoveredOn', 'recoveredOn', /recoveredOn 2025-04-06 is after trace .*-T was requested/);
    expect(String((await stored('Recovery', id('RC'))).props.recoveredOn)).toBe('2025-04-02');
  });

  it("refuses a recovery date before the gun's sale as corrected since, and writes one after it", async () => {
    await accepted(ori, [gun('G1'), sale('S1', 'G1', '2025-01-01'), recovery('R1', 'G1', '2025-02-01')]);
    await accepted(OTHER, [recovery('R1', 'G1', '2025-01-15')]);
    // The sale's own source moves it past the incoming recovery date (the stored one, 2025-02-01, still agrees).
    await accepted(ori, [sale('S1', 'G1', '2025-01-20')]);
    await refusedThenCurrent('RECOVERY', id('R1'), 'recoveredOn', 'recoveredOn', /is before the gun's first retail sale/);
    expect(String((await stored('Recovery', id('R1'))).props.recoveredOn)).toBe('2025-02-01');

    // A date that keeps every rule is written as before.
    await accepted(OTHER, [recovery('R1', 'G1', '2025-02-10')]);
    const fine = await openConflict('RECOVERY', id('R1'), 'recoveredOn');
    const res = await app.gql(RESOLVE_CONFLICT, { id: fine.id, keep: 'INCOMING' }, [Role.SUPERVISOR]);
    expect(res.errors).toBeUndefined();
    expect(String((await stored('Recovery', id('R1'))).props.recoveredOn)).toBe('2025-02-10');
  });

  it('refuses a date of birth that makes a stored handgun sale one to a 19-year-old (18 U.S.C. 922(b)(1))', async () => {
    await accepted(ori, [{ ...of('person'), id: id('P7') }, gun('G2'), sale('S2', 'G2', '2025-01-10', 'P7')]);
    await accepted(OTHER, [{ ...of('person'), id: id('P7'), dateOfBirth: '2006-01-01' }]);
    await refusedThenCurrent(
      'PERSON',
      id('P7'),
      'dateOfBirth',
      'dateOfBirth',
      /dateOfBirth 2006-01-01 makes sale .*-S2 \(2025-01-10\) a handgun sold to a buyer of 19/,
    );
    expect(String((await stored('Person', id('P7'))).props.dateOfBirth)).toBe('1990-01-02');
  });

  it('refuses re-pointing a recovery to a gun first sold after it, and leaves the link where it was', async () => {
    await accepted(ori, [gun('G3'), gun('G4'), recovery('R3', 'G3', '2025-03-01')]);
    await accepted(OTHER, [recovery('R3', 'G4', '2025-03-01')]);
    await accepted(ori, [sale('S4', 'G4', '2025-05-01')]);
    await refusedThenCurrent(
      'RECOVERY',
      id('R3'),
      'firearmId',
      'recoveredOn',
      /is before the gun's first retail sale \(time-to-crime is never negative\) \(2025-05-01\)/,
    );
    expect((await stored('Recovery', id('R3'))).links.filter((l) => l.type === 'OF_FIREARM').map((l) => l.target)).toEqual([id('G3')]);
  });

  it("refuses re-pointing a sale to another gun when the gun it leaves keeps a trace's time-to-crime with no sale", async () => {
    const trace: Raw = { ...of('trace'), id: id('T6'), recoveryId: id('R6'), timeToCrimeDays: 103 };
    await accepted(ori, [gun('G6'), gun('G7'), sale('S6', 'G6', '2024-12-20'), recovery('R6', 'G6', '2025-04-02'), trace]);
    await accepted(OTHER, [sale('S6', 'G7', '2024-12-20')]);
    await refusedThenCurrent(
      'SALE',
      id('S6'),
      'firearmId',
      'firearmId',
      /firearmId .*-G7 leaves gun .*-G6 with no retail sale, so recovery .*-R6 \(2025-04-02\) has no time-to-crime, but trace .*-T6 records a time-to-crime of 103/,
    );
    expect((await stored('Sale', id('S6'))).links.filter((l) => l.type === 'OF_FIREARM').map((l) => l.target)).toEqual([id('G6')]);
  });

  it("refuses a scene's time after a casing recovered at it", async () => {
    await accepted(OTHER, [{ ...of('scene'), occurredAt: '2025-03-15T02:00:00Z' }]);
    await refusedThenCurrent('SCENE', id('SC1'), 'occurredAt', 'occurredAt', /2025-03-15T02:00:00.000Z is after casing .*-EV1 was recovered at this scene/);
    expect(String((await stored('Scene', id('SC1'))).props.occurredAt)).toMatch(/^2025-03-14T23:40/);
  });

  it("refuses a trace's completion before its request as corrected since (the record's own rule)", async () => {
    // A trace of its own recovery (no sale on file, so no time-to-crime), apart from the other cases.
    const trace = (changes: Raw): Raw => ({ ...of('trace'), id: id('T5'), recoveryId: id('R5'), timeToCrimeDays: null, ...changes });
    await accepted(ori, [gun('G5'), recovery('R5', 'G5', '2025-04-02'), trace({})]);
    await accepted(OTHER, [trace({ completedAt: '2025-04-03T00:00:00Z' })]);
    await accepted(ori, [trace({ requestedAt: '2025-04-03T05:00:00Z' })]);
    await refusedThenCurrent('TRACE', id('T5'), 'completedAt', 'completedAt', /is before requestedAt \(a trace completes after it is requested\)/);
    expect(String((await stored('Trace', id('T5'))).props.completedAt)).toMatch(/^2025-04-04T09:00/);
  });
});
