import { cypher } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta } from '../db/gateway.js';
import type { RiskConfig } from './risk-config.js';
import type { TraceYearRow } from './risk-indicators.compute.js';

/**
 * The dealer-risk job's data access: the raw counts it scores (read over the whole graph) and
 * the one write transaction that replaces the previous run's scores.
 */
const dealerList = cypher('risk/dealer-list');
const dealerSales = cypher('risk/dealer-sales');
const dealerTraces = cypher('risk/dealer-traces');
const dealerNibin = cypher('risk/dealer-nibin');
const traceYearSpan = cypher('risk/trace-year-span');
const storeDealerRisk = cypher('risk/store-dealer-risk');
const deleteStale = cypher('risk/delete-stale-dealer-risk');
const storedHashes = cypher('risk/dealer-risk-hashes');
const touchDealerRisk = cypher('risk/touch-dealer-risk');
const convertLegacy = cypher('risk/convert-legacy-dealer-risk');

/** Dealers per UNWIND batch when storing (each carries its breakdown as one JSON text; few round trips). */
const STORE_BATCH = 1_000;
/** Dealers per statement when only their timestamps are touched. */
const TOUCH_BATCH = 5_000;
/** Legacy-layout dealers converted per transaction (each drops about a hundred properties). */
const CONVERT_BATCH = 250;

/** One dealer's result as stored, with the content hash of everything stored but the run's timestamp. */
export interface DealerRiskStoreRow {
  license: string;
  contentHash: string;
  [field: string]: unknown;
}

export interface DealerRow {
  license: string;
  name: string | null;
  state: string | null;
  licenseType: string | null;
  latitude: number | null;
  longitude: number | null;
}
export interface DealerSalesRow {
  license: string;
  sales: number;
  multipleSales: number;
  /** Sales of guns someone else had reported stolen or lost before the sale (18 U.S.C. 922(j)). */
  stolenBeforeSale: number;
}
export interface DealerNibinRow {
  license: string;
  linkedGuns: number;
  medianDaysToFirstShooting: number | null;
}
export interface TraceYearSpanRow {
  firstYear: number | null;
  lastYear: number | null;
}

/** Thresholds the trace counts are judged by when they are read. */
export interface TraceCountParams {
  asOf: string;
  answerMillis: number;
  shortDays: number;
  veryShortDays: number;
}

/** The trace counts' parameters from the configured thresholds, as of `asOf` (the job, and the benches that read what it reads). */
export const traceCountParams = (t: RiskConfig['thresholds'], asOf: string): TraceCountParams => ({
  asOf,
  answerMillis: t.traceAnswerHours * 3_600_000,
  shortDays: t.shortTimeToCrimeDays,
  veryShortDays: t.veryShortTimeToCrimeDays,
});

/** Every raw count of every FFL the scores are computed from, read at once. */
export async function readDealerRiskInputs(gateway: Gateway, traces: TraceCountParams, meta: QueryMeta) {
  const [dealers, sales, years, nibin, span] = await Promise.all([
    gateway.read<DealerRow>(dealerList, {}, meta),
    gateway.read<DealerSalesRow>(dealerSales, {}, meta),
    gateway.read<TraceYearRow>(dealerTraces, { ...traces }, meta),
    gateway.read<DealerNibinRow>(dealerNibin, {}, meta),
    gateway.read<TraceYearSpanRow>(traceYearSpan, {}, meta),
  ]);
  return { dealers, sales, years, nibin, span: span[0] };
}

/**
 * Stores this run's scores and removes every older one in ONE write transaction, so readers see
 * either the previous run or this one, never a mix. A dealer whose stored content hash equals this
 * run's is only marked as this run's (its breakdown is not written again):
 * after an import, the dealers whose evidence and peers it did not touch keep their results.
 */
/**
 * Converts every DealerRisk node still in the earlier per-property layout to the JSON breakdown,
 * CONVERT_BATCH per transaction (a no-op, one read, once none is left). Returns how many it converted.
 */
export async function convertLegacyDealerRisk(gateway: Gateway, meta: QueryMeta): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await gateway.write<{ converted: number }>(convertLegacy, { batch: CONVERT_BATCH }, meta);
    const converted = Number(row?.converted ?? 0);
    total += converted;
    if (converted < CONVERT_BATCH) return total;
  }
}

export async function storeDealerRiskRun(
  gateway: Gateway,
  rows: DealerRiskStoreRow[],
  computedAt: string,
  meta: QueryMeta,
): Promise<{ written: number; unchanged: number }> {
  await convertLegacyDealerRisk(gateway, meta);
  const stored = new Map((await gateway.read<{ license: string; hash: string | null }>(storedHashes, {}, meta)).map((r) => [r.license, r.hash]));
  const changed = rows.filter((r) => stored.get(r.license) !== r.contentHash);
  const unchanged = rows.filter((r) => stored.get(r.license) === r.contentHash).map((r) => r.license);
  const steps = [];
  for (let i = 0; i < changed.length; i += STORE_BATCH)
    steps.push({ statement: storeDealerRisk, params: { rows: changed.slice(i, i + STORE_BATCH), computedAt } });
  for (let i = 0; i < unchanged.length; i += TOUCH_BATCH)
    steps.push({ statement: touchDealerRisk, params: { licenses: unchanged.slice(i, i + TOUCH_BATCH), computedAt } });
  steps.push({ statement: deleteStale, params: { computedAt } });
  await gateway.writeAll(steps, meta);
  return { written: changed.length, unchanged: unchanged.length };
}
