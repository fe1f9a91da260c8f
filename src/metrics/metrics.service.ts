import type { Gateway, QueryMeta } from '../db/gateway.js';

/** Where a read goes: the request's gateway and metadata (a RequestContext is one). */
export interface Db {
  gateway: Gateway;
  meta: QueryMeta;
}
import { emptyAcc, mergeAcc, type MetricAcc } from './metric-acc.js';
import { cellId, type MetricScope } from './metric-cells.compute.js';
import { summarize, type MetricSummary } from './metric-summary.js';
import { readCells, readMonthCells, readScopeCells, type StoredCell } from './metrics.data.js';

/** A period: whole data (no bounds), or calendar months from..to inclusive (YYYY-MM). */
export interface MonthRange {
  from: string | null;
  to: string | null;
}

export interface MetricsResult {
  scope: MetricScope;
  key: string;
  name: string | null;
  state: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The stored period answered from ('ALL', 'YYYY', 'YYYY-MM'), or 'YYYY-MM..YYYY-MM' for a merged range. */
  period: string;
  computedAt: string | null;
  summary: MetricSummary;
}

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

function fromCell(cell: StoredCell, period: string): MetricsResult {
  return {
    scope: cell.scope,
    key: cell.key,
    name: cell.name,
    state: cell.state,
    latitude: cell.latitude,
    longitude: cell.longitude,
    period,
    computedAt: cell.computedAt,
    summary: JSON.parse(cell.summary) as MetricSummary,
  };
}

const empty = (scope: MetricScope, key: string, period: string): MetricsResult => ({
  scope,
  key,
  name: null,
  state: null,
  latitude: null,
  longitude: null,
  period,
  computedAt: null,
  summary: summarize(emptyAcc()),
});

/**
 * The measures of one agency, state or the nation over a period. A stored period (all data, a
 * year, a month) is one indexed read; any other range of months merges the month cells'
 * accumulators, so medians and shares stay exact (never an average of medians).
 */
export async function metricsFor({ gateway, meta }: Db, scope: MetricScope, key: string, range: MonthRange): Promise<MetricsResult> {
  const stored = storedPeriod(range);
  if (stored) {
    const [cell] = await readCells(gateway, [cellId(scope, key, stored)], false, meta);
    return cell ? fromCell(cell, stored) : empty(scope, key, stored);
  }
  const from = range.from ?? FIRST_MONTH;
  const to = range.to ?? LAST_MONTH;
  const cells = await readMonthCells(gateway, scope, key, from, to, true, meta);
  const period = `${range.from ?? ''}..${range.to ?? ''}`;
  if (!cells.length) return empty(scope, key, period);
  const acc = cells.reduce<MetricAcc>((a, c) => mergeAcc(a, JSON.parse(c.acc!) as MetricAcc), emptyAcc());
  return { ...fromCell(cells[0]!, period), summary: summarize(acc) };
}

/** Month by month (stored summaries), for trends. */
export async function monthlyMetrics({ gateway, meta }: Db, scope: MetricScope, key: string, range: MonthRange): Promise<MetricsResult[]> {
  const cells = await readMonthCells(gateway, scope, key, range.from ?? FIRST_MONTH, range.to ?? LAST_MONTH, false, meta);
  return cells.map((c) => fromCell(c, c.period));
}

/** Every agency (optionally of one state) for a stored period: league table and peers. */
export async function agencyCells({ gateway, meta }: Db, period: string, state: string | null, scope: MetricScope = 'AGENCY'): Promise<MetricsResult[]> {
  return (await readScopeCells(gateway, scope, period, state, meta)).map((c) => fromCell(c, period));
}
