import type { RecoveryRow } from '../metrics/metric-cells.compute.js';
import { shrinkCoverage } from './coverage-shrinkage.js';

/**
 * Trace coverage: the share of a dealer's recovered crime guns that were traced. A dealer's trace
 * counts depend on whether the agencies that recover its guns trace them (DOJ-IG, Frontline: in
 * one division about 15% of departments traced, "leaving huge holes" in what ATF knows about
 * high-risk dealers), so a dealer whose guns are recovered by agencies that rarely trace looks
 * quieter than it is.
 *
 * Estimator (Horvitz-Thompson, inverse probability of being traced): each traced gun resolved to
 * the dealer stands for 1 / r_a recovered guns, where r_a is the recovering agency's trace rate
 * (its traced recoveries / its recoveries, both observed in the graph). Then
 *   N^ = sum 1/r_a (estimated recovered crime guns), coverage^ = T / N^ (T = traced guns),
 *   Var(N^) = sum (1 - r_a) / r_a^2, and a 95% interval N^ +/- 1.96 sd (never below T).
 * Assumptions: within an agency, whether a gun is traced does not depend on who sold it (missing
 * at random given the agency); the agency's rate over the whole data applies to each of its
 * recoveries; a dealer whose guns are recovered only by agencies that never trace is invisible
 * (no trace to weight), so the estimate is a lower bound of the holes.
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
 * Each agency's observed routine trace rate: traced recoveries / recoveries, leaving out the guns
 * of reported trafficking networks (`investigated`): those were traced because an investigation
 * asked for them (ATF trafficking investigations trace every gun), not by the agency's routine.
 */
export function agencyTraceRates(recoveries: readonly RecoveryRow[], investigated: ReadonlySet<string> = new Set()): Map<string, number> {
  const n = new Map<string, [number, number]>();
  for (const r of recoveries) {
    if (r.firearmId !== null && investigated.has(r.firearmId)) continue;
    const t = n.get(r.ori) ?? [0, 0];
    t[0] += r.traces.some((x) => x.requestedMs !== null) ? 1 : 0;
    t[1] += 1;
    n.set(r.ori, t);
  }
  return new Map([...n].map(([ori, [traced, all]]) => [ori, traced / all]));
}

/**
 * Trace traffic from investigations breaks the missing-at-random assumption: a network's guns are
 * traced whatever the agency's routine, so weighting them by 1/r_a would invent dozens of unseen
 * guns per traced one. They count as observed with certainty (weight 1, no variance).
 */
export function estimateCoverage(recoveries: readonly RecoveryRow[], investigated: ReadonlySet<string> = new Set()): DealerCoverage[] {
  const rates = agencyTraceRates(recoveries, investigated);
  const by = new Map<string, { t: number; n: number; v: number }>();
  for (const r of recoveries) {
    const license = r.traces.find((t) => t.license)?.license;
    if (!license) continue;
    const rate = r.firearmId !== null && investigated.has(r.firearmId) ? 1 : (rates.get(r.ori) ?? 1);
    const e = by.get(license) ?? { t: 0, n: 0, v: 0 };
    e.t += 1;
    e.n += 1 / rate;
    e.v += (1 - rate) / (rate * rate);
    by.set(license, e);
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  // Per-dealer HT coverage is noisy; the reported coverage and the flag use its empirical-Bayes
  // posterior (src/coverage/coverage-shrinkage.ts), the crime-gun count stays HT (unbiased in total).
  const shrunk = shrinkCoverage([...by].map(([license, e]) => ({ license, traced: e.t, estimated: e.n, variance: e.v })));
  return [...by].map(([license, { t, n, v }]) => {
    const sd = Math.sqrt(v);
    const low = Math.max(t, n - Z95 * sd);
    const high = n + Z95 * sd;
    const post = shrunk.get(license)!;
    const coverage = post.coverage;
    return {
      license,
      tracedGuns: t,
      estimatedCrimeGuns: r3(n),
      estimatedCrimeGunsLow: r3(low),
      estimatedCrimeGunsHigh: r3(high),
      traceCoverage: r3(coverage),
      traceCoverageLow: r3(Math.max(0, coverage - Z95 * post.sd)),
      traceCoverageHigh: r3(Math.min(1, coverage + Z95 * post.sd)),
      // The dealer's crime guns implied by the posterior coverage, T / coverage.
      underObserved: coverage < UNDER_OBSERVED_COVERAGE && t / coverage >= UNDER_OBSERVED_MIN_GUNS,
    };
  });
}
