import type { Gateway } from '../db/gateway.js';
import type { RecoveryRow } from '../metrics/metric-cells.compute.js';
import type { RiskConfig } from '../risk/risk-config.js';
import { scoreDealers, type ScoredDealer } from '../risk/risk-score.compute.js';
import { estimateCoverage, type DealerCoverage } from './trace-coverage.compute.js';
import { storeDealerCoverage } from './trace-coverage.data.js';

/**
 * Indicators that count traced guns: they grow with coverage, so a dealer seen through agencies
 * that rarely trace shows too little of them. Shares (conduct) of traced guns are kept as they
 * are: under the estimator's assumption the traced guns are a fair sample of the dealer's guns.
 * Sales and NIBIN counts do not depend on tracing.
 */
const TRACE_COUNT_KEYS = new Set([
  'TRACES_PER_YEAR',
  'TRACES_PER_THOUSAND_SALES',
  'TTC_UNDER_3Y',
  'TTC_UNDER_1Y',
  'OBLITERATED_SERIALS',
  'UNANSWERED_TRACE_REQUESTS',
]);

export interface CoverageRow extends Partial<DealerCoverage> {
  license: string;
  scoreIfFullyObserved: number;
  scorePercentile: number;
}

/**
 * The score interval: [observed score, score if fully observed], where the second rescales the
 * dealer's trace-count indicators by 1 / coverage and re-scores everyone against their peers with
 * the same formula (src/risk/risk-score.compute.ts), so the interval moves with the risk formula.
 */
export function coverageRows(scored: readonly ScoredDealer[], coverage: readonly DealerCoverage[], config: RiskConfig): CoverageRow[] {
  const byLicense = new Map(coverage.map((c) => [c.license, c]));
  const adjusted = scoreDealers(
    scored.map((d) => {
      const c = byLicense.get(d.license);
      const factor = c && c.traceCoverage > 0 ? 1 / c.traceCoverage : 1;
      return {
        license: d.license,
        state: d.state,
        licenseType: d.licenseType,
        values: d.indicators.map((i) => ({
          key: i.key,
          detail: i.detail,
          value: i.value !== null && TRACE_COUNT_KEYS.has(i.key) ? i.value * factor : i.value,
        })),
      };
    }),
    config,
  );
  const adjustedBy = new Map(adjusted.map((d) => [d.license, d.score]));
  const sorted = scored.map((d) => d.score).sort((a, b) => a - b);
  const below = (s: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return scored.map((d) => ({
    ...(byLicense.get(d.license) ?? { license: d.license, underObserved: false }),
    // Rounded for display, but never below the observed score (the interval's low end).
    scoreIfFullyObserved: Math.max(d.score, Math.round((adjustedBy.get(d.license) ?? d.score) * 100) / 100),
    scorePercentile: sorted.length > 1 ? Math.round((below(d.score) / (sorted.length - 1)) * 10_000) / 10_000 : 1,
  }));
}

export async function runTraceCoverage(
  gateway: Gateway,
  recoveries: readonly RecoveryRow[],
  scored: readonly ScoredDealer[],
  config: RiskConfig,
  investigated: ReadonlySet<string> = new Set(),
): Promise<{ rows: CoverageRow[]; stored: { written: number; unchanged: number } }> {
  const rows = coverageRows(scored, estimateCoverage(recoveries, investigated), config);
  const stored = await storeDealerCoverage(gateway, rows);
  return { rows, stored };
}
