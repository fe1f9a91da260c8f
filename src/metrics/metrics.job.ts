import type { Gateway } from '../db/gateway.js';
import { computeMetricCells, type MetricCellRow, type MetricInputs } from './metric-cells.compute.js';
import { withFieldDivisions } from './agency-division.js';
import { addLeagueAndPeers } from './league-precompute.js';
import { readMetricInputs, storeMetricCells } from './metrics.data.js';

/**
 * Agency NIBIN and tracing metrics: reads the evidence once, computes every cell (agency, state,
 * nation x month, year, all) and stores them, so each metrics query reads a handful of stored
 * cells instead of walking the evidence (analysis job, after dealer risk). League places and peer
 * comparisons are stored with them, so no request reads every agency.
 */
export async function runAgencyMetrics(
  gateway: Gateway,
  computedAt: string,
): Promise<{ inputs: MetricInputs; cells: number; stored: { written: number; unchanged: number }; asOf: string; timings: Record<string, number> }> {
  const t0 = Date.now();
  const inputs = await readAgencyMetricInputs(gateway);
  const t1 = Date.now();
  const { cells, asOfMs } = metricCellsOf(inputs);
  const t2 = Date.now();
  const stored = await storeMetricCells(gateway, cells, computedAt);
  return {
    inputs,
    cells: cells.length,
    stored,
    asOf: new Date(asOfMs || Date.parse(computedAt)).toISOString(),
    timings: { read: t1 - t0, compute: t2 - t1, store: Date.now() - t2 },
  };
}

/** The evidence the metrics are computed from, agencies with their ATF field division. */
export async function readAgencyMetricInputs(gateway: Gateway): Promise<MetricInputs> {
  const read = await readMetricInputs(gateway);
  return { ...read, agencies: withFieldDivisions(read.agencies) };
}

/** Every metric cell of `inputs` with its league places and peer comparisons, as stored. */
export function metricCellsOf(inputs: MetricInputs): { cells: MetricCellRow[]; asOfMs: number } {
  const { cells, asOfMs, summaries } = computeMetricCells(inputs);
  addLeagueAndPeers(cells, summaries);
  return { cells, asOfMs };
}
