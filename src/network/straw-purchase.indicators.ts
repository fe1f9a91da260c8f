import { loadRiskConfig } from '../risk/risk-config.js';
import type { RequestContext } from '../core/context.js';
import type { StrawPurchaseIndicators } from './network.type.js';
import { strawPurchaseCounts, type StrawPurchaseCounts } from './network.data.js';

const shortDays = loadRiskConfig().thresholds.shortTimeToCrimeDays;

export type StrawSignal = 'SHORT_TTC_RECOVERED_FROM_OTHERS' | 'MULTIPLE_SALES' | 'SEVERAL_DEALERS' | 'RECOVERED_OUT_OF_STATE';

type Counts = StrawPurchaseCounts;

/** Dealers a buyer must spread purchases over to count as a signal. */
const SEVERAL_DEALERS = 3;

/**
 * Which straw-purchase signals a purchaser shows, and whether they are flagged: two or more
 * guns recovered from other people within the short time-to-crime window, or one such gun with
 * another signal (NFCTA vol. III: straw purchasers buy repeatedly, often in multiple sales,
 * at several dealers, for people in other states).
 */
export function strawSignals(c: Counts): { signals: StrawSignal[]; flagged: boolean } {
  const signals: StrawSignal[] = [];
  if (c.recoveredFromOthersShortTtc > 0) signals.push('SHORT_TTC_RECOVERED_FROM_OTHERS');
  if (c.multipleSales > 0) signals.push('MULTIPLE_SALES');
  if (c.dealersUsed >= SEVERAL_DEALERS) signals.push('SEVERAL_DEALERS');
  if (c.recoveredOutOfState > 0) signals.push('RECOVERED_OUT_OF_STATE');
  const flagged = c.recoveredFromOthersShortTtc >= 2 || (c.recoveredFromOthersShortTtc === 1 && signals.length >= 2);
  return { signals, flagged };
}

/**
 * A person's straw-purchase indicators, from their own purchases at request time (a handful of
 * records per person, read through the Person.id constraint, batched per request): always
 * current, and no stored copy for 100 000 purchasers to keep in step.
 */
export async function strawPurchaseIndicators(ctx: RequestContext, personId: string): Promise<StrawPurchaseIndicators | null> {
  const counts = await strawPurchaseCounts(ctx, shortDays).load(personId);
  return counts ? { ...counts, ...strawSignals(counts) } : null;
}
