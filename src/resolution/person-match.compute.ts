import { jaroWinkler } from '@skyra/jaro-winkler';
import { doubleMetaphone } from 'double-metaphone';

/** What resolution compares of a person record. Personal data: never leaves the service unmasked. */
export interface PersonRecord {
  id: string;
  firstName: string | null;
  lastName: string | null;
  /** ISO date, YYYY-MM-DD. */
  dateOfBirth: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
}

/** Neighbours of a record: guns it bought or had recovered from it, known associates, dealers it bought from. */
export interface Neighbours {
  firearms: string[];
  associates: string[];
  dealers: string[];
}

export type MatchFactor = 'LAST_NAME' | 'FIRST_NAME' | 'DATE_OF_BIRTH' | 'ADDRESS' | 'SHARED_NEIGHBOURS';

export interface MatchReason {
  factor: MatchFactor;
  /** 0..1, how well the two records agree on it. */
  similarity: number;
  /** Share of the score this factor carries when both records have it (0 when missing). */
  weight: number;
  contribution: number;
  detail: string;
}

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

/**
 * Weights of the factors. Identity rests on name and date of birth (the identifiers records
 * systems match on, e.g. NCIC's name + DOB inquiry); an address changes when people move, so it
 * weighs little; shared neighbours are corroboration added on top (Linkurious/i2 entity
 * resolution: attributes first, relationships as supporting evidence).
 */
export const WEIGHTS = { LAST_NAME: 0.3, FIRST_NAME: 0.2, DATE_OF_BIRTH: 0.35, ADDRESS: 0.15 } as const;
/** Most shared neighbours can add (they never make a pair on their own). */
export const NEIGHBOUR_BONUS_MAX = 0.15;

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * Memo of a pure string function. Names repeat across millions of compared pairs (the same few
 * thousand first and last names), so each is normalised and encoded once; bounded so a file of
 * unusual names cannot grow it without end.
 */
function memo<T>(fn: (s: string) => T, max = 200_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      cache.set(s, (v = fn(s)));
    }
    return v;
  };
}

const normalized = memo((name) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/\b(JR|SR|II|III|IV)\b\.?/g, '')
    .replace(/[^A-Z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim(),
);
const metaphones = memo((name) => doubleMetaphone(name));

/** Upper case letters only, accents folded, suffixes and punctuation dropped ("O'Brien Jr." → "OBRIEN"). */
export function normalizeName(name: string | null): string {
  return name ? normalized(name) : '';
}

export function phonetic(name: string | null): string {
  const n = normalizeName(name).replace(/ /g, '');
  return n ? metaphones(n)[0] : '';
}

/** Jaro-Winkler of normalized names, raised to 0.9 when they sound the same (double metaphone: Philips / Phillips, Catherine / Kathryn). */
export function nameSimilarity(a: string | null, b: string | null): number | null {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (!x || !y) return null;
  if (x === y) return 1;
  const jw = jaroWinkler(x.replace(/ /g, ''), y.replace(/ /g, ''));
  const px = metaphones(x.replace(/ /g, ''));
  const py = metaphones(y.replace(/ /g, ''));
  const sounds = px.some((c) => c && py.includes(c));
  return Math.max(jw, sounds ? 0.9 : 0);
}

/**
 * First names: as last names, and a first name recorded as an initial or a short form of the other
 * ("D" / "Dana", "Chris" / "Christopher") agrees at 0.85. A middle name or initial added in one
 * record ("Dana M") is ignored: only the first word is compared.
 */
export function firstNameSimilarity(a: string | null, b: string | null): number | null {
  const x = normalizeName(a).split(' ')[0] ?? '';
  const y = normalizeName(b).split(' ')[0] ?? '';
  if (!x || !y) return null;
  const base = nameSimilarity(x, y) ?? 0;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const shortForm = long.startsWith(short) && (short.length === 1 || short.length >= 3) ? 0.85 : 0;
  return Math.max(base, shortForm);
}

function digitsOf(iso: string): string {
  return iso.slice(0, 10).replace(/-/g, '');
}

/**
 * Date of birth agreement, allowing the errors clerks make: day and month swapped (US vs
 * European order), two adjacent digits transposed, one digit mistyped. Anything else disagrees.
 */
export function dateOfBirthAgreement(a: string | null, b: string | null): { similarity: number; detail: string } | null {
  if (!a || !b) return null;
  const x = digitsOf(a);
  const y = digitsOf(b);
  if (x === y) return { similarity: 1, detail: 'same date of birth' };
  if (x.slice(0, 4) === y.slice(0, 4) && x.slice(4, 6) === y.slice(6, 8) && x.slice(6, 8) === y.slice(4, 6)) {
    return { similarity: 0.85, detail: 'day and month swapped' };
  }
  const diff = [...x].map((c, i) => (c === y[i] ? -1 : i)).filter((i) => i >= 0);
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!]) {
    return { similarity: 0.8, detail: 'two adjacent digits transposed' };
  }
  if (diff.length === 1) return { similarity: 0.6, detail: 'one digit differs' };
  return { similarity: 0, detail: 'different dates of birth' };
}

/** Same street address (fuzzy), else same city, else same state: a moved person often stays in the area. */
export function addressAgreement(a: PersonRecord, b: PersonRecord): { similarity: number; detail: string } | null {
  const x = `${a.address ?? ''}`.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const y = `${b.address ?? ''}`.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!x || !y) return null;
  const street = jaroWinkler(x, y);
  const sameCity = !!a.city && normalizeName(a.city) === normalizeName(b.city);
  if (street >= 0.92) return { similarity: sameCity || !a.city || !b.city ? 1 : 0.8, detail: 'same street address' };
  if (sameCity) return { similarity: 0.4, detail: 'different address in the same city' };
  if (a.state && a.state === b.state) return { similarity: 0.2, detail: 'different address in the same state' };
  return { similarity: 0, detail: 'different addresses' };
}

function shared(a: string[], b: string[]): number {
  const set = new Set(a);
  return new Set(b.filter((x) => set.has(x))).size;
}

/** Corroboration from the graph: a shared gun or associate is strong, a shared dealer weak (many people buy at one dealer). */
export function neighbourAgreement(a: Neighbours | undefined, b: Neighbours | undefined): { similarity: number; detail: string; strong: boolean } {
  if (!a || !b) return { similarity: 0, detail: 'no shared guns, associates or dealers', strong: false };
  const guns = shared(a.firearms, b.firearms);
  const associates = shared(a.associates, b.associates);
  const dealers = shared(a.dealers, b.dealers);
  const similarity = Math.min(1, 0.6 * Math.min(guns, 1) + 0.5 * Math.min(associates, 2) * 0.5 + 0.2 * Math.min(dealers, 1));
  return { similarity, detail: `shared guns ${guns}, associates ${associates}, dealers ${dealers}`, strong: guns + associates > 0 };
}

/** First word of the first name and the last name, normalised: the key of name frequencies. */
export function fullName(p: PersonRecord): string {
  return `${normalizeName(p.firstName).split(' ')[0] ?? ''}|${normalizeName(p.lastName)}`;
}

/** Records sharing a full name at or above which a near (not exact) date of birth is discounted. */
export const COMMON_NAME_COUNT = 3;
export const NEAR_DATE_DISCOUNT = 0.4;

/**
 * Term-frequency adjustment (Fellegi-Sunter; Winkler 1989): agreeing on a common name is weak
 * evidence, and among many people sharing a name a date of birth one digit or one swap away
 * turns up by chance. So when both records carry a name that COMMON_NAME_COUNT or more records
 * share, a near date of birth counts at NEAR_DATE_DISCOUNT of its similarity; an exact one stays.
 */
function discountNearDate(dob: { similarity: number; detail: string } | null, nameCount: number) {
  if (!dob || dob.similarity === 1 || dob.similarity === 0 || nameCount < COMMON_NAME_COUNT) return dob;
  return { similarity: dob.similarity * NEAR_DATE_DISCOUNT, detail: `${dob.detail} (common name: ${nameCount} records, discounted)` };
}

/**
 * Below this a name is a different name, not a clerk's version of the same one: one typo, a
 * dropped or doubled letter, an initial, a short form or a sound-alike all stay at or above 0.8
 * (Jaro-Winkler of a one-letter slip in a 4+ letter name is ≥ 0.85; initials and short forms 0.85;
 * sound-alikes 0.9).
 */
export const NAME_AGREES = 0.8;
/** Most an uncorroborated pair with a disagreeing name can score: below the review threshold. */
export const UNCORROBORATED_MAX = 0.6;

/**
 * A disagreeing first or last name needs corroboration. Clerk errors rarely replace a whole name,
 * while one name plus a date of birth agreeing by chance is common: same surname and birthday are
 * twins and namesakes (about 3 % of US births are twins), same first name and birthday a
 * coincidence any large file holds. So such a pair is proposed only when an independent fact
 * backs it: the same street address, or a shared gun or associate (not a shared dealer, which
 * strangers share). Without it the score is capped at UNCORROBORATED_MAX (Fellegi-Sunter: a
 * disagreeing identifier is strong evidence against a match, outweighed only by strong evidence
 * for one). A nickname ("Bob" / "Robert") is a different name here and is proposed when corroborated.
 */
function corroborationNeeded(last: number | null, first: number | null, addr: { similarity: number } | null, neighbours: { strong: boolean }): boolean {
  const disagrees = (last !== null && last < NAME_AGREES) || (first !== null && first < NAME_AGREES);
  return disagrees && !(addr && addr.similarity >= 0.8) && !neighbours.strong;
}

/**
 * Score of a candidate pair, 0..1, with one reason per factor. The attribute factors are
 * averaged over the factors both records have (a missing address neither helps nor hurts);
 * shared neighbours add at most NEIGHBOUR_BONUS_MAX.
 */
export function scorePair(a: PersonRecord, b: PersonRecord, na?: Neighbours, nb?: Neighbours, nameCount = 1, neighboursRead = true): MatchScore {
  const last = nameSimilarity(a.lastName, b.lastName);
  const first = firstNameSimilarity(a.firstName, b.firstName);
  const dob = discountNearDate(dateOfBirthAgreement(a.dateOfBirth, b.dateOfBirth), fullName(a) === fullName(b) ? nameCount : 1);
  const addr = addressAgreement(a, b);
  const parts: Array<{ factor: MatchFactor; similarity: number | null; detail: string }> = [
    {
      factor: 'LAST_NAME',
      similarity: last,
      detail: last === null ? 'missing' : last === 1 ? 'same last name' : last >= NAME_AGREES ? 'similar last name' : 'different last name',
    },
    {
      factor: 'FIRST_NAME',
      similarity: first,
      detail: first === null ? 'missing' : first === 1 ? 'same first name' : first >= NAME_AGREES ? 'similar first name' : 'different first name',
    },
    { factor: 'DATE_OF_BIRTH', similarity: dob?.similarity ?? null, detail: dob?.detail ?? 'missing' },
    { factor: 'ADDRESS', similarity: addr?.similarity ?? null, detail: addr?.detail ?? 'missing' },
  ];
  const present = parts.filter((p) => p.similarity !== null);
  const totalWeight = present.reduce((s, p) => s + WEIGHTS[p.factor as keyof typeof WEIGHTS], 0);
  const reasons: MatchReason[] = parts.map((p) => {
    const weight = p.similarity === null || totalWeight === 0 ? 0 : WEIGHTS[p.factor as keyof typeof WEIGHTS] / totalWeight;
    return {
      factor: p.factor,
      similarity: round(p.similarity ?? 0),
      weight: round(weight),
      contribution: round(weight * (p.similarity ?? 0)),
      detail: p.detail,
    };
  });
  const n = neighbourAgreement(na, nb);
  reasons.push({
    factor: 'SHARED_NEIGHBOURS',
    similarity: round(n.similarity),
    weight: NEIGHBOUR_BONUS_MAX,
    contribution: round(NEIGHBOUR_BONUS_MAX * n.similarity),
    detail: n.detail,
  });
  // Without a last name and a date of birth on both records there is too little to call a pair.
  const enough = last !== null && (dob !== null || first !== null);
  let score = enough
    ? Math.min(
        1,
        reasons.reduce((s, r) => s + r.contribution, 0),
      )
    : 0;
  // Before the neighbours are read (the cheap first pass) a pair cannot yet be judged uncorroborated.
  if (neighboursRead && corroborationNeeded(last, first, addr, n)) {
    score = Math.min(score, UNCORROBORATED_MAX);
    const factor = last !== null && last < NAME_AGREES ? 'LAST_NAME' : 'FIRST_NAME';
    const reason = reasons.find((r) => r.factor === factor)!;
    reason.detail = `${reason.detail}, and no shared street address, gun or associate corroborates the pair: score capped at ${UNCORROBORATED_MAX}`;
  }
  return { score: round(score), reasons };
}
