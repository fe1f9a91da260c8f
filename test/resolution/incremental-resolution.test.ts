import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisMeta } from '../../src/db/analysis-meta.js';
import type { Gateway } from '../../src/db/gateway.js';
import { BLOCKING_PASSES, keyParts } from '../../src/resolution/person-blocking-keys.js';
import { blockPeople, type Blocking } from '../../src/resolution/person-blocking.compute.js';
import { fullName, type PersonRecord } from '../../src/resolution/person-match.compute.js';
import { resolutionRunData } from '../../src/resolution/resolution.data.js';
import { runPersonResolution, type ResolutionResult } from '../../src/resolution/resolution.job.js';
import { testGateway } from '../support/app.js';
import { importRecords, resolutionPeople } from '../search/people.fixtures.js';

/**
 * Incremental person resolution against the real, seeded database: after people are added and
 * changed (and an association changes a pair's neighbours), a run that re-blocks only the changed
 * people must propose exactly what a full run proposes — same pairs, scores and reasons.
 */
let gateway: Gateway;
const fx = resolutionPeople(`INC${Date.now().toString(36).toUpperCase()}`);
const byId = (id: string) => fx.records.find((r) => (r as { id?: string }).id === id)! as Record<string, unknown>;
const pairKey = (a: string, b: string) => [a, b].sort().join('|');
const pairsOf = (r: ResolutionResult) => new Set(r.candidates.map((c) => pairKey(c.a, c.b)));
const comparable = (r: ResolutionResult) => r.candidates.map((c) => ({ id: c.id, a: c.a, b: c.b, score: c.score, reasons: c.reasons }));

let incremental: ResolutionResult;
let full: ResolutionResult;

/*
 * The files of the suite share one database and run one after another, so when this file runs it
 * also holds everyone the earlier files wrote (other copies of these same fixture people, among
 * others). They share names and blocks with this file's records and some of them are
 * legitimately re-blocked by this file's change (a person's fingerprint covers how many records
 * share its full name, and how its blocks were split). A ratio to the full run's count therefore
 * measured the other files' data. The bounds below are derived instead from the records as they
 * are, through the blocks the resolution code builds: whatever else is in the database, an
 * incremental run may only re-block people within reach of what changed, and compare only pairs
 * that have one of them.
 */
let after: PersonRecord[];
let blocking: Blocking;
/** Records this file's change added or edited. */
let edited: Set<string>;
/** Everyone whose fingerprint the change can have changed (see reachOf). */
let reach: Set<string>;

/** A record's keys in every blocking pass, before any split by a finer key (passes prefix their keys, so they never collide). */
const baseKeys = (r: PersonRecord) => BLOCKING_PASSES.flatMap((pass) => pass.keys(keyParts(r))).filter((k): k is string => k !== null);

const sameAttributes = (x: PersonRecord, y: PersonRecord) =>
  x.firstName === y.firstName &&
  x.lastName === y.lastName &&
  x.dateOfBirth === y.dateOfBirth &&
  x.address === y.address &&
  x.city === y.city &&
  x.state === y.state;

/**
 * The people a change of `versions` (each changed record before and after) can make dirty: a
 * fingerprint covers the record's own attributes, how many records share its full name, and how
 * often its blocks were split, which only the members of a base block can feel. So: the changed
 * records, everyone sharing a full name with a version of one, and everyone sharing a base key with one.
 */
function reachOf(records: PersonRecord[], versions: PersonRecord[]): Set<string> {
  const names = new Set(versions.map(fullName));
  const keys = new Set(versions.flatMap(baseKeys));
  return new Set(records.filter((r) => names.has(fullName(r)) || baseKeys(r).some((k) => keys.has(k))).map((r) => r.id));
}

/**
 * Distinct pairs of records sharing a comparable block with at least one record in `ids` (every
 * pair when null), counted from the blocks themselves rather than by the run's own pair walk.
 */
function pairsTouching(records: PersonRecord[], blocks: Blocking, ids: ReadonlySet<string> | null): number {
  const pairs = new Set<string>();
  for (let b = 0; b + 1 < blocks.start.length; b++) {
    const members = blocks.members.subarray(blocks.start[b]!, blocks.start[b + 1]!);
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [Math.min(members[x]!, members[y]!), Math.max(members[x]!, members[y]!)];
        if (i !== j && (!ids || ids.has(records[i]!.id) || ids.has(records[j]!.id))) pairs.add(`${i}|${j}`);
      }
    }
  }
  return pairs.size;
}

beforeAll(async () => {
  gateway = testGateway();
  const readPeople = () => resolutionRunData(gateway, analysisMeta('resolution')).personRecords();
  // Before: everything but DANA2, and KAT2 with a date of birth unrelated to KAT1's (no pair).
  const dana2 = fx.id('DANA2');
  const kat2 = fx.id('KAT2');
  await importRecords(
    gateway,
    fx.records.filter((r) => (r as { id?: string }).id !== dana2).map((r) => ((r as { id?: string }).id === kat2 ? { ...r, dateOfBirth: '1955-11-30' } : r)),
  );
  await runPersonResolution(gateway, new Date().toISOString(), { full: true });
  const before = new Map((await readPeople()).map((r) => [r.id, r]));
  // The change: a new record (DANA2), a corrected one (KAT2's real date of birth), a new association.
  await importRecords(gateway, [
    byId(dana2),
    byId(kat2),
    { type: 'association', fromPersonId: fx.id('STRAWA'), toPersonId: fx.id('HOLD3'), source: 'FIELD_INTERVIEW', since: '2023-01-01' },
  ]);
  // Nothing else writes while this file runs: both runs below read exactly these records.
  after = await readPeople();
  blocking = blockPeople(after);
  const changed = after.filter((r) => !before.has(r.id) || !sameAttributes(before.get(r.id)!, r));
  edited = new Set(changed.map((r) => r.id));
  reach = reachOf(after, [...changed, ...changed.flatMap((r) => (before.has(r.id) ? [before.get(r.id)!] : []))]);
  incremental = await runPersonResolution(gateway, new Date().toISOString());
  full = await runPersonResolution(gateway, new Date(Date.now() + 1000).toISOString(), { full: true });
}, 600_000);
afterAll(async () => {
  await gateway.close();
});

describe('incremental person resolution', () => {
  it('re-blocks only the changed people and reuses the other promising pairs', () => {
    expect(incremental.mode).toBe('incremental');
    expect(full.mode).toBe('full');
    expect([...edited].sort()).toEqual([fx.id('DANA2'), fx.id('KAT2')].sort());
    // The pairs counted from the blocks are the pairs a run compares: a full run compares them all.
    expect(full.comparedPairs).toBe(pairsTouching(after, blocking, null));
    // Re-blocked: at least the edited records, at most the people within reach of the change.
    expect(incremental.changedPeople).toBeGreaterThanOrEqual(edited.size);
    expect(incremental.changedPeople).toBeLessThanOrEqual(reach.size);
    // Compared: at least the pairs of the edited records (or their new pairs could be missed), at
    // most the pairs with someone within reach; the pairs between two people out of reach are not compared again.
    const bound = pairsTouching(after, blocking, reach);
    expect(incremental.comparedPairs).toBeGreaterThanOrEqual(pairsTouching(after, blocking, edited));
    expect(incremental.comparedPairs).toBeLessThanOrEqual(bound);
    // The bound leaves out pairs a full run compares, so a run that compared everything (or compared
    // the changed people with everyone) would exceed it; otherwise the check above could not fail.
    expect(bound).toBeLessThan(full.comparedPairs);
    expect(incremental.reusedPairs).toBeGreaterThan(0);
  });

  it('finds the pairs the change made', () => {
    expect(pairsOf(incremental).has(pairKey(fx.id('DANA1'), fx.id('DANA2')))).toBe(true);
    expect(pairsOf(incremental).has(pairKey(fx.id('KAT1'), fx.id('KAT2')))).toBe(true);
  });

  it('proposes exactly what a full run proposes: same pairs, scores and reasons', () => {
    expect(comparable(incremental)).toEqual(comparable(full));
  });

  it('a second run with nothing changed re-blocks nobody and still agrees', async () => {
    const again = await runPersonResolution(gateway, new Date(Date.now() + 2000).toISOString());
    expect(again.mode).toBe('incremental');
    expect(again.changedPeople).toBe(0);
    expect(comparable(again)).toEqual(comparable(full));
  });
});
