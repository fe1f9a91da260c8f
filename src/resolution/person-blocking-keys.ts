import { normalizeName, phonetic, type PersonRecord } from './person-match.compute.js';

/** The parts of a record the blocking keys are built from, computed once per record. */
export interface KeyParts {
  /** Sound of the last name and of the first name's first word (double metaphone). */
  last: string;
  first: string;
  initial: string;
  lastInitial: string;
  /** First two letters of the normalised last name and first name. */
  last2: string;
  first2: string;
  year: number;
  y: string;
  m: string;
  d: string;
  /** The date's digits in order: unchanged by a transposition or a day/month swap. */
  sortedDigits: string;
  /** Street number and the first four letters of the street name. */
  number: string;
  street: string;
  /** First name's first word, last name and date of birth, normalised: the finest key there is. */
  exact: string;
}

export function keyParts(p: PersonRecord): KeyParts {
  const firstWord = normalizeName(p.firstName).split(' ')[0] ?? '';
  const lastName = normalizeName(p.lastName);
  const date = p.dateOfBirth?.match(/^(\d{4})-(\d\d)-(\d\d)/);
  const address = (p.address ?? '').toUpperCase();
  return {
    last: phonetic(p.lastName),
    first: phonetic(firstWord || null),
    initial: normalizeName(p.firstName)[0] ?? '',
    lastInitial: lastName[0] ?? '',
    last2: lastName.replace(/ /g, '').slice(0, 2),
    first2: firstWord.slice(0, 2),
    year: p.dateOfBirth ? Number(p.dateOfBirth.slice(0, 4)) : NaN,
    y: date?.[1] ?? '',
    m: date?.[2] ?? '',
    d: date?.[3] ?? '',
    sortedDigits: p.dateOfBirth ? [...p.dateOfBirth.replace(/-/g, '')].sort().join('') : '',
    number: address.match(/\d+/)?.[0] ?? '',
    street: (address.replace(/^[^A-Z]*/, '').match(/[A-Z]+/)?.[0] ?? '').slice(0, 4),
    exact: `${firstWord}|${lastName}|${p.dateOfBirth ?? ''}`,
  };
}

/**
 * One blocking pass: its keys (a fixed number of slots, null where the record lacks the parts)
 * and the finer keys a block over the cap is split by, in order. Each finer key is chosen to keep
 * together what the pass exists to tolerate, so splitting loses only pairs that also differ in
 * the finer key, and those another pass still meets.
 */
export interface BlockingPass {
  firstSlot: number;
  keys(p: KeyParts): Array<string | null>;
  refine: ReadonlyArray<(p: KeyParts) => string>;
}

const exact = (p: KeyParts) => p.exact;
const monthDay = (p: KeyParts) => [p.m, p.d].sort().join('|');

/**
 * Standard multi-pass blocking (Christen, "Data Matching", 2012): two records are compared only
 * when they share a key.
 * - last-name sound + birth year, also filed under the neighbouring years (a mistyped or
 *   transposed year digit usually moves it by one; day/month swaps keep it). The only pass that
 *   tolerates any first-name change (a nickname, an initial), so it splits by the month and day
 *   as an unordered pair (kept by swaps and year slips), then by the first initial;
 * - first-name sound + the date of birth's digits sorted (catches a misspelt or changed last
 *   name, and any transposition or day/month swap inside the date); splits by the last initial
 *   (a typo rarely hits a name's first letter);
 * - last-name sound + first initial + street number (catches a mistyped date of birth when the
 *   address is the same); splits by the street name's first letters (kept by "Street" → "St"
 *   and an added apartment), then the birth year;
 * - both initials + two of the three date parts (year and month, year and day, month and day,
 *   the last two in either order): a clerk's slip changes one part of a date, and a typo, a
 *   dropped middle name or an initial keeps a name's first letter, so a record with a changed
 *   sound AND a changed date still meets its twin here; splits by the first two letters of the
 *   last name, then of the first name.
 * Every pass ends with the exact key (name and date of birth).
 */
export const BLOCKING_PASSES: readonly BlockingPass[] = [
  {
    firstSlot: 0,
    keys: (p) => (p.last && Number.isFinite(p.year) ? [p.year - 1, p.year, p.year + 1].map((y) => `L|${p.last}|${y}`) : [null, null, null]),
    refine: [monthDay, (p) => p.initial, exact],
  },
  {
    firstSlot: 3,
    keys: (p) => [p.first && p.sortedDigits ? `F|${p.first}|${p.sortedDigits}` : null],
    refine: [(p) => p.lastInitial, exact],
  },
  {
    firstSlot: 4,
    keys: (p) => [p.last && p.initial && p.number ? `A|${p.last}|${p.initial}|${p.number}` : null],
    refine: [(p) => p.street, (p) => p.y, exact],
  },
  {
    firstSlot: 5,
    keys: (p) => {
      if (!p.initial || !p.lastInitial || !p.y) return [null, null, null];
      const names = `${p.initial}${p.lastInitial}`;
      return [`D|${names}|${p.y}|${p.m}|`, `D|${names}|${p.y}||${p.d}`, `D|${names}||${monthDay(p)}`];
    },
    refine: [(p) => p.last2, (p) => p.first2, exact],
  },
];

/** Key slots per record over all passes. */
export const KEY_SLOTS = 8;
