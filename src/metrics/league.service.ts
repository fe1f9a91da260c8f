import { toConnection } from '../pagination/connection.js';
import type { PageRequest } from '../pagination/page-args.js';
import type { LeagueMeasure } from './league.compute.js';
import { rankProperty } from './league-precompute.js';
import type { MetricScope } from './metric-cells.compute.js';
import { countLeague, readLeaguePage } from './metrics.data.js';
import type { MetricsResult } from './metrics-result.js';
import { fromCell, type Db } from './metrics.service.js';

/**
 * One page of a league table (agencies, states or field divisions of a stored period) in
 * the order the analysis job stored for the measure, optionally within one state or field
 * division; only the page's cells are read.
 */
export async function leaguePage<T>(
  { gateway, meta }: Db,
  req: PageRequest,
  filter: { scope: MetricScope; period: string; state: string | null; division: string | null },
  measure: LeagueMeasure,
  to: (r: MetricsResult) => T,
) {
  const rows = req.first === 0 ? [] : await readLeaguePage(gateway, req, { ...filter, rank: rankProperty(measure) }, meta);
  const page = rows.map((r) => ({ ...r, node: to(fromCell(r.node, filter.period)) }));
  return toConnection(req, page, () => countLeague(gateway, filter, meta));
}
