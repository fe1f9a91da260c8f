import { createHash } from 'node:crypto';
import { analysisMeta } from '../db/analysis-meta.js';
import type { Gateway } from '../db/gateway.js';
import { candidatePairs } from './person-blocking.compute.js';
import { resolutionRunData } from './resolution.data.js';
import { fullName, scorePair, type MatchReason, type Neighbours, type PersonRecord } from './person-match.compute.js';

const meta = analysisMeta('resolution');

/**
 * Pairs at or above this score go to the review queue. Chosen from string-similarity reasoning,
 * not the generator: same last name and date of birth with an unrelated first name and address
 * (0.3 + 0.35 + ~0.1 of first-name similarity) stays below it; the same person with one clerk
 * error in any one field (a swapped date, a short first name, a moved address) stays above it.
 */
export const REVIEW_MIN_SCORE = 0.7;
/** Attribute score a pair needs before its neighbours are read: neighbours add at most 0.15. */
const PRE_NEIGHBOUR_MIN = REVIEW_MIN_SCORE - 0.15;

export interface ScoredPair {
  id: string;
  a: string;
  b: string;
  score: number;
  reasons: MatchReason[];
}

export interface ResolutionResult {
  people: number;
  comparedPairs: number;
  candidates: ScoredPair[];
  timings: Record<string, number>;
}

/** Stable id of a pair: the same two records always make the same candidate, so a decision survives re-runs. */
export function candidateId(a: string, b: string): string {
  return `DC-${createHash('sha1').update([a, b].sort().join('|')).digest('hex').slice(0, 12)}`;
}

/** Scores every blocked pair; pure apart from the neighbour lookup, which the job supplies. */
export async function scoreCandidates(
  records: PersonRecord[],
  lookup: (ids: string[]) => Promise<Map<string, Neighbours>>,
  minScore = REVIEW_MIN_SCORE,
): Promise<{ compared: number; candidates: ScoredPair[] }> {
  const pairs = candidatePairs(records);
  const names = new Map<string, number>();
  for (const r of records) names.set(fullName(r), (names.get(fullName(r)) ?? 0) + 1);
  const count = (r: PersonRecord) => names.get(fullName(r)) ?? 1;
  const promising = pairs
    .map(([a, b]) => ({ a, b, first: scorePair(a, b, undefined, undefined, count(a), false) }))
    .filter((p) => p.first.score >= PRE_NEIGHBOUR_MIN);
  const ids = [...new Set(promising.flatMap((p) => [p.a.id, p.b.id]))];
  const hood = await lookup(ids);
  const candidates: ScoredPair[] = [];
  for (const { a, b } of promising) {
    const s = scorePair(a, b, hood.get(a.id), hood.get(b.id), count(a));
    if (s.score >= minScore) candidates.push({ id: candidateId(a.id, b.id), a: a.id, b: b.id, score: s.score, reasons: s.reasons });
  }
  candidates.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  return { compared: pairs.length, candidates };
}

/**
 * The person-resolution run: reads every person once, blocks, scores, stores the candidate
 * pairs (open ones re-scored, decided ones kept) and removes open pairs no longer proposed.
 * It never links records itself: only an analyst's confirmation makes SAME_AS.
 */
export async function runPersonResolution(gateway: Gateway, computedAt: string): Promise<ResolutionResult> {
  const timings: Record<string, number> = {};
  let t0 = Date.now();
  const data = resolutionRunData(gateway, meta);
  const records = await data.personRecords();
  timings.read = Date.now() - t0;
  t0 = Date.now();
  const { compared, candidates } = await scoreCandidates(records, data.neighbours);
  timings.score = Date.now() - t0;
  t0 = Date.now();
  await data.store(candidates, computedAt);
  timings.store = Date.now() - t0;
  return { people: records.length, comparedPairs: compared, candidates, timings };
}
