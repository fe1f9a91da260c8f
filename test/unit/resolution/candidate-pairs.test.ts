import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCKING_PASSES, keyParts } from '../../../src/resolution/person-blocking-keys.js';
import { blockPeople, candidatePairs } from '../../../src/resolution/person-blocking.compute.js';
import type { PersonRecord } from '../../../src/resolution/person-match.compute.js';

const pairKey = (x: PersonRecord, y: PersonRecord) => (x.id < y.id ? `${x.id}|${y.id}` : `${y.id}|${x.id}`);

/**
 * The plain definition of adaptive blocking, with string keys and a remembered Set: a group of
 * records sharing a key is compared all-pairs when it has at most `cap` members, else split by
 * the pass's next finer key; a group still over the cap after the last finer key is not compared.
 */
function naivePairs(records: PersonRecord[], only: ReadonlySet<string> | null, cap: number): Set<string> {
  const out = new Set<string>();
  const group = (list: PersonRecord[], depth: number, refine: ReadonlyArray<(p: ReturnType<typeof keyParts>) => string>) => {
    if (list.length > cap) {
      if (depth === refine.length) return;
      const finer = new Map<string, PersonRecord[]>();
      for (const r of list) finer.set(refine[depth]!(keyParts(r)), [...(finer.get(refine[depth]!(keyParts(r))) ?? []), r]);
      for (const sub of finer.values()) group(sub, depth + 1, refine);
      return;
    }
    for (const x of list) for (const y of list) if (x !== y && (!only || only.has(x.id) || only.has(y.id))) out.add(pairKey(x, y));
  };
  for (const pass of BLOCKING_PASSES) {
    const base = new Map<string, PersonRecord[]>();
    for (const r of records) for (const k of pass.keys(keyParts(r))) if (k !== null) base.set(k, [...(base.get(k) ?? []), r]);
    for (const list of base.values()) group(list, 0, pass.refine);
  }
  return out;
}

// Few names, dates and streets, so records share several blocks at once (the case the dedupe is for) and small caps split them.
const person = fc.record({
  firstName: fc.constantFrom('Dana', 'Dan', 'Leona', 'L.', 'Maria', null),
  lastName: fc.constantFrom('Whitfield', 'Whitfeld', 'Kohl', 'Kuhl', 'Ortiz', null),
  dateOfBirth: fc.constantFrom('1987-03-12', '1988-03-12', '1987-12-03', '1972-03-19', '1942-03-19', null),
  address: fc.constantFrom('14 Larch Lane', '14 Larch Ln', '1 A St', '88 Z Rd', null),
});
const recordsOf = (people: Array<Omit<PersonRecord, 'id' | 'city' | 'state'>>): PersonRecord[] =>
  people.map((p, i) => ({ id: `P${String(i).padStart(3, '0')}`, city: null, state: null, ...p }));

describe('candidate pairs of adaptive blocking', () => {
  it('are exactly the distinct pairs of the final blocks, each once, smaller id first, at any cap', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 0, maxLength: 60 }),
        fc.array(fc.nat(59), { maxLength: 10 }),
        fc.integer({ min: 2, max: 70 }),
        (people, picked, cap) => {
          const records = recordsOf(people);
          const blocking = blockPeople(records, cap);
          for (let b = 0; b < blocking.start.length - 1; b++) expect(blocking.start[b + 1]! - blocking.start[b]!).toBeLessThanOrEqual(cap);
          for (const only of [null, new Set(picked.filter((i) => i < records.length).map((i) => records[i]!.id))]) {
            const pairs = candidatePairs(records, only, blocking).map(([a, b]) => {
              expect(a.id < b.id).toBe(true);
              return `${a.id}|${b.id}`;
            });
            expect(new Set(pairs).size).toBe(pairs.length);
            expect(new Set(pairs)).toEqual(naivePairs(records, only, cap));
          }
        },
      ),
      { seed: 20261202, numRuns: 200 },
    );
  });

  it('pair two records that share a key and agree on every finer key of its pass, however small the cap', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 2, maxLength: 60 }), fc.integer({ min: 2, max: 8 }), (people, cap) => {
        const records = recordsOf(people);
        const pairs = new Set(candidatePairs(records, null, blockPeople(records, cap)).map(([a, b]) => pairKey(a, b)));
        const groups = new Map<string, PersonRecord[]>();
        for (const pass of BLOCKING_PASSES)
          for (const r of records)
            for (const k of pass.keys(keyParts(r)))
              if (k !== null) {
                const finest = [k, ...pass.refine.map((f) => f(keyParts(r)))].join('#');
                groups.set(finest, [...(groups.get(finest) ?? []), r]);
              }
        // Only a group of more than `cap` records identical in every key may stay uncompared.
        for (const list of groups.values())
          if (list.length <= cap) for (const x of list) for (const y of list) if (x !== y) expect(pairs.has(pairKey(x, y))).toBe(true);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('compare every pair sharing a key while blocks stay under the cap (no split, nothing dropped)', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 0, maxLength: 40 }), (people) => {
        const records = recordsOf(people);
        const shared = new Set<string>();
        const byKey = new Map<string, PersonRecord[]>();
        for (const pass of BLOCKING_PASSES)
          for (const r of records) for (const k of pass.keys(keyParts(r))) if (k !== null) byKey.set(k, [...(byKey.get(k) ?? []), r]);
        for (const list of byKey.values()) for (const x of list) for (const y of list) if (x !== y) shared.add(pairKey(x, y));
        expect(new Set(candidatePairs(records, null, blockPeople(records, 40)).map(([a, b]) => pairKey(a, b)))).toEqual(shared);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
