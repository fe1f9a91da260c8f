import { cypher } from '../db/cypher.registry.js';
import type { PageRow } from '../pagination/connection.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { DealerRisk } from '../risk/dealer-risk.type.js';
import type { Db } from '../metrics/metrics.service.js';

const page = cypher('coverage/under-observed-page');
const count = cypher('coverage/under-observed-count');

export interface UnderObservedFilter {
  minPercentile: number;
  state: string | null;
}

/** A keyset page of under-observed dealers in rank order. */
export const underObservedPage = ({ gateway, meta }: Db, req: PageRequest, filters: UnderObservedFilter) =>
  gateway.read<PageRow<DealerRisk>>(page, { ...pageParams(req), ...filters }, meta);

export const countUnderObserved = async ({ gateway, meta }: Db, filters: UnderObservedFilter) =>
  (await gateway.read<{ total: number }>(count, { ...filters }, meta))[0]?.total ?? 0;
