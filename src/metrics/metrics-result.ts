import type { MetricScope } from './metric-cells.compute.js';
import type { MetricSummary } from './metric-summary.js';

/** One measure of an agency against one group of peers (the API's PeerComparison). */
export interface PeerRow {
  group: string;
  peers: number;
  /** A LeagueMeasure (league.compute.ts). */
  measure: string;
  value: number | null;
  peerMedian: number | null;
  betterThanShare: number | null;
}

/** The measures of one scope, key and period as the services return them. */
export interface MetricsResult {
  scope: MetricScope;
  key: string;
  name: string | null;
  state: string | null;
  /** The agency's ATF field division (the division itself for FIELD_DIVISION). */
  division: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The stored period answered from ('ALL', 'YYYY', 'YYYY-MM'), or 'YYYY-MM..YYYY-MM' for a merged range. */
  period: string;
  computedAt: string | null;
  summary: MetricSummary;
  /** An agency over a stored period: its peer comparison, stored by the same run (empty otherwise). */
  peers: PeerRow[];
}
