import type { DealerCoverage } from './trace-coverage.compute.js';
import { UNDER_OBSERVED_COVERAGE, UNDER_OBSERVED_MIN_GUNS } from './trace-coverage.compute.js';

/** Planted per-dealer truth (seeds/agency-truth.ts): all recovered crime guns, traced or not. */
export interface DealerTruth {
  license: string;
  recoveredCrimeGuns: number;
  resolvedTraces: number;
}

export interface CoverageQuality {
  /** Dealers truly under-observed: true coverage below 0.5 on at least 10 recovered crime guns. */
  truePositives: number;
  flagged: number;
  actual: number;
  precision: number;
  recall: number;
  /** Share of dealers (with >= 10 true crime guns and a trace) whose 95% interval holds the true count. */
  intervalHitRate: number;
  /** Sum of estimated crime guns over sum of true, over dealers with a resolved trace. */
  totalRatio: number;
}

/** The estimator against the planted truth, with the same fixed definition of under-observed on both sides. */
export function coverageQuality(estimates: readonly DealerCoverage[], truth: readonly DealerTruth[]): CoverageQuality {
  const est = new Map(estimates.map((e) => [e.license, e]));
  const actualSet = new Set(
    truth
      .filter((t) => t.recoveredCrimeGuns >= UNDER_OBSERVED_MIN_GUNS && t.resolvedTraces / t.recoveredCrimeGuns < UNDER_OBSERVED_COVERAGE)
      .map((t) => t.license),
  );
  const flaggedSet = new Set(estimates.filter((e) => e.underObserved).map((e) => e.license));
  const tp = [...flaggedSet].filter((l) => actualSet.has(l)).length;
  const big = truth.filter((t) => t.recoveredCrimeGuns >= UNDER_OBSERVED_MIN_GUNS && est.has(t.license));
  const hits = big.filter(
    (t) => est.get(t.license)!.estimatedCrimeGunsLow <= t.recoveredCrimeGuns && t.recoveredCrimeGuns <= est.get(t.license)!.estimatedCrimeGunsHigh,
  ).length;
  const seen = truth.filter((t) => est.has(t.license));
  const sumEst = seen.reduce((a, t) => a + est.get(t.license)!.estimatedCrimeGuns, 0);
  const sumTrue = seen.reduce((a, t) => a + t.recoveredCrimeGuns, 0);
  return {
    truePositives: tp,
    flagged: flaggedSet.size,
    actual: actualSet.size,
    precision: flaggedSet.size ? tp / flaggedSet.size : 1,
    recall: actualSet.size ? tp / actualSet.size : 1,
    intervalHitRate: big.length ? hits / big.length : 1,
    totalRatio: sumTrue ? sumEst / sumTrue : 1,
  };
}
