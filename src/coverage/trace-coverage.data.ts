import { analysisMeta } from '../db/analysis-meta.js';
import { cypher } from '../db/cypher.registry.js';
import type { Gateway } from '../db/gateway.js';
import type { PageRow } from '../pagination/connection.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { DealerRisk } from '../risk/dealer-risk.type.js';
import type { Db } from '../metrics/metrics.service.js';

const page = cypher('coverage/under-observed-page');
const count = cypher('coverage/under-observed-count');
const storeCoverage = cypher('coverage/store-dealer-coverage');
/** Rows per store statement: one transaction for the whole run, in bounded statements. */
const STORE_BATCH = 1000;

export interface UnderObservedFilter {
  minPercentile: number;
  state: string | null;
}

/** A keyset page of under-observed dealers in rank order. */
export const underObservedPage = ({ gateway, meta }: Db, req: PageRequest, filters: UnderObservedFilter) =>
  gateway.read<PageRow<DealerRisk>>(page, { ...pageParams(req), ...filters }, meta);

export const countUnderObserved = async ({ gateway, meta }: Db, filters: UnderObservedFilter) =>
  (await gateway.read<{ total: number }>(count, { ...filters }, meta))[0]?.total ?? 0;

/** Stores each dealer's coverage estimate and score interval (the analysis job's trace-coverage step), in one transaction. */
export async function storeDealerCoverage(gateway: Gateway, rows: readonly object[]): Promise<void> {
  const steps = [];
  for (let i = 0; i < rows.length; i += STORE_BATCH) steps.push({ statement: storeCoverage, params: { rows: rows.slice(i, i + STORE_BATCH) } });
  await gateway.writeAll(steps, analysisMeta('trace-coverage'));
}
