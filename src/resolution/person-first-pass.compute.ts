import { jaroWinkler } from '@skyra/jaro-winkler';
import {
  COMMON_NAME_COUNT,
  firstNameSimilarity,
  fullName,
  NEAR_DATE_DISCOUNT,
  nameSimilarity,
  normalizeName,
  WEIGHTS,
  type PersonRecord,
} from './person-match.compute.js';
import { runToEnd, STEP_ENTRIES } from './run-in-steps.js';

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Interns strings as small integers (0 stands for a missing value). */
class Interner {
  private readonly ids = new Map<string, number>();
  id(s: string | null): number {
    if (s === null) return 0;
    let v = this.ids.get(s);
    if (v === undefined) this.ids.set(s, (v = this.ids.size + 1));
    return v;
  }
}

/**
 * Memo of a similarity of two interned values, by ordered id pair. Blocked pairs repeat the same
 * few thousand names millions of times, so each name pair's Jaro-Winkler is computed once;
 * bounded, so a file of unusual names cannot grow it without end.
 */
class PairMemo {
  private readonly cache = new Map<number, number | null>();
  constructor(
    private readonly compute: (a: number, b: number) => number | null,
    private readonly max = 2_000_000,
  ) {}
  get(a: number, b: number): number | null {
    const key = a * 67_108_864 + b; // exact in a double while ids stay under 2^26
    let v = this.cache.get(key);
    if (v === undefined) {
      if (this.cache.size >= this.max) this.cache.clear();
      this.cache.set(key, (v = this.compute(a, b)));
    }
    return v;
  }
}

/** Same year, month and day swapped: YYYYMMDD against YYYYDDMM, character by character (no substrings per pair). */
function swapped(x: string, y: string): boolean {
  for (let i = 0; i < 4; i++) if (x.charCodeAt(i) !== y.charCodeAt(i)) return false;
  return (
    x.charCodeAt(4) === y.charCodeAt(6) && x.charCodeAt(5) === y.charCodeAt(7) && x.charCodeAt(6) === y.charCodeAt(4) && x.charCodeAt(7) === y.charCodeAt(5)
  );
}

/** Date of birth similarity as person-match's dateOfBirthAgreement computes it, on precomputed digits, without allocating. */
function dobSimilarity(x: string, y: string): number {
  if (x === y) return 1;
  if (x.length === 8 && y.length === 8 ? swapped(x, y) : x.slice(0, 4) === y.slice(0, 4) && x.slice(4, 6) === y.slice(6, 8) && x.slice(6, 8) === y.slice(4, 6))
    return 0.85;
  let count = 0;
  let first = -1;
  let second = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    count += 1;
    if (count === 1) first = i;
    else if (count === 2) second = i;
  }
  if (count === 2 && second === first + 1 && x[first] === y[second] && x[second] === y[first]) return 0.8;
  if (count === 1) return 0.6;
  return 0;
}

/**
 * The first pass's attribute score over precomputed features: names interned (their
 * similarities memoised per name pair), dates as digit strings, addresses normalised once. It
 * decides exactly what `scorePair(a, b, undefined, undefined, count, false).score >= threshold`
 * decides (a unit test checks it against scorePair), at a fraction of the cost: a pair check is a
 * few lookups and comparisons, and the one costly part (the street addresses' Jaro-Winkler) is
 * computed only when it can change the outcome.
 */
export class FirstPassScorer {
  private readonly lastId: Int32Array;
  private readonly firstId: Int32Array;
  private readonly lastRaw: Array<string | null> = [null];
  private readonly firstRaw: Array<string | null> = [null];
  private readonly dob: string[];
  private readonly hasDob: Uint8Array;
  private readonly fullNameId: Int32Array;
  private nameCount: Int32Array = new Int32Array(0);
  private readonly address: string[];
  private readonly city: string[];
  private readonly hasCity: Uint8Array;
  private readonly lastMemo = new PairMemo((a, b) => nameSimilarity(this.lastRaw[a]!, this.lastRaw[b]!));
  private readonly firstMemo = new PairMemo((a, b) => firstNameSimilarity(this.firstRaw[a]!, this.firstRaw[b]!));

  /** `deferred`: the features are filled by `fillSteps()` (firstPassScorerInSteps) instead of at once. */
  constructor(
    private readonly records: PersonRecord[],
    deferred = false,
  ) {
    const n = records.length;
    this.lastId = new Int32Array(n);
    this.firstId = new Int32Array(n);
    this.fullNameId = new Int32Array(n);
    this.hasDob = new Uint8Array(n);
    this.hasCity = new Uint8Array(n);
    this.dob = new Array<string>(n);
    this.address = new Array<string>(n);
    this.city = new Array<string>(n);
    if (!deferred) runToEnd(this.fillSteps());
  }

  /** Computes every record's features, pausing every STEP_ENTRIES records. */
  *fillSteps(): Generator<void, FirstPassScorer> {
    const lasts = new Interner();
    const firsts = new Interner();
    const names = new Interner();
    const counts = new Map<number, number>();
    for (const [i, r] of this.records.entries()) {
      this.lastId[i] = lasts.id(r.lastName);
      this.firstId[i] = firsts.id(r.firstName);
      if (this.lastId[i]! === this.lastRaw.length) this.lastRaw.push(r.lastName);
      if (this.firstId[i]! === this.firstRaw.length) this.firstRaw.push(r.firstName);
      this.fullNameId[i] = names.id(fullName(r));
      counts.set(this.fullNameId[i]!, (counts.get(this.fullNameId[i]!) ?? 0) + 1);
      this.hasDob[i] = r.dateOfBirth ? 1 : 0;
      this.dob[i] = r.dateOfBirth ? r.dateOfBirth.slice(0, 10).replace(/-/g, '') : '';
      this.address[i] = `${r.address ?? ''}`.toUpperCase().replace(/[^A-Z0-9]/g, '');
      this.hasCity[i] = r.city ? 1 : 0;
      this.city[i] = normalizeName(r.city);
      if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield;
    }
    this.nameCount = Int32Array.from(this.fullNameId, (id) => counts.get(id)!);
    return this;
  }

  /** How many records share record i's full name (the scorer's common-name discount). */
  count(i: number): number {
    return this.nameCount[i]!;
  }

  /** Whether the attribute score of records a and b (a first, as scorePair is called) reaches `threshold`. */
  reaches(a: number, b: number, threshold: number): boolean {
    const la = this.lastId[a]!;
    const lb = this.lastId[b]!;
    const fa = this.firstId[a]!;
    const fb = this.firstId[b]!;
    const last = la === 0 || lb === 0 ? null : this.lastMemo.get(la, lb);
    const first = fa === 0 || fb === 0 ? null : this.firstMemo.get(fa, fb);
    let dob: number | null = null;
    if (this.hasDob[a] && this.hasDob[b]) {
      dob = dobSimilarity(this.dob[a]!, this.dob[b]!);
      const count = this.fullNameId[a] === this.fullNameId[b] ? this.nameCount[a]! : 1;
      if (dob !== 1 && dob !== 0 && count >= COMMON_NAME_COUNT) dob *= NEAR_DATE_DISCOUNT;
    }
    // Without a last name and a date of birth or first name the score is 0.
    if (last === null || (dob === null && first === null)) return 0 >= threshold;
    const x = this.address[a]!;
    const y = this.address[b]!;
    if (!x || !y) return this.score(last, first, dob, null) >= threshold;
    // The address similarity is one of two values, decided by the streets' Jaro-Winkler: compute it only when it matters.
    const sameCity = this.hasCity[a] === 1 && this.city[a] === this.city[b];
    const sameStreet = sameCity || !this.hasCity[a] || !this.hasCity[b] ? 1 : 0.8;
    const otherStreet = sameCity ? 0.4 : this.sameState(a, b) ? 0.2 : 0;
    if (this.score(last, first, dob, sameStreet) < threshold) return false;
    if (this.score(last, first, dob, otherStreet) >= threshold) return true;
    return this.score(last, first, dob, jaroWinkler(x, y) >= 0.92 ? sameStreet : otherStreet) >= threshold;
  }

  private sameState(a: number, b: number): boolean {
    const s = this.records[a]!.state;
    return !!s && s === this.records[b]!.state;
  }

  /** scorePair's arithmetic, in its order (the weighted contributions rounded, summed, capped at 1, rounded). */
  private score(last: number, first: number | null, dob: number | null, address: number | null): number {
    let total = WEIGHTS.LAST_NAME;
    if (first !== null) total += WEIGHTS.FIRST_NAME;
    if (dob !== null) total += WEIGHTS.DATE_OF_BIRTH;
    if (address !== null) total += WEIGHTS.ADDRESS;
    let sum = 0;
    sum += round((WEIGHTS.LAST_NAME / total) * last);
    sum += first === null ? 0 : round((WEIGHTS.FIRST_NAME / total) * first);
    sum += dob === null ? 0 : round((WEIGHTS.DATE_OF_BIRTH / total) * dob);
    sum += address === null ? 0 : round((WEIGHTS.ADDRESS / total) * address);
    return round(Math.min(1, sum));
  }
}
