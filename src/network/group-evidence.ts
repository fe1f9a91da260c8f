import type { RiskConfig } from '../risk/risk-config.js';
import type { DealerSales } from './dealer-sales.js';
import type { HolderTieCalibration } from './holder-null.js';
import { purchaseEventsOf } from './purchase-events.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';

/** The network rules' settings (config/risk-weights.json `networks`) and the time-to-crime indicator they use. */
export type Settings = RiskConfig['networks'] & {
  shortTimeToCrimeDays: number;
  /** How much receiver ties are worth in this run's data (holder-null.ts); absent: every receiver tie counts. */
  holderTies?: HolderTieCalibration;
  /** The same for receiving households, measured with the residence as the holder. */
  householdTies?: HolderTieCalibration;
  /** Every dealer's recorded sales by month (dealer-sales.ts), the counter scan's population at risk; absent: the common time profile alone. */
  dealerSales?: DealerSales;
};

/** The network rules' settings as the analysis job builds them from the config (the benches and tests too). */
export function networkSettingsOf(config: RiskConfig) {
  const t = config.thresholds;
  return { ...config.networks, shortTimeToCrimeDays: t.shortTimeToCrimeDays, veryShortTimeToCrimeDays: t.veryShortTimeToCrimeDays };
}

/** Start days of each purchaser's straw purchase events (`purchaseEventsOf`), all buyers together, sorted. */
function eventDays(buyers: PurchaserEvidence[], gapDays: number): number[] {
  return buyers.flatMap((b) => purchaseEventsOf(b.strawGuns, gapDays).map((e) => e.firstDay)).sort((x, y) => x - y);
}

/** Most events inside any window of `windowDays` (two pointers over sorted days). */
export function maxEventsInWindow(days: number[], windowDays: number): number {
  let best = 0;
  for (let i = 0, j = 0; j < days.length; j++) {
    while (days[j]! - days[i]! > windowDays) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

/**
 * A group of purchasers tied by hubs is reported when its guns together carry enough evidence:
 * straw-evidence guns from `minNetworkPurchaseEvents` separate purchase events (a multiple sale
 * is one event: repeated diversions, not one bulk purchase; ATF, Following the Gun) falling
 * within one `schemeWindowDays` window (a scheme's purchases cluster in time; acquaintances who
 * each lost a gun years apart do not), and `minVeryShortGuns` of the guns recovered within 1
 * year (the strong time-to-crime indicator; for groups tied by a record, `recordedTieMinVeryShortGuns`).
 * `tie.broker`: a broker or recruiter on record ties the group (`brokerOneStoreStrongIndicator`).
 * `tie.recruiterRecord`: that broker is on record with more gun buyers in one scheme window than
 * the pair (recruiter-records.ts, `recruiterRecords`).
 */
export function groupEvidence(
  buyers: PurchaserEvidence[],
  veryShort: number,
  s: Settings,
  tie: { sharedReceiver?: boolean; recordedTie?: boolean; broker?: boolean; recruiterRecord?: boolean } = {},
): boolean {
  const sharedReceiver = tie.sharedReceiver ?? false;
  // A group tied by a record (a broker or recruiter on record, a receiver holding several buyers'
  // guns, an association) needs ATF's 3-year indicator on every gun; one tied only by timing at a
  // counter also needs the 1-year one: a burst of long time-to-crime guns at one store is what a
  // dealer's own conduct produces (dealer risk), not evidence of one crew.
  const minVeryShort = tie.recordedTie ? (s.recordedTieMinVeryShortGuns ?? s.minVeryShortGuns) : s.minVeryShortGuns;
  if (veryShort < minVeryShort) return false;
  const guns = buyers.flatMap((b) => b.strawGuns);
  // Guns of two or more purchasers meeting in one person's hands are evidence in themselves
  // (a receiver hub, NFCTA vol. III), which chance acquaintance is not: fewer events suffice.
  let needed = sharedReceiver ? Math.min(s.receiverMinPurchaseEvents, s.minNetworkPurchaseEvents) : s.minNetworkPurchaseEvents;
  // A purchaser alone is flagged on two purchase events whose guns were all recovered within 1
  // year (enoughGuns in trafficking.evidence.ts); buyers a broker or recruiter on record sends to
  // one store are held to no more than that (ATF, Following the Gun, 2000: recruiters use the same
  // few stores). Without the record or the one store, three events are still needed.
  const oneStore = new Set(guns.map((g) => g.dealerLicense)).size === 1;
  if (tie.broker && s.brokerOneStoreStrongIndicator && oneStore && veryShort === guns.length) needed = Math.min(needed, s.prolificMinPurchaseEvents);
  // A recruiter's record (recruiter-records.ts: the broker is on record with gun buyers beyond the
  // pair, inside one scheme window) ties the buyers as a receiver holding their guns does: the
  // record of who sent them is the evidence, so they are held to what one purchaser is (two
  // purchase events; ATF, Following the Gun, 2000: recruited straw purchasers buy once each).
  if (tie.recruiterRecord && s.recruiterRecords) needed = Math.min(needed, s.prolificMinPurchaseEvents);
  return maxEventsInWindow(eventDays(buyers, s.purchaseEventGapDays), s.schemeWindowDays) >= needed;
}
