/**
 * Purchase timing at one holder: how often two guns a repeat possessor holds by chance were bought
 * close together, for the receiver and household null (holder-null.ts).
 *
 * Buyers sent by one receiver buy over the same months (ATF, *Following the Gun*, 2000: a scheme's
 * purchases cluster in time), at one store or at several; a repeat possessor's guns were bought
 * whenever. Asking for one dealer only (the strictest level that still ties anyone) loses every
 * receiver whose buyers shop at different stores. So, before it, the null tries "one dealer, or
 * bought within W days of each other".
 *
 * The chance of "within W" is not the chance of two sale dates drawn from the whole data: a
 * repeat possessor's guns are recovered close together (often in one seizure), and a straw gun's
 * sale is its recovery minus a time-to-crime of at most 3 years, so their sale dates are close more
 * often than random dates are. Under the null the two sale dates are s = r − T, the recoveries r
 * as repeat possessors' are (the gaps between the recoveries of the guns found with holders also
 * found with a gun that cannot be straw evidence) and the times-to-crime T two independent draws
 * from the straw guns recovered in the state: P(|(r₁ − r₂) − (T₁ − T₂)| ≤ W). Dealer and timing
 * are taken as independent, so a pair passes "one dealer or within W" with probability
 * d + t − d·t.
 */

import { countAtOrBelow, countBelow } from '../common/sorted-search.js';

/**
 * The purchase windows tried before "one dealer only", widest first: a month (the margin a
 * recruiter's campaign is given, `campaignBuyers.marginDays`). Wider windows (a quarter, a year)
 * pass the pair-level test as often but let in more receivers of two strangers, each its own
 * false network (tuning data: bench/results/trafficking-holder-window-2026-12-06.md).
 */
export const HOLDER_TIE_WINDOWS: readonly number[] = [30];

/** Differences T₁ − T₂ of two times-to-crime drawn from `ttcs`, sorted (on a grid of at most `points` quantiles: deterministic and bounded). */
export function ttcDifferences(ttcs: number[], points = 100): number[] {
  if (ttcs.length === 0) return [];
  const sorted = [...ttcs].sort((a, b) => a - b);
  const m = Math.min(points, sorted.length);
  const grid = Array.from({ length: m }, (_, i) => sorted[Math.min(sorted.length - 1, Math.floor(((i + 0.5) * sorted.length) / m))]!);
  const diffs: number[] = [];
  for (const a of grid) for (const b of grid) diffs.push(a - b);
  return diffs.sort((a, b) => a - b);
}

/** P(|gap − D| ≤ windowDays) for D drawn from `diffs` (sorted): two guns recovered `gap` days apart were bought within the window. */
export function boughtWithinShare(diffs: number[], recoveryGapDays: number, windowDays: number): number {
  if (diffs.length === 0) return 0;
  return (countAtOrBelow(diffs, recoveryGapDays + windowDays) - countBelow(diffs, recoveryGapDays - windowDays)) / diffs.length;
}

/** A pair of guns at one holder passes "one dealer, or bought within `windowDays`" (0: one dealer only). */
export function boughtTogether(a: { dealer: string; sold?: number }, b: { dealer: string; sold?: number }, windowDays: number): boolean {
  if (a.dealer === b.dealer) return true;
  return windowDays > 0 && a.sold !== undefined && b.sold !== undefined && Math.abs(a.sold - b.sold) <= windowDays;
}

/** The chance that a pair passes "one dealer or within W": dealer share d and timing share t taken as independent. */
export const eitherShare = (sameDealer: number, within: number) => sameDealer + within - sameDealer * within;
