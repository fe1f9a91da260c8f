import { escapeLucene, fuzzyDistance, personIdQuery } from './search-query.js';
import { SearchKind } from './search.type.js';

/** How one kind is looked up: its full-text index, its key, the fields its caption reads. */
interface KindIndex {
  index: string;
  key: string;
  caption: string[];
  /** Fields matched exactly or by prefix by words without a digit (names, streets, makes), and those also matched fuzzily. */
  wordFields: string[];
  wordFuzzy: string[];
  /** Fields matched exactly or by prefix by words with a digit (ids, numbers), and those also matched fuzzily. */
  numberFields: string[];
  numberFuzzy: string[];
  /** The trigram index of the field typed from its middle (migrations 806–807), and that field. */
  grams: { index: string; field: string } | null;
}

/**
 * Which index answers which kind, and which of its fields each kind of word is matched
 * against. A house number or an id fuzzily matched is another house or another record, so
 * words with a digit are matched fuzzily only where a digit is mistyped in a value people copy
 * from a gun or an evidence bag (serials, evidence ids); everywhere else exactly or as a prefix.
 * Words without a digit are matched fuzzily on names, streets, cities, makes and models (a
 * misspelt name), not on ids. Every fuzzy clause costs an automaton walk over its field's terms.
 */
export const KIND_INDEX: Record<SearchKind, KindIndex> = {
  [SearchKind.PERSON]: {
    index: 'search_person',
    key: 'id',
    caption: ['firstName', 'lastName', 'state'],
    wordFields: ['id', 'firstName', 'lastName', 'address', 'city'],
    wordFuzzy: ['firstName', 'lastName', 'address', 'city'],
    numberFields: ['id', 'address'],
    numberFuzzy: [],
    grams: null,
  },
  [SearchKind.FIREARM]: {
    index: 'search_firearm',
    key: 'id',
    caption: ['serial', 'make', 'model', 'caliber', 'serialObliterated'],
    wordFields: ['id', 'serial', 'make', 'model'],
    wordFuzzy: ['make', 'model'],
    numberFields: ['id', 'serial', 'make', 'model'],
    numberFuzzy: ['serial'],
    grams: { index: 'search_firearm_serial_grams', field: 'serial' },
  },
  [SearchKind.FFL]: {
    index: 'search_ffl',
    key: 'license',
    caption: ['name', 'city', 'state'],
    wordFields: ['license', 'name', 'premisesAddress', 'city'],
    wordFuzzy: ['name', 'premisesAddress', 'city'],
    numberFields: ['license', 'name', 'premisesAddress'],
    numberFuzzy: [],
    grams: null,
  },
  [SearchKind.AGENCY]: {
    index: 'search_agency',
    key: 'ori',
    caption: ['name', 'state'],
    wordFields: ['ori', 'name', 'city'],
    wordFuzzy: ['name', 'city'],
    numberFields: ['ori', 'name'],
    numberFuzzy: [],
    grams: null,
  },
  [SearchKind.SCENE]: {
    index: 'search_scene',
    key: 'id',
    caption: ['address', 'city', 'state', 'occurredAt'],
    wordFields: ['id', 'address', 'city'],
    wordFuzzy: ['address', 'city'],
    numberFields: ['id', 'address'],
    numberFuzzy: [],
    grams: null,
  },
  [SearchKind.CASING]: {
    index: 'search_casing',
    key: 'evidenceId',
    caption: ['caliber', 'recoveredAt', 'testFire'],
    wordFields: ['evidenceId', 'caliber'],
    wordFuzzy: ['caliber'],
    numberFields: ['evidenceId', 'caliber'],
    numberFuzzy: ['evidenceId'],
    grams: { index: 'search_casing_evidence_grams', field: 'evidenceId' },
  },
};

/** One kind's lookup, as the statement search/kind-hits takes it. */
export interface KindPlan {
  kind: SearchKind;
  index: string;
  keyField: string;
  caption: string[];
  query: string;
  /** Substring lookup through the trigram index (null when no word is typed from a middle). */
  gramIndex: string | null;
  gramQuery: string | null;
  /** Fields of a substring hit in which each other word must start a word (regular expressions, one per word). */
  gramFields: string[];
  gramRest: string[];
}

const hasDigit = (piece: string) => /\p{N}/u.test(piece);
const isPattern = (piece: string) => /[?*]/.test(piece);
/** A word typed from the middle of a serial or an evidence id: a digit and at least a trigram. */
export const isSubstringWord = (piece: string) => !isPattern(piece) && hasDigit(piece) && [...piece].length >= 3;

/**
 * One word as Lucene clauses on the fields its shape can match: exact (boost 4) and prefix
 * (boost 2) always, fuzzy where a typo is plausible. A word with `?`/`*` (characters a lab
 * could not restore) is a wildcard pattern, on the serial-like field only when the kind has one.
 */
export function wordClause(piece: string, kind: KindIndex): string {
  const digit = hasDigit(piece);
  const fields = digit ? kind.numberFields : kind.wordFields;
  if (isPattern(piece)) {
    const pattern = piece.replace(/[^\p{L}\p{N}?*]/gu, '');
    const on = kind.grams ? [kind.grams.field] : fields;
    return `(${on.map((f) => `${f}:${pattern}`).join(' OR ')})`;
  }
  const word = escapeLucene(piece);
  const fuzzy = fuzzyDistance(piece);
  const fuzzyOn = fuzzy ? (digit ? kind.numberFuzzy : kind.wordFuzzy) : [];
  const clauses = [...fields.flatMap((f) => [`${f}:${word}^4`, `${f}:${word}*^2`]), ...fuzzyOn.map((f) => `${f}:${word}~${fuzzy}`)];
  return `(${clauses.join(' OR ')})`;
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
/**
 * A word as a regular expression over a value's text (Cypher `=~`, whole text): it starts a
 * word of the text (or, with `?`/`*`, is a whole word of it). Pieces hold only letters, digits,
 * `?` and `*` (searchPieces), so nothing else needs escaping.
 */
export function wordRegex(piece: string): string {
  const start = `(?s)(?:.*[^\\p{L}\\p{N}])?`;
  if (!isPattern(piece)) return `${start}${piece}.*`;
  const body = piece.replace(/\?/g, LETTER_OR_DIGIT).replace(/\*/g, `${LETTER_OR_DIGIT}*`);
  return `${start}${body}(?:[^\\p{L}\\p{N}].*)?`;
}

/** The trigram phrase of a word: the values holding its characters in a row. */
export const gramPhrase = (field: string, piece: string) => `${field}:"${escapeLucene(piece)}"`;

/**
 * Each kind's lookup for the words of the text. Every word must match (AND). On a kind with a
 * trigram index, a hit may also come from there: its value holds every substring word in a row,
 * and every other word starts a word of its caption fields (checked in the statement).
 */
export function kindPlans(kinds: SearchKind[], pieces: string[], personVisible: boolean, rawText: string): KindPlan[] {
  return kinds.map((kind) => {
    const k = KIND_INDEX[kind];
    const query = kind === SearchKind.PERSON && !personVisible ? personIdQuery(rawText) : pieces.map((p) => wordClause(p, k)).join(' AND ');
    const substring = k.grams ? pieces.filter(isSubstringWord) : [];
    return {
      kind,
      index: k.index,
      keyField: k.key,
      caption: k.caption,
      query,
      gramIndex: substring.length ? k.grams!.index : null,
      gramQuery: substring.length ? substring.map((p) => gramPhrase(k.grams!.field, p)).join(' AND ') : null,
      gramFields: k.wordFields,
      gramRest: substring.length ? pieces.filter((p) => !isSubstringWord(p)).map(wordRegex) : [],
    };
  });
}

/**
 * The order kinds are dealt over the statements, so the costly ones land in different ones: a
 * name costs most on people, then on dealers and scenes (their fuzzy street and city clauses);
 * a serial on firearms and casings (their fuzzy and trigram clauses). With two statements:
 * people, agencies, casings in one; firearms, dealers, scenes in the other
 * (bench/search-profile.bench.ts, each kind's statement alone).
 */
const LANE_ORDER = [SearchKind.PERSON, SearchKind.FIREARM, SearchKind.AGENCY, SearchKind.FFL, SearchKind.CASING, SearchKind.SCENE];

/** The plans dealt over at most `n` statements, in turn, in LANE_ORDER. */
export function splitLanes(plans: KindPlan[], n: number): KindPlan[][] {
  const ordered = [...plans].sort((a, b) => LANE_ORDER.indexOf(a.kind) - LANE_ORDER.indexOf(b.kind));
  return Array.from({ length: Math.min(n, ordered.length) }, (_, i) => ordered.filter((_, j) => j % n === i));
}
