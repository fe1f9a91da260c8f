import type { MetricSummary } from './metric-summary.js';
import type { MetricsResult, PeerRow } from './metrics-result.js';

/** Measures an agency can be ranked or compared on; `better` says which direction is good. */
export const LEAGUE_MEASURES = {
  CASING_ENTRY_SHARE: { label: 'share of recovered casings entered', better: 'HIGH', value: (s: MetricSummary) => s.nibin.casingEntryShare },
  TEST_FIRE_SHARE: { label: 'share of recovered guns test-fired', better: 'HIGH', value: (s: MetricSummary) => s.nibin.testFireShare },
  MEDIAN_ENTRY_HOURS: { label: 'median hours recovery to entry', better: 'LOW', value: (s: MetricSummary) => s.timeliness.medianHours },
  WITHIN_24H_SHARE: { label: 'share entered within 24 hours', better: 'HIGH', value: (s: MetricSummary) => s.timeliness.within24hShare },
  TRACED_SHARE: { label: 'share of recovered guns traced', better: 'HIGH', value: (s: MetricSummary) => s.tracing.tracedShare },
  MEDIAN_TRACE_REQUEST_DAYS: { label: 'median days recovery to trace request', better: 'LOW', value: (s: MetricSummary) => s.tracing.medianRequestDelayDays },
  // The cost of late entry counts only entered casings (docs/metrics.md): an agency that entered none
  // has no measured cost, not a cost of 0, and must not rank with the agencies that enter on time.
  LATE_ENTRY_SHOOTINGS: {
    label: 'shootings linkable earlier',
    better: 'LOW',
    value: (s: MetricSummary) => (s.timeliness.entered > 0 ? s.lateEntry.shootingsLinkableEarlier : null),
  },
} as const;
export type LeagueMeasure = keyof typeof LEAGUE_MEASURES;
export type { PeerRow } from './metrics-result.js';

/**
 * Agencies best first on one measure; agencies without a value (nothing entered, nothing
 * recovered) go last, then by ORI, so the order is total and stable across pages.
 */
export function leagueOrder(rows: readonly MetricsResult[], measure: LeagueMeasure): MetricsResult[] {
  const m = LEAGUE_MEASURES[measure];
  const sign = m.better === 'HIGH' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = m.value(a.summary);
    const vb = m.value(b.summary);
    if (va === null || vb === null) return va === vb ? a.key.localeCompare(b.key) : va === null ? 1 : -1;
    return sign * (va - vb) || a.key.localeCompare(b.key);
  });
}

/** The agency against its peers on one measure: peer median and the share of peers it does better than. */
export function comparePeers(self: MetricsResult, peers: readonly MetricsResult[], measure: LeagueMeasure, group: string): PeerRow {
  const m = LEAGUE_MEASURES[measure];
  const value = m.value(self.summary);
  const values = peers
    .filter((p) => p.key !== self.key)
    .map((p) => m.value(p.summary))
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const mid = values.length >> 1;
  const peerMedian = values.length ? (values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2) : null;
  const better = value === null || !values.length ? null : values.filter((v) => (m.better === 'HIGH' ? value > v : value < v)).length / values.length;
  return {
    group,
    peers: values.length,
    measure,
    value,
    peerMedian: peerMedian === null ? null : Math.round(peerMedian * 10_000) / 10_000,
    betterThanShare: better === null ? null : Math.round(better * 10_000) / 10_000,
  };
}
