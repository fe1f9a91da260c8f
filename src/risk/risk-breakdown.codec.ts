import { RISK_INDICATOR_KEYS, type RiskIndicatorKey } from './risk-indicator.catalog.js';
import type { ScoredDealer } from './risk-score.compute.js';

/**
 * A dealer's breakdown is stored as properties of its DealerRisk node, one set per indicator
 * (`value_TTC_UNDER_1Y`, `percentile_TTC_UNDER_1Y`, ...): one node write per dealer keeps the
 * job fast at scale M, and one node read gives a page its breakdowns. A missing `value_<KEY>`
 * is a null value (not enough evidence); Neo4j stores no nulls.
 */
const FIELDS = ['value', 'percentile', 'peerGroup', 'peerCount', 'weight', 'contribution', 'detail'] as const;

export interface StoredIndicator {
  key: RiskIndicatorKey;
  value: number | null;
  percentile: number;
  peerGroup: string;
  peerCount: number;
  weight: number;
  contribution: number;
  detail: string;
}

/** The properties to SET on the DealerRisk node (score and peer group included). */
export function breakdownProperties(s: ScoredDealer): Record<string, unknown> {
  const props: Record<string, unknown> = { score: s.score, peerGroup: s.peerGroup };
  for (const i of s.indicators) {
    for (const f of FIELDS) {
      const v = i[f];
      if (v !== null && v !== undefined) props[`${f}_${i.key}`] = v;
    }
  }
  return props;
}

/** The breakdown back from a DealerRisk property map, in catalogue order. */
export function breakdownFromProperties(props: Record<string, unknown>): StoredIndicator[] {
  return RISK_INDICATOR_KEYS.map((key) => {
    const get = (f: (typeof FIELDS)[number]) => props[`${f}_${key}`];
    return {
      key,
      value: typeof get('value') === 'number' ? (get('value') as number) : null,
      percentile: Number(get('percentile') ?? 0),
      peerGroup: String(get('peerGroup') ?? ''),
      peerCount: Number(get('peerCount') ?? 0),
      weight: Number(get('weight') ?? 0),
      contribution: Number(get('contribution') ?? 0),
      detail: String(get('detail') ?? ''),
    };
  });
}
