import { createHash } from 'node:crypto';
import { analysisMeta } from '../db/analysis-meta.js';
import type { Gateway } from '../db/gateway.js';
import { blockPeople, flagsOf, visitPairs, type Blocking } from './person-blocking.compute.js';
import { runInSteps, runToEnd, yieldToLoop } from './run-in-steps.js';
import { FirstPassScorer } from './person-first-pass.compute.js';
import { blockIndexInSteps, dirtyPeople, nameCountSteps, reusablePairs } from './resolution-incremental.js';
import { resolutionModel } from './resolution-model.js';
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
  /** Blocked pairs scored in this run (all of them in a full run; those of changed people in an incremental one). */
  comparedPairs: number;
  mode: 'full' | 'incremental';
  /** People blocked and scored again (everyone in a full run). */
  changedPeople: number;
  /** Promising pairs of unchanged people taken from the last run. */
  reusedPairs: number;
  /** Blocks still over MAX_BLOCK after every finer key (not compared) and their members: 0 unless placeholder data repeats. */
  skipped: { blocks: number; members: number };
  candidates: ScoredPair[];
  timings: Record<string, number>;
}

/** Stable id of a pair: the same two records always make the same candidate, so a decision survives re-runs. */
export function candidateId(a: string, b: string): string {
  return `DC-${createHash('sha1').update([a, b].sort().join('|')).digest('hex').slice(0, 12)}`;
}

/** Blocks per slice of the first pass before the job yields to the event loop (other analysis steps' reads run meanwhile). */
const SLICE = 16;
/** Pairs scored between two yields of finalScores. */
const SCORE_SLICE = 4_096;

/** How many records share each full name (the scorer discounts a near date of birth among common names). */
export function nameCounter(records: PersonRecord[]): (r: PersonRecord) => number {
  return counterOf(runToEnd(nameCountSteps(records)));
}

/** nameCounter in steps, yielding to the event loop between them (the job's own run). */
export async function nameCounterInSteps(records: PersonRecord[]): Promise<(r: PersonRecord) => number> {
  return counterOf(await runInSteps(nameCountSteps(records), yieldToLoop));
}

const counterOf = (names: Map<string, number>) => (r: PersonRecord) => names.get(fullName(r)) ?? 1;

/**
 * The first pass over blocked pairs as they are generated (never all held at once): attribute
 * scores without neighbours (FirstPassScorer: the same decision as scorePair's, on precomputed
 * features); pairs at PRE_NEIGHBOUR_MIN or above are promising. With `only`, just the pairs of
 * flagged records.
 */
export async function firstPass(
  records: PersonRecord[],
  blocking: Blocking,
  only: Uint8Array | null,
): Promise<{ promising: Array<[PersonRecord, PersonRecord]>; compared: number }> {
  // The features of every record in steps: the job shares the service's event loop.
  const scorer = await runInSteps(new FirstPassScorer(records, true).fillSteps(), yieldToLoop);
  const promising: Array<[PersonRecord, PersonRecord]> = [];
  let compared = 0;
  const visit = (i: number, j: number) => {
    compared += 1;
    // scorePair is called with the smaller id first: keep that order.
    const ordered = records[i]!.id < records[j]!.id;
    const a = ordered ? i : j;
    const b = ordered ? j : i;
    if (scorer.reaches(a, b, PRE_NEIGHBOUR_MIN)) promising.push([records[a]!, records[b]!]);
  };
  const blocks = blocking.start.length - 1;
  for (let b = 0; b < blocks; b += SLICE) {
    visitPairs(blocking, only, visit, b, Math.min(blocks, b + SLICE));
    await yieldToLoop();
  }
  return { promising, compared };
}

/** The second pass: promising pairs scored with their neighbours; those at `minScore` or above are candidates. */
export async function finalScores(
  promising: Array<[PersonRecord, PersonRecord]>,
  lookup: (ids: string[]) => Promise<Map<string, Neighbours>>,
  count: (r: PersonRecord) => number,
  minScore: number,
): Promise<ScoredPair[]> {
  const ids = new Set<string>();
  for (const [k, [a, b]] of promising.entries()) {
    ids.add(a.id).add(b.id);
    if (k % SCORE_SLICE === SCORE_SLICE - 1) await yieldToLoop();
  }
  const hood = await lookup([...ids]);
  const candidates: ScoredPair[] = [];
  for (const [k, [a, b]] of promising.entries()) {
    const s = scorePair(a, b, hood.get(a.id), hood.get(b.id), count(a));
    if (s.score >= minScore) candidates.push({ id: candidateId(a.id, b.id), a: a.id, b: b.id, score: s.score, reasons: s.reasons });
    // Scoring hundreds of thousands of pairs is seconds of one thread: let requests through now and then.
    if (k % SCORE_SLICE === SCORE_SLICE - 1) await yieldToLoop();
  }
  return candidates.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}

/** Scores every blocked pair (a full run, blocks of at most `cap`); pure apart from the neighbour lookup, which the caller supplies. */
export async function scoreCandidates(
  records: PersonRecord[],
  lookup: (ids: string[]) => Promise<Map<string, Neighbours>>,
  minScore = REVIEW_MIN_SCORE,
  cap?: number,
): Promise<{ compared: number; promising: number; candidates: ScoredPair[] }> {
  const { promising, compared } = await firstPass(records, blockPeople(records, cap), null);
  return { compared, promising: promising.length, candidates: await finalScores(promising, lookup, nameCounter(records), minScore) };
}

/** The stored state's model: the blocking and scoring code and thresholds (resolution-model.ts). */
const MODEL = resolutionModel({ REVIEW_MIN_SCORE, PRE_NEIGHBOUR_MIN });

/**
 * The person-resolution run: reads every person once, blocks, scores, stores the candidate
 * pairs (open ones re-scored, decided ones kept) and removes open pairs no longer proposed.
 * Incremental when a state from an earlier run under the same model is stored: only the pairs of
 * people whose fingerprint changed are blocked and first-pass scored again, the other promising
 * pairs are reused (resolution-incremental.ts); every promising pair is re-scored with fresh
 * neighbours either way, so the candidates equal a full run's. `full: true` ignores the state.
 * It never links records itself: only an analyst's confirmation makes SAME_AS.
 */
export async function runPersonResolution(gateway: Gateway, computedAt: string, options: { full?: boolean } = {}): Promise<ResolutionResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(step: string, work: () => Promise<T> | T): Promise<T> => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      timings[step] = Date.now() - t0;
    }
  };
  const data = resolutionRunData(gateway, meta);
  const records = await time('read', () => data.personRecords());
  const stored = options.full || MODEL === null ? null : await time('readState', () => data.state());
  const { blocks, fingerprints } = await time('block', () => blockIndexInSteps(records, yieldToLoop));
  const dirty = MODEL === null ? null : dirtyPeople(fingerprints, stored, MODEL);
  // Pairs are generated and first-pass scored in one sweep, never all held.
  const { promising: fresh, compared } = await time('firstPass', () => firstPass(records, blocks, flagsOf(records, dirty)));
  const reused = dirty && stored ? reusablePairs(stored, new Map(records.map((r) => [r.id, r])), dirty) : [];
  const promising = [...reused, ...fresh];
  const candidates = await time('score', async () => finalScores(promising, data.neighbours, await nameCounterInSteps(records), REVIEW_MIN_SCORE));
  const state = MODEL === null ? undefined : { model: MODEL, fingerprints, promising: promising.map(([a, b]): [string, string] => [a.id, b.id]) };
  await time('store', () => data.store(candidates, computedAt, state));
  return {
    people: records.length,
    comparedPairs: compared,
    candidates,
    mode: dirty === null ? 'full' : 'incremental',
    changedPeople: dirty?.size ?? records.length,
    reusedPairs: reused.length,
    skipped: blocks.skipped,
    timings,
  };
}
