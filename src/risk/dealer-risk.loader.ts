import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../server/context.js';
import { indicatorDefinition, type RiskIndicatorKey } from './risk-indicator.catalog.js';
import type { DealerRisk, RiskIndicator } from './dealer-risk.type.js';

const byLicense = cypher('risk/dealer-risk-by-license');
const indicators = cypher('risk/dealer-indicators');

/** Stored risk of dealers by license: one statement for every dealer of a request. */
export const dealerRiskByLicense = (ctx: RequestContext) => keyedLoader<DealerRisk | null>(ctx, 'risk.byLicense', byLicense, null);

type StoredIndicator = Omit<RiskIndicator, 'label' | 'rule' | 'source' | 'kind'> & { key: RiskIndicatorKey };

/** The indicator breakdown of dealers, with label, rule and source from the catalogue. */
export async function indicatorsOf(ctx: RequestContext, license: string): Promise<RiskIndicator[]> {
  const stored = await keyedLoader<StoredIndicator[]>(ctx, 'risk.indicators', indicators, []).load(license);
  return stored.map((i) => {
    const def = indicatorDefinition(i.key);
    return { ...i, label: def.label, rule: def.rule, source: def.source, kind: def.kind };
  });
}
