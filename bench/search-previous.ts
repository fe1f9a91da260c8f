/**
 * How search built its Lucene queries before the kinds were planned one by one
 * (src/search/search-plan.ts): every word exact^4 / prefix^2 / fuzzy over every field of every
 * index, and a leading-wildcard substring clause on the serial and the evidence id. Kept only
 * so bench/search-profile.bench.ts can compare the two on the same graph.
 */
import { escapeLucene, fuzzyDistance } from '../src/search/search-query.js';

function previousClause(piece: string, substringField: string | null): string {
  if (/[?*]/.test(piece)) return piece.replace(/[^\p{L}\p{N}?*]/gu, '');
  const word = escapeLucene(piece);
  const clauses = [`${word}^4`, `${word}*^2`];
  if (substringField && /\d/.test(piece) && piece.length >= 3) clauses.push(`${substringField}:*${word}*`);
  const fuzzy = fuzzyDistance(piece);
  if (fuzzy > 0) clauses.push(`${word}~${fuzzy}`);
  return `(${clauses.join(' OR ')})`;
}

export const previousQuery = (pieces: string[], substringField: string | null = null) => pieces.map((p) => previousClause(p, substringField)).join(' AND ');
