import { normalizeName, phonetic, type PersonRecord } from './person-match.compute.js';

/** A block larger than this is too common a key to compare all pairs in (O(n²)); the other passes still cover its members. */
export const MAX_BLOCK = 300;

/**
 * Blocking keys of a record, one per pass (standard multi-pass blocking, Christen, "Data
 * Matching", 2012): two records are compared only when they share a key, so the work grows with
 * the records, not their square.
 * - last-name sound + birth year, also filed under the neighbouring years (a mistyped or
 *   transposed year digit usually moves it by one; day/month swaps keep it);
 * - first-name sound + the date of birth's digits sorted (catches a misspelt or changed last
 *   name, and any transposition or day/month swap inside the date);
 * - last-name sound + first initial + street number (catches a mistyped date of birth when
 *   the address is the same);
 * - both initials + two of the three date parts (year and month, year and day, month and day,
 *   the last two in either order): a clerk's slip changes one part of a date, and a typo, a
 *   dropped middle name or an initial keeps a name's first letter, so a record with a changed
 *   sound AND a changed date still meets its twin here (a slip on a consonant changes a sound
 *   code; it rarely changes an initial).
 */
export function blockingKeys(p: PersonRecord): string[] {
  const last = phonetic(p.lastName);
  const first = phonetic(normalizeName(p.firstName).split(' ')[0] ?? null);
  const keys: string[] = [];
  const year = p.dateOfBirth ? Number(p.dateOfBirth.slice(0, 4)) : NaN;
  if (last && Number.isFinite(year)) for (const y of [year - 1, year, year + 1]) keys.push(`L|${last}|${y}`);
  if (first && p.dateOfBirth) keys.push(`F|${first}|${[...p.dateOfBirth.replace(/-/g, '')].sort().join('')}`);
  const number = p.address?.match(/\d+/)?.[0];
  const initial = normalizeName(p.firstName)[0];
  if (last && initial && number) keys.push(`A|${last}|${initial}|${number}`);
  const lastInitial = normalizeName(p.lastName)[0];
  const date = p.dateOfBirth?.match(/^(\d{4})-(\d\d)-(\d\d)/);
  if (initial && lastInitial && date) {
    const [, y, m, d] = date;
    const names = `${initial}${lastInitial}`;
    keys.push(`D|${names}|${y}|${m}|`, `D|${names}|${y}||${d}`, `D|${names}||${[m, d].sort().join('|')}`);
  }
  return keys;
}

/** Record indexes per blocking key. */
export function blockMap(records: PersonRecord[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const k of blockingKeys(r)) {
      const list = blocks.get(k);
      if (list) list.push(i);
      else blocks.set(k, [i]);
    }
  });
  return blocks;
}

/**
 * Distinct unordered pairs (smaller id first) of records sharing a blocking key; with `only`, just
 * the pairs with at least one record in it (incremental resolution re-blocks changed people only).
 * Generated one at a time: at scale L there are tens of millions of blocked pairs, more than a
 * JavaScript Set can hold (2^24) and more than memory should. A pair met in several blocks is
 * produced only in the first of them (blocks in the map's order): no pair needs remembering.
 */
export function* eachCandidatePair(
  records: PersonRecord[],
  only: ReadonlySet<string> | null = null,
  blocks = blockMap(records),
): Generator<[PersonRecord, PersonRecord]> {
  // Each record's comparable blocks (2..MAX_BLOCK members), by block number, ascending.
  const comparable = new Map<number, number[]>();
  let b = 0;
  const numbered: Array<[number, number[]]> = [];
  for (const members of blocks.values()) {
    b += 1;
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    numbered.push([b, members]);
    for (const i of members) {
      const list = comparable.get(i);
      if (list) list.push(b);
      else comparable.set(i, [b]);
    }
  }
  // The first comparable block two records share.
  const firstShared = (i: number, j: number) => {
    const x = comparable.get(i)!;
    const y = comparable.get(j)!;
    let p = 0;
    let q = 0;
    while (p < x.length && q < y.length) {
      if (x[p] === y[q]) return x[p]!;
      if (x[p]! < y[q]!) p += 1;
      else q += 1;
    }
    return -1;
  };
  for (const [block, members] of numbered) {
    if (only && !members.some((i) => only.has(records[i]!.id))) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [x, y] = [records[members[i]!]!, records[members[j]!]!];
        if (only && !only.has(x.id) && !only.has(y.id)) continue;
        if (members[i] === members[j] || firstShared(members[i]!, members[j]!) !== block) continue;
        yield x.id < y.id ? [x, y] : [y, x];
      }
    }
  }
}

/** All of eachCandidatePair as an array (for small sets and tests). */
export function candidatePairs(
  records: PersonRecord[],
  only: ReadonlySet<string> | null = null,
  blocks = blockMap(records),
): Array<[PersonRecord, PersonRecord]> {
  return [...eachCandidatePair(records, only, blocks)];
}
