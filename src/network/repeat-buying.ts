import { eventsAtLevel, MAX_BUYER_TIE_LEVEL, windowsOf, type BuyerTieCalibration } from './buyer-null.js';
import { purchaseEventsOf, type CounterSale } from './purchase-events.js';
import type { EvidenceSettings, RecoveredPurchase, StrawGun } from './trafficking.types.js';

/**
 * The counts that flag a purchaser alone for repeat buying (trafficking.evidence.ts) and the level
 * the data holds them to (buyer-null.ts).
 */

/**
 * Whether straw-evidence guns are enough on their own: `minGuns` or more, or at least two that
 * were all recovered within the very short (1-year) window, ATF's strongest time-to-crime signal.
 */
export function enoughGuns(guns: number, veryShort: number, minGuns: number): boolean {
  return guns >= minGuns || (guns >= 2 && veryShort === guns);
}

/** Purchase events of one buyer's sales (`purchaseEventsOf`: per licensee, the multiple-sale window, 27 CFR 478.126a). */
export function purchaseEvents(sales: readonly CounterSale[], gapDays: number): number {
  return purchaseEventsOf(sales, gapDays).length;
}

/**
 * Flagged alone for repeat buying, on counts: straw guns from `prolificMinPurchaseEvents` separate
 * events and enough of them (`enoughGuns`), or with the crime guns no record places anywhere
 * (`prolificCountsUnplacedGuns`), `prolificMinGuns` from as many events.
 */
export function repeatBuying(straw: StrawGun[], counted: RecoveredPurchase[], s: EvidenceSettings, minEvents = s.prolificMinPurchaseEvents): boolean {
  const strawEvents = purchaseEvents(straw, s.purchaseEventGapDays);
  const crimeEvents = purchaseEvents([...straw, ...counted], s.purchaseEventGapDays);
  const veryShort = straw.filter((g) => g.veryShort).length;
  return (
    (strawEvents >= minEvents && enoughGuns(straw.length, veryShort, s.prolificMinGuns)) ||
    (straw.length > 0 && crimeEvents >= minEvents && straw.length + counted.length >= s.prolificMinGuns)
  );
}

/** Whether counts still flag the buyer at the level repeat buying is held to in this data (buyer-null.ts). */
export function heldByLevel(personId: string, straw: StrawGun[], counted: RecoveredPurchase[], s: EvidenceSettings, ties: BuyerTieCalibration): boolean {
  if (ties.level === 0) return true;
  if (ties.level >= MAX_BUYER_TIE_LEVEL || ties.controlled.has(personId)) return false;
  if (ties.level === 1) return true;
  const guns: Array<{ gun: RecoveredPurchase; straw: StrawGun | null }> = [
    ...straw.map((g) => ({ gun: g, straw: g })),
    ...counted.map((g) => ({ gun: g, straw: null })),
  ];
  return windowsOf(guns, (g) => g.gun.soldOn, ties.windowDays).some((w) =>
    repeatBuying(
      w.flatMap((g) => (g.straw ? [g.straw] : [])),
      w.filter((g) => !g.straw).map((g) => g.gun),
      s,
      // Levels 3 to 5: one, two or three purchase events more than the counts ask.
      eventsAtLevel(ties, ties.level),
    ),
  );
}
