import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockMap, candidatePairs, MAX_BLOCK } from '../../../src/resolution/person-blocking.compute.js';
import type { PersonRecord } from '../../../src/resolution/person-match.compute.js';

/** The plain definition: every comparable block's pairs, each pair once (remembered in a Set). */
function naivePairs(records: PersonRecord[], only: ReadonlySet<string> | null): Set<string> {
  const out = new Set<string>();
  for (const members of blockMap(records).values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [x, y] = [records[members[i]!]!, records[members[j]!]!];
        if (x === y || (only && !only.has(x.id) && !only.has(y.id))) continue;
        out.add(x.id < y.id ? `${x.id}|${y.id}` : `${y.id}|${x.id}`);
      }
  }
  return out;
}

// Few names, dates and streets, so records share several blocks at once (the case the dedupe is for).
const person = fc.record({
  firstName: fc.constantFrom('Dana', 'Dan', 'Leona', 'L.', 'Maria', null),
  lastName: fc.constantFrom('Whitfield', 'Whitfeld', 'Kohl', 'Kuhl', 'Ortiz', null),
  dateOfBirth: fc.constantFrom('1987-03-12', '1988-03-12', '1987-12-03', '1972-03-19', '1942-03-19', null),
  address: fc.constantFrom('14 Larch Lane', '1 A St', '88 Z Rd', null),
});

describe('candidate pairs without a remembered set', () => {
  it('produce exactly the distinct pairs of the comparable blocks, each once, smaller id first', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 0, maxLength: 60 }), fc.array(fc.nat(59), { maxLength: 10 }), (people, picked) => {
        const records: PersonRecord[] = people.map((p, i) => ({ id: `P${String(i).padStart(3, '0')}`, city: null, state: null, ...p }));
        for (const only of [null, new Set(picked.filter((i) => i < records.length).map((i) => records[i]!.id))]) {
          const pairs = candidatePairs(records, only).map(([a, b]) => {
            expect(a.id < b.id).toBe(true);
            return `${a.id}|${b.id}`;
          });
          expect(new Set(pairs).size).toBe(pairs.length);
          expect(new Set(pairs)).toEqual(naivePairs(records, only));
        }
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });
});
