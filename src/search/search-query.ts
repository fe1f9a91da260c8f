import { ruled } from '../common/arg-rules.js';

/** Longest search text accepted: enough for a full name and address, short enough to bound the Lucene query. */
export const MAX_SEARCH_TEXT = 120;
/** At most this many words (pieces) of the text are used: each becomes a few Lucene clauses per field (search-plan.ts). */
export const MAX_SEARCH_PIECES = 8;

/** Characters with a meaning in Lucene's classic query syntax (Apache Lucene, Query Parser Syntax: "Escaping Special Characters"). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every Lucene operator character, so user text is only ever matched as text. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Splits the text the way Lucene's standard tokenizer splits indexed values (letters and digits
 * form a word; everything else separates), lowercased. `?` and `*` stay inside a piece: they mark
 * characters of an obliterated serial the lab could not restore (`AB?12?45`, `*1234`).
 */
export function searchPieces(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}?*]+/u)
    .map((p) => p.replace(/^[?*]+$/, ''))
    .filter((p) => p.length > 0)
    .slice(0, MAX_SEARCH_PIECES);
}

/**
 * Fuzzy edit distance for a word (Lucene counts a swap of two neighbours as one edit). None for
 * short words (too many false matches). A word of letters (a name, a street): 1, whatever its
 * length. Damerau (1964) found over 80 % of misspellings to be one insertion, deletion,
 * substitution or swap, and a second edit costs far more than it finds: its automaton is built for
 * every name, street and city field of every kind searched, and it walks many more of their terms
 * (a long name took two to three times as long as a short one with 2). A word with a digit (a
 * serial, an evidence id): 1 up to 7 characters, 2 beyond (a mistyped serial digit or two).
 */
export function fuzzyDistance(piece: string): 0 | 1 | 2 {
  if (piece.length < 4) return 0;
  return piece.length >= 8 && /\p{N}/u.test(piece) ? 2 : 1;
}

/** What is wrong with the user's text as a search, or null. */
export function searchTextProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'must not be empty';
  if (trimmed.length > MAX_SEARCH_TEXT) return `must be at most ${MAX_SEARCH_TEXT} characters (got ${trimmed.length})`;
  if (searchPieces(trimmed).length === 0) return 'must contain at least one letter or digit';
  return null;
}

/** The rule of search's `text` argument (BAD_USER_INPUT on `text`, src/common/validate-args.ts). */
export const searchTextRule = () => ruled(searchTextProblem);

/** The pieces of a text that passed searchTextRule. */
export const searchTextPieces = (text: string): string[] => searchPieces(text.trim());

/**
 * The query for people when the caller may not see personal data: only the person id field,
 * as an exact phrase, so names, dates of birth and addresses can never be probed through search.
 */
export function personIdQuery(text: string): string {
  return `id:"${text.trim().replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
