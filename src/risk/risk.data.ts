import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { PageRequest } from '../pagination/page-args.js';
import { nestedPage } from '../pagination/page.loader.js';
import { pagedList } from '../pagination/paged-list.js';
import { breakdownFromProperties } from './risk-breakdown.codec.js';
import { indicatorDefinition } from './risk-indicator.catalog.js';
import type { DealerRisk, RiskEvidence, RiskIndicator } from './dealer-risk.type.js';

const byLicense = cypher('risk/dealer-risk-by-license');
const list = { page: cypher('risk/high-risk-dealers-page'), count: cypher('risk/high-risk-dealers-count') };
const evidence = cypher('risk/dealer-evidence');
const subgraph = cypher('risk/dealer-subgraph');

type Props = Record<string, unknown>;
/** A dealer's neighbourhood as dealer-subgraph.cypher returns it (one row, or none for an unknown license). */
export interface SubgraphRow {
  dealer: Props;
  sales: Array<{ sale: Props; gun: Props; purchaser: Props | null }>;
  recoveries: Array<{ recovery: Props; gunId: string; scene: Props | null; possessor: Props | null }>;
  otherSales: Array<{ purchaserId: string; sale: Props; dealer: Props; gun: Props | null }>;
  totalSales: number;
  /** Guns traced to the dealer that it has no sale record of (off-book sales show here). */
  unrecorded: Array<{ trace: Props; recovery: Props; gun: Props; possessor: Props | null }>;
}

export interface DealerRiskFilters {
  state: string | null;
  licenseType: string | null;
  from: string | null;
  to: string | null;
}

export const dealerRiskPage = (ctx: RequestContext, req: PageRequest, filters: DealerRiskFilters) => pagedList<DealerRisk>(ctx, req, list, { ...filters });

/** The traces behind a dealer's score; `params` carries the indicator flag and the thresholds it is judged by. */
export const dealerEvidence = (ctx: RequestContext, license: string, req: PageRequest, params: Record<string, unknown>) =>
  nestedPage<RiskEvidence>(ctx, 'risk.evidence', evidence, license, req, params);

/** Stored risk of dealers by license: one statement for every dealer of a request. */
export const dealerRiskByLicense = (ctx: RequestContext) => keyedLoader<DealerRisk | null>(ctx, 'risk.byLicense', byLicense, null);

/** The indicator breakdown of a stored DealerRisk (its node properties), with label, rule and source from the catalogue. */
export function indicatorsOf(risk: DealerRisk): RiskIndicator[] {
  return breakdownFromProperties(risk as unknown as Record<string, unknown>).map((i) => {
    const def = indicatorDefinition(i.key);
    return { ...i, label: def.label, rule: def.rule, source: def.source, kind: def.kind };
  });
}

/** The dealer-risk subgraph's records around one dealer, bounded by `params` (dealer-subgraph.cypher). */
export async function readDealerSubgraph(
  ctx: RequestContext,
  params: { license: string; depth: number; maxSales: number; maxRecoveries: number; maxOtherSales: number },
): Promise<SubgraphRow | undefined> {
  const [row] = await ctx.gateway.read<SubgraphRow>(subgraph, params, ctx.meta);
  return row;
}
