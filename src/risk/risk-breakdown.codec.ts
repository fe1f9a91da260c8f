import { RISK_INDICATOR_KEYS, type RiskIndicatorKey } from './risk-indicator.catalog.js';
import type { ScoredDealer } from './risk-score.compute.js';

/**
 * A dealer's breakdown is stored on its DealerRisk node as one JSON text property, `breakdown`
 * (one object per indicator, catalogue order), beside `score` and `peerGroup`: one node read gives
 * a page its breakdowns, and a run writes three properties per dealer instead of seven per
 * indicator (a hundred property records each; rewriting them was most of the job's store time).
 * Nodes stored before this layout (`value_<KEY>`, `percentile_<KEY>`, ...) still read back until
 * the next run rewrites them.
 */
const FIELDS = ['value', 'percentile', 'standing', 'peerGroup', 'peerCount', 'weight', 'contribution', 'detail'] as const;

export interface StoredIndicator {
  key: RiskIndicatorKey;
  value: number | null;
  percentile: number;
  /** What the score counted (ScoredIndicator.standing); a breakdown stored before it existed counted the percentile. */
  standing: number;
  peerGroup: string;
  peerCount: number;
  weight: number;
  contribution: number;
  detail: string;
}

/** The properties to SET on the DealerRisk node (score and peer group included). */
export function breakdownProperties(s: ScoredDealer): Record<string, unknown> {
  const breakdown = s.indicators.map((i) => Object.fromEntries([['key', i.key], ...FIELDS.map((f) => [f, i[f] ?? null])]));
  return { score: s.score, peerGroup: s.peerGroup, breakdown: JSON.stringify(breakdown) };
}

/** The breakdown back from a DealerRisk property map, in catalogue order. */
export function breakdownFromProperties(props: Record<string, unknown>): StoredIndicator[] {
  const stored = typeof props.breakdown === 'string' ? (JSON.parse(props.breakdown) as Array<Record<string, unknown>>) : null;
  const byKey = new Map(stored?.map((i) => [i.key, i]));
  return RISK_INDICATOR_KEYS.map((key) => {
    const entry = byKey.get(key);
    // A missing value is "not enough evidence" (null), in either layout.
    const get = (f: (typeof FIELDS)[number]) => (stored ? entry?.[f] : props[`${f}_${key}`]) ?? undefined;
    return {
      key,
      value: typeof get('value') === 'number' ? (get('value') as number) : null,
      percentile: Number(get('percentile') ?? 0),
      standing: Number(get('standing') ?? get('percentile') ?? 0),
      peerGroup: String(get('peerGroup') ?? ''),
      peerCount: Number(get('peerCount') ?? 0),
      weight: Number(get('weight') ?? 0),
      contribution: Number(get('contribution') ?? 0),
      detail: String(get('detail') ?? ''),
    };
  });
}
