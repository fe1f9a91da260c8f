import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import { breakdownFromProperties } from './risk-breakdown.codec.js';
import { indicatorDefinition } from './risk-indicator.catalog.js';
import type { DealerRisk, RiskIndicator } from './dealer-risk.type.js';

const byLicense = cypher('risk/dealer-risk-by-license');

/** Stored risk of dealers by license: one statement for every dealer of a request. */
export const dealerRiskByLicense = (ctx: RequestContext) => keyedLoader<DealerRisk | null>(ctx, 'risk.byLicense', byLicense, null);

/** The indicator breakdown of a stored DealerRisk (its node properties), with label, rule and source from the catalogue. */
export function indicatorsOf(risk: DealerRisk): RiskIndicator[] {
  return breakdownFromProperties(risk as unknown as Record<string, unknown>).map((i) => {
    const def = indicatorDefinition(i.key);
    return { ...i, label: def.label, rule: def.rule, source: def.source, kind: def.kind };
  });
}
