import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs, MAX_BLOCK } from '../../../src/resolution/person-blocking.compute.js';
import { fullName, scorePair, type PersonRecord } from '../../../src/resolution/person-match.compute.js';
import { blockIndex, dirtyPeople, reusablePairs, type ResolutionState } from '../../../src/resolution/resolution-incremental.js';

/** The job's first-pass threshold (REVIEW_MIN_SCORE - 0.15). */
const PROMISING = 0.55;
const MODEL = 'model-1';

function promisingPairs(records: PersonRecord[], pairs: Array<[PersonRecord, PersonRecord]>): Set<string> {
  const names = new Map<string, number>();
  for (const r of records) names.set(fullName(r), (names.get(fullName(r)) ?? 0) + 1);
  return new Set(
    pairs.filter(([a, b]) => scorePair(a, b, undefined, undefined, names.get(fullName(a)) ?? 1, false).score >= PROMISING).map(([a, b]) => `${a.id}|${b.id}`),
  );
}

/** A full run's state and promising pairs (blocks of at most `cap`). */
function fullRun(records: PersonRecord[], cap = MAX_BLOCK): { state: ResolutionState; promising: Set<string> } {
  const { blocks, fingerprints } = blockIndex(records, cap);
  const promising = promisingPairs(records, candidatePairs(records, null, blocks));
  return { state: { model: MODEL, fingerprints, promising: [...promising].map((k) => k.split('|') as [string, string]) }, promising };
}

/** An incremental run on `records` from `state`, as the job does it. */
function incrementalRun(records: PersonRecord[], state: ResolutionState, cap = MAX_BLOCK): { promising: Set<string>; dirty: number } {
  const { blocks, fingerprints } = blockIndex(records, cap);
  const dirty = dirtyPeople(fingerprints, state, MODEL)!;
  const fresh = promisingPairs(records, candidatePairs(records, dirty, blocks));
  const reused = reusablePairs(state, new Map(records.map((r) => [r.id, r])), dirty).map(([a, b]) => `${a.id}|${b.id}`);
  return { promising: new Set([...reused, ...fresh]), dirty: dirty.size };
}

const FIRST = ['Dana', 'Dane', 'Marcus', 'Marc', 'Ann', 'Anne', 'Kat', 'Kate'];
const LAST = ['Whitford', 'Whitfort', 'Carter', 'Karter', 'Lee', 'Li'];
const DATES = ['1987-03-12', '1987-12-03', '1987-03-13', '1978-03-12', '1990-07-30', null];
const STREETS = ['14 Larch Lane', '14 Larch Ln', '88 Pine Street', null];

const person = fc.record({
  firstName: fc.constantFrom(...FIRST),
  lastName: fc.constantFrom(...LAST),
  dateOfBirth: fc.constantFrom(...DATES),
  address: fc.constantFrom(...STREETS),
});
type Attrs = Omit<PersonRecord, 'id' | 'city' | 'state'>;
const build = (list: Attrs[], prefix: string): PersonRecord[] => list.map((a, i) => ({ ...a, id: `${prefix}${i}`, city: 'Camden', state: 'NJ' }));

describe('incremental person resolution', () => {
  // A small cap splits blocks often (as a large file does): splits that come and go with a change must not break it.
  it.each([MAX_BLOCK, 3])('finds the same promising pairs as a full run after people are added, changed and removed (blocks of at most %i)', (cap) => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 2, maxLength: 40 }),
        fc.array(person, { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), person), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (base, added, changes, removals) => {
          const before = build(base, 'P');
          const { state } = fullRun(before, cap);
          const after = before.map((r) => ({ ...r }));
          for (const [i, attrs] of changes) Object.assign(after[i % after.length]!, attrs);
          const gone = new Set(removals.map((i) => after[i % after.length]!.id));
          const next = [...after.filter((r) => !gone.has(r.id)), ...build(added, 'N')];
          expect([...incrementalRun(next, state, cap).promising].sort()).toEqual([...fullRun(next, cap).promising].sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('re-scores nobody when nothing changed, and everyone without a state or under another model', () => {
    const records = build(fc.sample(person, { numRuns: 30, seed: 7 }), 'P');
    const { state, promising } = fullRun(records);
    const again = incrementalRun(records, state);
    expect(again.dirty).toBe(0);
    expect(again.promising).toEqual(promising);
    const { fingerprints } = blockIndex(records);
    expect(dirtyPeople(fingerprints, null, MODEL)).toBeNull();
    expect(dirtyPeople(fingerprints, state, 'model-2')).toBeNull();
  });

  it('marks people dirty when their name becomes more common (the scorer discounts near dates among common names)', () => {
    const two = build(
      [0, 1].map(() => ({ firstName: 'Dana', lastName: 'Whitford', dateOfBirth: '1987-03-12', address: null })),
      'P',
    );
    const { state } = fullRun(two);
    const three = [...two, ...build([{ firstName: 'Dana', lastName: 'Whitford', dateOfBirth: '1990-07-30', address: null }], 'N')];
    expect([...dirtyPeople(blockIndex(three).fingerprints, state, MODEL)!].sort()).toEqual(['N0', 'P0', 'P1']);
  });

  it('notices a block growing past MAX_BLOCK, which splits it and parts people who did not change', () => {
    // MAX_BLOCK people with the same last-name sound and birth year: one block at the limit.
    const crowd: PersonRecord[] = Array.from({ length: MAX_BLOCK }, (_, i) => ({
      id: `C${String(i).padStart(4, '0')}`,
      firstName: `Name${i}`,
      lastName: i % 2 ? 'Whitford' : 'Whitfort',
      dateOfBirth: `1987-0${1 + (i % 9)}-1${i % 10}`,
      address: null,
      city: 'Camden',
      state: 'NJ',
    }));
    const { state } = fullRun(crowd);
    const grown = [...crowd, { ...crowd[0]!, id: 'C9999', firstName: 'Someone' }];
    const inc = incrementalRun(grown, state);
    expect(inc.dirty).toBeGreaterThan(1);
    expect([...inc.promising].sort()).toEqual([...fullRun(grown).promising].sort());
  });
});
