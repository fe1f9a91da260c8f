import { DayProfile } from './dealer-sales.js';
import { dayNumber } from './purchase-events.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';

/** Each dealer's straw-evidence buyers and the day of each one's first straw-evidence purchase there. */
export function buyerDaysByDealer(evidence: Map<string, PurchaserEvidence>): Map<string, Map<string, number>> {
  const byDealer = new Map<string, Map<string, number>>();
  for (const e of evidence.values()) {
    for (const g of e.strawGuns) {
      const m = byDealer.get(g.dealerLicense) ?? new Map<string, number>();
      const d = dayNumber(g.soldOn);
      if (!m.has(e.personId) || d < m.get(e.personId)!) m.set(e.personId, d);
      byDealer.set(g.dealerLicense, m);
    }
  }
  return byDealer;
}

/**
 * The common time profile of straw-evidence buyers (each one's first straw-evidence day at each
 * dealer): how the counter scan, hub campaigns, campaign buyers and counter ties time chance.
 */
export function buyerDayProfile(byDealer: Map<string, Map<string, number>>): DayProfile {
  return new DayProfile([...byDealer.values()].flatMap((m) => [...m.values()]).sort((a, b) => a - b));
}
