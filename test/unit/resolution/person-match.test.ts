import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../src/resolution/person-blocking.compute.js';
import { dateOfBirthAgreement, firstNameSimilarity, nameSimilarity, scorePair, type PersonRecord } from '../../../src/resolution/person-match.compute.js';
import { REVIEW_MIN_SCORE } from '../../../src/resolution/resolution.job.js';
import { SameAsClusters } from '../../../src/network/same-as-clusters.js';

const p = (id: string, firstName: string, lastName: string, dateOfBirth: string, address: string, city = 'Camden', state = 'NJ'): PersonRecord => ({
  id,
  firstName,
  lastName,
  dateOfBirth,
  address,
  city,
  state,
});

describe('date of birth agreement', () => {
  it('knows the clerk errors and nothing else', () => {
    expect(dateOfBirthAgreement('1987-03-12', '1987-03-12')?.similarity).toBe(1);
    expect(dateOfBirthAgreement('1987-03-12', '1987-12-03')?.detail).toBe('day and month swapped');
    expect(dateOfBirthAgreement('1979-06-21', '1979-06-12')?.detail).toBe('two adjacent digits transposed');
    expect(dateOfBirthAgreement('1987-03-12', '1978-03-12')?.detail).toBe('two adjacent digits transposed');
    expect(dateOfBirthAgreement('1987-03-12', '1987-03-13')?.detail).toBe('one digit differs');
    expect(dateOfBirthAgreement('1987-03-12', '1990-07-30')?.similarity).toBe(0);
    expect(dateOfBirthAgreement(null, '1990-07-30')).toBeNull();
  });
});

describe('names', () => {
  it('scores spelling variants high and different names low', () => {
    expect(nameSimilarity('Phillips', 'Philips')!).toBeGreaterThan(0.9);
    expect(nameSimilarity("O'Brien Jr.", 'OBrien')).toBe(1);
    expect(nameSimilarity('Whitfield', 'Garcia')!).toBeLessThan(0.6);
    expect(firstNameSimilarity('Dana M.', 'Dana')).toBe(1);
    expect(firstNameSimilarity('D', 'Dana')).toBe(0.85);
    expect(firstNameSimilarity('Chris', 'Christopher')!).toBeGreaterThanOrEqual(0.85);
    expect(firstNameSimilarity('Marcus', 'Dana')!).toBeLessThan(0.6);
  });
});

describe('scorePair', () => {
  const dana = p('1', 'Dana', 'Whitfordley', '1987-03-12', '14 Larch Lane');
  it('puts one person written two ways above the review threshold, with reasons', () => {
    const s = scorePair(dana, p('2', 'Dana M.', 'Whitfordley', '1987-12-03', '14 Larch Ln'));
    expect(s.score).toBeGreaterThanOrEqual(REVIEW_MIN_SCORE);
    expect(s.reasons.find((r) => r.factor === 'DATE_OF_BIRTH')?.detail).toBe('day and month swapped');
    expect(s.reasons.reduce((a, r) => a + r.contribution, 0)).toBeCloseTo(s.score, 2);
    const moved = scorePair(
      p('3', 'Kathryn', 'Oyelaran-Bosteng', '1979-06-21', '9 Ridge Road', 'Trenton'),
      p('4', 'Katherine', 'Oyelaran Bosteng', '1979-06-12', '221 Harbor Way', 'Newark'),
    );
    expect(moved.score).toBeGreaterThanOrEqual(REVIEW_MIN_SCORE);
  });

  it('keeps a father at the same address and a namesake elsewhere below it', () => {
    expect(scorePair(dana, p('5', 'Marcus', 'Whitfordley', '1961-02-02', '14 Larch Lane')).score).toBeLessThan(REVIEW_MIN_SCORE);
    expect(scorePair(dana, p('6', 'Dana', 'Whitfordley', '1990-07-30', '88 Pine Street', 'Dallas', 'TX')).score).toBeLessThan(REVIEW_MIN_SCORE);
  });

  it('adds shared guns and associates as corroboration, never as the whole case', () => {
    const a = p('7', 'Lee', 'Park', '1980-01-01', '1 A St');
    const b = p('8', 'Lee', 'Park', '1980-01-10', '2 B St', 'Trenton');
    const hood = { firearms: ['G1'], associates: ['X', 'Y'], dealers: ['D'] };
    expect(scorePair(a, b, hood, hood).score).toBeGreaterThan(scorePair(a, b).score);
    const strangers = scorePair(p('9', 'Ann', 'Lee', '1950-01-01', '1 A St'), p('10', 'Bob', 'Kim', '1999-09-09', '5 Z St', 'Austin', 'TX'), hood, hood);
    expect(strangers.score).toBeLessThan(REVIEW_MIN_SCORE);
  });
});

describe('a disagreeing name needs corroboration', () => {
  it('keeps twins and namesakes sharing a surname and birthday below the threshold unless an independent fact backs the pair', () => {
    const teri = p('20', 'Teri', 'Carter', '1965-06-04', '220 16th Street', 'Philadelphia', 'PA');
    const johnnie = p('21', 'Johnnie', 'Carter', '1965-06-04', '733 S Jackson Street', 'Dallas', 'TX');
    const s = scorePair(teri, johnnie);
    expect(s.score).toBeLessThan(REVIEW_MIN_SCORE);
    expect(s.reasons.find((r) => r.factor === 'FIRST_NAME')?.detail).toMatch(/^different first name, and no shared street address, gun or associate/);
    // The same first name with another surname and the same birthday: a coincidence, not a pair.
    expect(scorePair(p('22', 'Claire', 'Stracke', '2004-03-01', '1 A St'), p('23', 'Clair', 'Casper', '2004-03-01', '9 B St', 'Newark')).score).toBeLessThan(
      REVIEW_MIN_SCORE,
    );
    // A nickname is a different name to the scorer; a shared gun corroborates it, a shared dealer does not.
    const robert = p('24', 'Robert', 'Lindqvist', '1980-05-05', '1 A St');
    const bob = p('25', 'Bob', 'Lindqvist', '1980-05-05', '7 C St');
    expect(
      scorePair(robert, bob, { firearms: ['G1'], associates: [], dealers: [] }, { firearms: ['G1'], associates: [], dealers: [] }).score,
    ).toBeGreaterThanOrEqual(REVIEW_MIN_SCORE);
    expect(scorePair(robert, bob, { firearms: [], associates: [], dealers: ['D'] }, { firearms: [], associates: [], dealers: ['D'] }).score).toBeLessThan(
      REVIEW_MIN_SCORE,
    );
    // Not judged before the neighbours are read (the blocking pass's cheap first score).
    expect(scorePair(teri, johnnie, undefined, undefined, 1, false).score).toBeGreaterThan(s.score);
  });
});

describe('common names', () => {
  it('discounts a near date of birth when many records share the name, never an exact one', () => {
    const a = p('11', 'John', 'Smith', '1980-03-12', '1 A St', 'Camden');
    const near = p('12', 'John', 'Smith', '1980-03-21', '9 B St', 'Camden');
    expect(scorePair(a, near, undefined, undefined, 40).score).toBeLessThan(scorePair(a, near).score);
    expect(scorePair(a, near, undefined, undefined, 40).score).toBeLessThan(REVIEW_MIN_SCORE);
    const exact = p('13', 'John', 'Smith', '1980-03-12', '9 B St', 'Camden');
    expect(scorePair(a, exact, undefined, undefined, 40).score).toBe(scorePair(a, exact).score);
  });
});

describe('blocking', () => {
  it('pairs records that share a sound-alike last name and a near birth year, or a first name and the same date digits', () => {
    const pairs = candidatePairs([
      p('a', 'Dana', 'Whitfield', '1987-03-12', '14 Larch Lane'),
      p('b', 'Dana', 'Whitfeld', '1988-03-12', '14 Larch Lane'),
      p('c', 'Dana', 'Xavier', '1987-12-03', '99 Other Rd'),
      p('d', 'Zed', 'Young', '1950-01-01', '7 Q St'),
    ]).map(([x, y]) => `${x.id}${y.id}`);
    expect(pairs).toContain('ab');
    expect(pairs).toContain('ac');
    expect(pairs.some((k) => k.includes('d'))).toBe(false);
  });

  it('pairs a record whose surname sound and date of birth both changed through its initials and the unchanged date parts', () => {
    const pairs = candidatePairs([
      p('a', 'Leona', 'Kohl', '1972-03-19', '1 A St'),
      p('b', 'L.', 'Kuhl', '1942-03-19', '88 Z Rd'),
      p('c', 'Leona', 'Kohl', '1955-07-30', '1 A St'),
    ]).map(([x, y]) => `${x.id}${y.id}`);
    expect(pairs).toContain('ab');
  });
});

describe('SAME_AS clusters', () => {
  it('maps every record of a cluster to its smallest id and expands back', () => {
    const c = new SameAsClusters([
      { a: 'P3', b: 'P2' },
      { a: 'P2', b: 'P9' },
    ]);
    expect(c.canonical('P9')).toBe('P2');
    expect(c.canonical('P1')).toBe('P1');
    expect(c.expand(['P2']).sort()).toEqual(['P2', 'P3', 'P9']);
  });
});
