import { analysisMeta } from '../db/analysis-meta.js';
import { contentHash } from '../db/content-hash.js';
import { cypher } from '../db/cypher.registry.js';
import type { Gateway } from '../db/gateway.js';
import type { PageRow } from '../pagination/connection.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { DealerRisk } from '../risk/dealer-risk.type.js';
import type { Db } from '../metrics/metrics.service.js';

const page = cypher('coverage/under-observed-page');
const count = cypher('coverage/under-observed-count');
const storeCoverage = cypher('coverage/store-dealer-coverage');
const coverageHashes = cypher('coverage/coverage-hashes');
/** Rows per store statement: one transaction for the whole run, in bounded statements. */
const STORE_BATCH = 5_000;

export interface UnderObservedFilter {
  minPercentile: number;
  state: string | null;
  /** ATF field division of the dealer's premises, as ATF writes it. */
  division: string | null;
}

/** A keyset page of under-observed dealers in rank order. */
export const underObservedPage = ({ gateway, meta }: Db, req: PageRequest, filters: UnderObservedFilter) =>
  gateway.read<PageRow<DealerRisk>>(page, { ...pageParams(req), ...filters }, meta);

export const countUnderObserved = async ({ gateway, meta }: Db, filters: UnderObservedFilter) =>
  (await gateway.read<{ total: number }>(count, { ...filters }, meta))[0]?.total ?? 0;

/**
 * Stores each dealer's coverage estimate and score interval (the analysis job's trace-coverage
 * step), in one transaction: only the dealers whose estimate differs from the stored one (by
 * content hash), so a run after a small import writes what it changed.
 */
export async function storeDealerCoverage(gateway: Gateway, rows: ReadonlyArray<{ license: string }>): Promise<{ written: number; unchanged: number }> {
  const meta = analysisMeta('trace-coverage');
  const stored = new Map((await gateway.read<{ license: string; hash: string | null }>(coverageHashes, {}, meta)).map((r) => [r.license, r.hash]));
  const changed = rows.map((r) => ({ ...r, coverageHash: contentHash(r) })).filter((r) => stored.get(r.license) !== r.coverageHash);
  const steps = [];
  for (let i = 0; i < changed.length; i += STORE_BATCH) steps.push({ statement: storeCoverage, params: { rows: changed.slice(i, i + STORE_BATCH) } });
  if (steps.length) await gateway.writeAll(steps, meta);
  return { written: changed.length, unchanged: rows.length - changed.length };
}
