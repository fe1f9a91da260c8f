import { daysBetween } from '../common/days.js';
import { timeToCrimeIndicator } from '../model/time-to-crime-indicator.enum.js';
import type { TraceChainRow } from './firearm.data.js';
import type { TraceChain } from './trace-chain.type.js';

/** The chain with its computed indicators; the sale carries its dealer and purchaser for Sale's fields. */
export function toTraceChain(row: TraceChainRow): TraceChain {
  const soldOn = row.sale?.soldOn ?? null;
  const firstRecovery = row.recoveries[0] ?? null;
  // ATF: time-to-crime runs from the first retail sale to the recovery.
  const ttc = daysBetween(soldOn, firstRecovery?.recoveredOn);
  return {
    firearm: row.firearm,
    manufacturer: row.manufacturer,
    dealer: row.dealer,
    sale: row.sale ? { ...row.sale, _ctx: { dealer: row.dealer, purchaser: row.purchaser, firearm: row.firearm } } : null,
    purchaser: row.purchaser,
    recoveries: row.recoveries,
    timeToCrimeDays: ttc,
    timeToCrimeIndicator: timeToCrimeIndicator(ttc),
    firstShootingAt: row.firstShootingAt,
    timeToFirstShootingDays: daysBetween(soldOn, row.firstShootingAt),
  } as TraceChain;
}
