import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstPassScorer } from '../../../src/resolution/person-first-pass.compute.js';
import { fullName, scorePair, type PersonRecord } from '../../../src/resolution/person-match.compute.js';

// Values chosen to hit every branch of scorePair: sound-alikes, initials, short forms, suffixes,
// missing values, common names (three or more records), swapped and transposed dates, near and
// far addresses, cities that are missing, empty or normalise to nothing.
const person = fc.record({
  firstName: fc.constantFrom('Dana', 'Dana M.', 'D.', 'Dan', 'Danna', 'Bob', 'Robert', '', null),
  lastName: fc.constantFrom('Whitfield', 'Whitfeld', 'Whitfield Jr.', 'J.R.', 'Kohl', 'Cole', '', null),
  dateOfBirth: fc.constantFrom('1987-03-12', '1987-12-03', '1987-03-21', '1978-03-12', '1987-03-13', '1990-07-30', '1987-3-12', '', null),
  address: fc.constantFrom('14 Larch Lane', '14 Larch Ln', '14 Larch Lane Apt 3', '41 Larch Lane', '9 Pine Rd', '', null),
  city: fc.constantFrom('Camden', 'camden', 'Trenton', '123', '', null),
  state: fc.constantFrom('NJ', 'PA', '', null),
});

describe('the first pass on precomputed features', () => {
  it('decides exactly what scorePair decides without neighbours, at any threshold', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 2, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(0.55, 0.7, 0.5, 0.6, 0.65, 0.8, 0.9, 0),
        (people, picks, threshold) => {
          const records: PersonRecord[] = people.map((p, i) => ({ id: `P${i}`, ...p }));
          const names = new Map<string, number>();
          for (const r of records) names.set(fullName(r), (names.get(fullName(r)) ?? 0) + 1);
          const scorer = new FirstPassScorer(records);
          for (const [x, y] of picks) {
            const [a, b] = [x % records.length, y % records.length];
            if (a === b) continue;
            const count = names.get(fullName(records[a]!))!;
            expect(scorer.count(a)).toBe(count);
            const score = scorePair(records[a]!, records[b]!, undefined, undefined, count, false).score;
            expect(scorer.reaches(a, b, threshold)).toBe(score >= threshold);
            // At the pair's own score and just above it: the first pass computes the very score, not an approximation.
            expect(scorer.reaches(a, b, score)).toBe(true);
            expect(scorer.reaches(a, b, score + 0.0005)).toBe(false);
          }
        },
      ),
      { seed: 20261202, numRuns: 500 },
    );
  });
});
