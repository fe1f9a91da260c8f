import { analysisMeta } from '../db/analysis-meta.js';
import { contentHash } from '../db/content-hash.js';
import { cypher, type Statement } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta } from '../db/gateway.js';
import type { PageRow } from '../pagination/connection.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { AgencyRow, FirearmCasingRow, LeadRow, MetricCellRow, MetricInputs, MetricScope, RecoveryRow, SceneCasingRow } from './metric-cells.compute.js';

const agencies = cypher('metrics/agencies');
const sceneCasings = cypher('metrics/scene-casings');
const firearmCasings = cypher('metrics/firearm-casings');
const recoveries = cypher('metrics/recoveries');
const leads = cypher('metrics/leads');
const storeCells = cypher('metrics/store-cells');
const cellHashes = cypher('metrics/cell-hashes');
const touchCells = cypher('metrics/touch-cells');
const deleteStale = cypher('metrics/delete-stale-cells');
const cellById = cypher('metrics/cell-by-id');
const leaguePage = cypher('metrics/league-page');
const leagueCount = cypher('metrics/league-count');
const monthCells = cypher('metrics/month-cells');

const meta = analysisMeta('agency-metrics');
/**
 * Cells per UNWIND batch when storing (month cells carry their accumulators). All batches are one
 * transaction; each statement is a round trip that waits for the event loop, so few and large.
 */
const STORE_BATCH = 2_000;

/** Everything the metrics and the trace-coverage estimate are computed from (analysis job, once per run). */
export async function readMetricInputs(gateway: Gateway): Promise<MetricInputs> {
  const [a, c, f, r, l] = await Promise.all([
    gateway.read<AgencyRow>(agencies, {}, meta),
    gateway.read<SceneCasingRow>(sceneCasings, {}, meta),
    gateway.read<FirearmCasingRow>(firearmCasings, {}, meta),
    gateway.read<RecoveryRow>(recoveries, {}, meta),
    gateway.read<LeadRow>(leads, {}, meta),
  ]);
  return { agencies: a, casings: c, firearmCasings: f, recoveries: r, leads: l };
}

/** Cell ids per statement when only their computedAt is touched. */
const TOUCH_BATCH = 5_000;

/**
 * Stores this run's cells and removes the previous run's in one write transaction (readers see one
 * run or the other). A cell whose content hash equals the stored one is only marked as this run's
 * (its summary and accumulators, most of the bytes, are not written again): after an import most
 * cells (every closed month of every agency the import did not touch) are unchanged.
 */
export async function storeMetricCells(gateway: Gateway, cells: MetricCellRow[], computedAt: string): Promise<{ written: number; unchanged: number }> {
  const stored = new Map((await gateway.read<{ id: string; hash: string | null }>(cellHashes, {}, meta)).map((r) => [r.id, r.hash]));
  const changed: Array<MetricCellRow & { contentHash: string }> = [];
  const unchanged: string[] = [];
  for (const cell of cells) {
    const hash = contentHash(cell);
    if (stored.get(cell.id) === hash) unchanged.push(cell.id);
    else changed.push({ ...cell, contentHash: hash });
  }
  const steps: Array<{ statement: Statement; params: Record<string, unknown> }> = [];
  for (let i = 0; i < changed.length; i += STORE_BATCH) steps.push({ statement: storeCells, params: { rows: changed.slice(i, i + STORE_BATCH), computedAt } });
  for (let i = 0; i < unchanged.length; i += TOUCH_BATCH)
    steps.push({ statement: touchCells, params: { ids: unchanged.slice(i, i + TOUCH_BATCH), computedAt } });
  steps.push({ statement: deleteStale, params: { computedAt } });
  await gateway.writeAll(steps, meta);
  return { written: changed.length, unchanged: unchanged.length };
}

/** A stored cell as queries read it. */
export interface StoredCell {
  id: string;
  scope: MetricScope;
  key: string;
  period: string;
  name: string | null;
  state: string | null;
  division: string | null;
  latitude: number | null;
  longitude: number | null;
  summary: string;
  acc: string | null;
  computedAt: string;
  computedAtMs: number;
  /** Stored periods of an agency: its peer comparison (JSON), written by the same run. */
  peers: string | null;
}

export const readCells = (gateway: Gateway, ids: string[], withAcc: boolean, m: QueryMeta) => gateway.read<StoredCell>(cellById, { ids, withAcc }, m);

export interface LeagueFilter {
  scope: MetricScope;
  period: string;
  state: string | null;
  division: string | null;
  /** The stored rank property of the measure (rankProperty). */
  rank: string;
}

/** A keyset page of a league table in stored rank order. */
export const readLeaguePage = (gateway: Gateway, req: PageRequest, filter: LeagueFilter, m: QueryMeta) =>
  gateway.read<PageRow<StoredCell>>(leaguePage, { ...pageParams(req), ...filter }, m);

export const countLeague = async (gateway: Gateway, filter: Omit<LeagueFilter, 'rank'>, m: QueryMeta) =>
  (await gateway.read<{ total: number }>(leagueCount, filter, m))[0]?.total ?? 0;

/** Month cells in order; with `withAcc`, the accumulators of every cell whose version (id@computedAtMs) is not in `cached`. */
export const readMonthCells = (
  gateway: Gateway,
  scope: MetricScope,
  key: string,
  range: { from: string; to: string },
  acc: { withAcc: boolean; cached: string[] },
  m: QueryMeta,
) => gateway.read<StoredCell>(monthCells, { scope, key, ...range, ...acc }, m);
