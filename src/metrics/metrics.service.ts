import { divisionAt } from '../model/division-at.js';
import type { Gateway, QueryMeta } from '../db/gateway.js';

/** Where a read goes: the request's gateway and metadata (a RequestContext is one). */
export interface Db {
  gateway: Gateway;
  meta: QueryMeta;
}
import { cellCache, cellVersion } from './cell-cache.js';
import { emptyAcc, mergeAcc, type MetricAcc } from './metric-acc.js';
import { cellId, type MetricScope } from './metric-cells.compute.js';
import { summarize, type MetricSummary } from './metric-summary.js';
import { readCells, readMonthCells, type StoredCell } from './metrics.data.js';
import type { MetricsResult, PeerRow } from './metrics-result.js';

/** A period: whole data (no bounds), or calendar months from..to inclusive (YYYY-MM). */
export interface MonthRange {
  from: string | null;
  to: string | null;
}

export type { MetricsResult } from './metrics-result.js';

const FIRST_MONTH = '0000-01';
const LAST_MONTH = '9999-12';

/** The single stored cell that answers a range exactly, when there is one. */
export function storedPeriod(range: MonthRange): string | null {
  if (!range.from && !range.to) return 'ALL';
  if (range.from && range.to && range.from === range.to) return range.from;
  if (range.from && range.to && range.from.endsWith('-01') && range.to.endsWith('-12') && range.from.slice(0, 4) === range.to.slice(0, 4))
    return range.from.slice(0, 4);
  return null;
}

export function fromCell(cell: StoredCell, period: string): MetricsResult {
  return {
    scope: cell.scope,
    key: cell.key,
    name: cell.name,
    state: cell.state,
    division: cell.division ?? null,
    latitude: cell.latitude,
    longitude: cell.longitude,
    period,
    computedAt: cell.computedAt,
    summary: JSON.parse(cell.summary) as MetricSummary,
    peers: cell.peers ? (JSON.parse(cell.peers) as PeerRow[]) : [],
  };
}

/**
 * No data for the period: every count 0 and every share, median and delay null ("no data", not
 * "did nothing"), computedAt null. The scope's name, state and division come from its all-data
 * cell when there is one, so a report of an empty period still names the agency and compares it
 * with its own state (DOJ-IG Frontline: feedback to each department).
 */
async function empty({ gateway, meta }: Db, scope: MetricScope, key: string, period: string): Promise<MetricsResult> {
  const [all] = period === 'ALL' ? [] : await readCells(gateway, [cellId(scope, key, 'ALL')], false, meta);
  const known = all ? fromCell(all, period) : null;
  return {
    scope,
    key,
    name: known?.name ?? null,
    state: known?.state ?? null,
    division: known?.division ?? null,
    latitude: known?.latitude ?? null,
    longitude: known?.longitude ?? null,
    period,
    computedAt: null,
    summary: summarize(emptyAcc()),
    peers: [],
  };
}

/**
 * The measures of one agency, state or the nation over a period. A stored period (all data, a
 * year, a month) is one indexed read; any other range of months merges the month cells'
 * accumulators, so medians and shares stay exact (never an average of medians).
 */
export async function metricsFor(db: Db, scope: MetricScope, key: string, range: MonthRange): Promise<MetricsResult> {
  const { gateway, meta } = db;
  const stored = storedPeriod(range);
  if (stored) {
    const [cell] = await readCells(gateway, [cellId(scope, key, stored)], false, meta);
    return cell ? fromCell(cell, stored) : empty(db, scope, key, stored);
  }
  const period = `${range.from ?? ''}..${range.to ?? ''}`;
  const span = { from: range.from ?? FIRST_MONTH, to: range.to ?? LAST_MONTH };
  const cached = cellCache.versionsOf(`${scope}:${key}:`);
  const cells = await readMonthCells(gateway, scope, key, span, { withAcc: true, cached }, meta);
  if (!cells.length) return empty(db, scope, key, period);
  const versions = cells.map((c) => cellVersion(c.id, c.computedAtMs));
  const head = { ...fromCell({ ...cells[0]!, summary: '{}', peers: null }, period), peers: [] };
  const hit = cellCache.range(versions);
  if (hit) return { ...head, summary: hit };
  const accs = await monthAccs(gateway, meta, cells, versions);
  const summary = summarize(mergeSorted(accs));
  cellCache.putRange(versions, summary);
  return { ...head, summary };
}

/** The cells' accumulators: sent by the statement, else parsed earlier, else (evicted meanwhile) read again. */
async function monthAccs(gateway: Db['gateway'], meta: Db['meta'], cells: StoredCell[], versions: string[]): Promise<MetricAcc[]> {
  const accs = cells.map((c, i) => {
    if (c.acc === null) return cellCache.acc(versions[i]!);
    const acc = JSON.parse(c.acc) as MetricAcc;
    cellCache.putAcc(versions[i]!, acc);
    return acc;
  });
  const missing = cells.filter((_, i) => !accs[i]).map((c) => c.id);
  if (missing.length) {
    const again = new Map((await readCells(gateway, missing, true, meta)).map((c) => [c.id, JSON.parse(c.acc!) as MetricAcc]));
    cells.forEach((c, i) => (accs[i] ??= again.get(c.id) ?? emptyAcc()));
  }
  return accs as MetricAcc[];
}

/**
 * Merges month accumulators and sorts every delay list once: the order statistics in
 * `summarize` then sort already-sorted arrays (linear), and no measure depends on the order.
 */
function mergeSorted(accs: MetricAcc[]): MetricAcc {
  const merged = accs.reduce<MetricAcc>((a, c) => mergeAcc(a, c), emptyAcc());
  for (const v of Object.values(merged)) if (Array.isArray(v) && typeof v[0] === 'number') (v as number[]).sort((x, y) => x - y);
  return merged;
}

/** Month by month (stored summaries), for trends. */
export async function monthlyMetrics({ gateway, meta }: Db, scope: MetricScope, key: string, range: MonthRange): Promise<MetricsResult[]> {
  const span = { from: range.from ?? FIRST_MONTH, to: range.to ?? LAST_MONTH };
  const cells = await readMonthCells(gateway, scope, key, span, { withAcc: false, cached: [] }, meta);
  return cells.map((c) => fromCell(c, c.period));
}

/**
 * An agency with no cell at all (on record, no evidence yet): its name and state from its own
 * record, and the division of its state (in a split state, the county is unknown without scenes).
 */
export function withAgencyRecord(r: MetricsResult, agency: { name: string; state: string }): MetricsResult {
  if (r.name !== null || r.state !== null) return r;
  return { ...r, name: agency.name, state: agency.state, division: divisionAt(agency.state, null, null) };
}
