import { cypher, type Statement } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta } from '../db/gateway.js';
import type { RiskConfig } from '../risk/risk-config.js';

const indicators = cypher('network/straw-purchase-indicators');
const store = cypher('network/store-straw-purchase-indicators');
const deleteStale = cypher('network/delete-stale-straw-purchase-indicators');

const meta: QueryMeta = { operation: 'analysis:straw-purchase' };
const STORE_BATCH = 2_000;

export interface StrawPurchaseRow {
  personId: string;
  purchases: number;
  multipleSales: number;
  dealersUsed: number;
  gunsRecovered: number;
  recoveredFromOthersShortTtc: number;
  recoveredOutOfState: number;
  shortestTimeToCrimeDays: number | null;
}

export type StrawSignal = 'SHORT_TTC_RECOVERED_FROM_OTHERS' | 'MULTIPLE_SALES' | 'SEVERAL_DEALERS' | 'RECOVERED_OUT_OF_STATE';

/** Dealers a buyer must spread purchases over to count as a signal. */
const SEVERAL_DEALERS = 3;

/**
 * Which straw-purchase signals a purchaser shows, and whether they are flagged: two or more
 * guns recovered from other people within the short time-to-crime window, or one such gun with
 * another signal (NFCTA vol. III: straw purchasers buy repeatedly, often in multiple sales,
 * at several dealers, for people in other states).
 */
export function strawSignals(row: StrawPurchaseRow): { signals: StrawSignal[]; flagged: boolean } {
  const signals: StrawSignal[] = [];
  if (row.recoveredFromOthersShortTtc > 0) signals.push('SHORT_TTC_RECOVERED_FROM_OTHERS');
  if (row.multipleSales > 0) signals.push('MULTIPLE_SALES');
  if (row.dealersUsed >= SEVERAL_DEALERS) signals.push('SEVERAL_DEALERS');
  if (row.recoveredOutOfState > 0) signals.push('RECOVERED_OUT_OF_STATE');
  const flagged = row.recoveredFromOthersShortTtc >= 2 || (row.recoveredFromOthersShortTtc === 1 && signals.length >= 2);
  return { signals, flagged };
}

/** Computes and stores straw-purchase indicators for every purchaser with a signal (no GDS needed). */
export async function runStrawPurchase(gateway: Gateway, computedAt: string, config: RiskConfig): Promise<{ people: number; flagged: number }> {
  const rows = await gateway.read<StrawPurchaseRow>(indicators, { shortDays: config.thresholds.shortTimeToCrimeDays }, meta);
  const enriched = rows.map((r) => ({ ...r, ...strawSignals(r) }));
  const steps: Array<{ statement: Statement; params: Record<string, unknown> }> = [];
  for (let i = 0; i < enriched.length; i += STORE_BATCH) steps.push({ statement: store, params: { rows: enriched.slice(i, i + STORE_BATCH), computedAt } });
  steps.push({ statement: deleteStale, params: { computedAt } });
  await gateway.writeAll(steps, meta);
  return { people: enriched.length, flagged: enriched.filter((r) => r.flagged).length };
}
