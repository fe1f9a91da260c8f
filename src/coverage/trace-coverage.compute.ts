import type { RecoveryRow } from '../metrics/metric-cells.compute.js';
import { estimateByMix } from './coverage-mix.js';

/**
 * Trace coverage: the share of a dealer's recovered crime guns that were traced. A dealer's trace
 * counts depend on whether the agencies that recover its guns trace them (DOJ-IG, Frontline: in
 * one division about 15% of departments traced, "leaving huge holes" in what ATF knows about
 * high-risk dealers), so a dealer whose guns are recovered by agencies that rarely trace looks
 * quieter than it is.
 *
 * The dealer's recovered crime guns are its traced guns plus its share of every agency's untraced
 * guns, from the dealer mix of the agency's state (src/coverage/coverage-mix.ts): coverage = T / N^
 * and a 95% interval N^ +/- 1.96 sd (never below T). Assumptions: within an agency, whether a gun
 * is traced does not depend on who sold it (missing at random given the agency); one rate per
 * agency over the whole data; the guns an agency recovers come from its state's supply, with an
 * agency-level departure estimated from the data; a dealer none of whose guns was ever traced is
 * invisible, so the estimate is a lower bound of the holes. Only a trace tells a recovered gun's
 * dealer: a sale record in the graph arrives with the trace (eTrace returns the purchase record),
 * so the estimator does not read the sale of an untraced gun.
 */
export interface DealerCoverage {
  license: string;
  tracedGuns: number;
  estimatedCrimeGuns: number;
  estimatedCrimeGunsLow: number;
  estimatedCrimeGunsHigh: number;
  traceCoverage: number;
  traceCoverageLow: number;
  traceCoverageHigh: number;
  underObserved: boolean;
}

/** "Under-observed": fewer than half its recovered crime guns traced, on at least 10 estimated crime guns. Fixed by meaning, not fitted. */
export const UNDER_OBSERVED_COVERAGE = 0.5;
export const UNDER_OBSERVED_MIN_GUNS = 10;
const Z95 = 1.96;

/**
 * Guns of reported networks (`investigated`) were traced by an investigation whatever the agency's
 * routine (ATF trafficking investigations trace every gun): they count as observed with certainty
 * and stay out of the agencies' rates and the dealer mix.
 */
export function estimateCoverage(recoveries: readonly RecoveryRow[], investigated: ReadonlySet<string> = new Set()): DealerCoverage[] {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return estimateByMix(recoveries, investigated).map(({ license, traced: t, estimated: n, variance }) => {
    const sd = Math.sqrt(variance);
    const low = Math.max(t, n - Z95 * sd);
    const high = n + Z95 * sd;
    const coverage = n > 0 ? t / n : 1;
    return {
      license,
      tracedGuns: t,
      estimatedCrimeGuns: r3(n),
      estimatedCrimeGunsLow: r3(low),
      estimatedCrimeGunsHigh: r3(high),
      traceCoverage: r3(coverage),
      traceCoverageLow: r3(high > 0 ? t / high : 1),
      traceCoverageHigh: r3(low > 0 ? t / low : 1),
      underObserved: coverage < UNDER_OBSERVED_COVERAGE && n >= UNDER_OBSERVED_MIN_GUNS,
    };
  });
}
