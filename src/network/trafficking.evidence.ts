import { buyerTieCalibration, describeBuyerTieLevel, type BuyerGun, type BuyerTieCalibration } from './buyer-null.js';
import { appendTo } from './multimap.js';
import { purchaseEventsOf, type CounterSale } from './purchase-events.js';
import { heldByLevel, purchaseEvents, repeatBuying } from './repeat-buying.js';
import { residenceKey } from './residence-key.js';
import { seizedTogether } from './seizures.js';
import { repeatedTheftClaimants } from './theft-standing.js';
import type { EvidenceSettings, Purchase, PurchaserEvidence, RecoveredPurchase, StrawGun } from './trafficking.types.js';

export { enoughGuns, purchaseEvents } from './repeat-buying.js';
export type { EvidenceSettings, Purchase, PurchaserEvidence, RecoveredPurchase, StrawGun } from './trafficking.types.js';

/**
 * Evidence of straw purchasing per gun and per purchaser, from documented indicators only:
 * - time-to-crime (sale to recovery) under 3 years is a trafficking indicator and under 1 year
 *   a strong one (ATF, Following the Gun, 2000; NFCTA vol. II);
 * - the gun recovered from someone other than its buyer (possessor ≠ purchaser), or out of state
 *   with no possessor known;
 * - out-of-state recovery as a signal, never a requirement (most trafficking is in-state, NFCTA vol. III);
 * - multiple-sale reports (27 CFR 478.126a), repeat purchases, several dealers;
 * - a reported theft after the sale takes the gun out of the straw evidence: it left its buyer by theft.
 */
/** Whether a recovered gun counts as straw evidence against its buyer, and why not when it does not. */
export function strawGun(row: RecoveredPurchase, s: EvidenceSettings): StrawGun | null {
  if (row.reportedStolen) return null;
  if (row.timeToCrimeDays < 0 || row.timeToCrimeDays > s.shortTimeToCrimeDays) return null;
  const outOfState = row.recoveredState !== null && row.dealerState !== null && row.recoveredState !== row.dealerState;
  const diverted = row.possessorId !== null ? row.possessorId !== row.purchaserId : outOfState || row.seized === true;
  if (!diverted) return null;
  return { ...row, veryShort: row.timeToCrimeDays < s.veryShortTimeToCrimeDays, outOfState };
}

/** A crime gun soon after sale that no record places in anyone's hands: in the state of sale, no possessor recorded, not reported stolen. */
export function unplacedCrimeGun(row: RecoveredPurchase, s: EvidenceSettings): boolean {
  return !row.reportedStolen && row.possessorId === null && row.timeToCrimeDays >= 0 && row.timeToCrimeDays <= s.shortTimeToCrimeDays;
}

/**
 * The other person who holds guns from two or more of the buyer's separate purchase events:
 * buying again and again for the same person is the straw purchase itself (ATF, Following the
 * Gun, 2000), unlike one gun that left its buyer once. A holder in the buyer's own household is
 * left out, as in the one-event rule and receiving households: guns a parent bought turning up
 * with the children at home are the family's guns, not purchases for another (the lawful family
 * look-alike of ATF's straw-purchase indicators).
 */
export function repeatedHolder(straw: StrawGun[], gapDays: number): { id: string; events: number } | null {
  const byHolder = new Map<string, StrawGun[]>();
  for (const g of straw) if (g.possessorId && !sameHousehold(g)) appendTo(byHolder, g.possessorId, g);
  let best: { id: string; events: number } | null = null;
  for (const [id, guns] of byHolder) {
    const events = purchaseEvents(guns, gapDays);
    if (events >= 2 && (!best || events > best.events || (events === best.events && id < best.id))) best = { id, events };
  }
  return best;
}

/** The gun was recovered from someone recorded at its buyer's own residence (a family's guns at home, not a purchase for another). */
export function sameHousehold(g: Pick<RecoveredPurchase, 'purchaserResidence' | 'possessorResidence'>): boolean {
  const home = residenceKey(g.purchaserResidence);
  return home !== null && residenceKey(g.possessorResidence) === home;
}

/**
 * The most guns of one purchase event recovered within 1 year, each from a different person
 * outside the buyer's household (`singleEventMinGuns`), and how many days that event spans. The
 * events are the buyer's sprees on record (`purchases`, with the guns' own sales; purchases at one
 * store each within the gap of the previous one, `SPREE`), not the recovered guns alone: what the
 * buyer did at the counter is one spree (27 CFR 478.126a counts purchases), and the guns that
 * happened to be recovered must not split it.
 */
export function oneEventReach(
  straw: StrawGun[],
  gapDays: number,
  purchases: readonly CounterSale[] = [],
): { strangers: number; spanDays: number; sameHolder: { id: string; guns: number; spanDays: number } | null } {
  const guns = straw.filter((g) => g.veryShort && g.possessorId !== null && !sameHousehold(g));
  const events = purchaseEventsOf<CounterSale & { holder?: string }>(
    [
      ...purchases.map(({ soldOn, dealerLicense }) => ({ soldOn, dealerLicense })),
      ...guns.map((g) => ({ soldOn: g.soldOn, dealerLicense: g.dealerLicense, holder: g.possessorId! })),
    ],
    gapDays,
    'SPREE',
  );
  let best = { strangers: 0, spanDays: 0 };
  let sameHolder: { id: string; guns: number; spanDays: number } | null = null;
  for (const event of events) {
    const perHolder = new Map<string, number>();
    for (const i of event.items) if (i.holder) perHolder.set(i.holder, (perHolder.get(i.holder) ?? 0) + 1);
    if (perHolder.size > best.strangers) best = { strangers: perHolder.size, spanDays: event.lastDay - event.firstDay };
    for (const [id, guns] of perHolder)
      if (!sameHolder || guns > sameHolder.guns || (guns === sameHolder.guns && id < sameHolder.id))
        sameHolder = { id, guns, spanDays: event.lastDay - event.firstDay };
  }
  return { ...best, sameHolder };
}

/** A spree longer than one report window is several purchase events to the counts: say spree, not event. */
const spreeOf = (spanDays: number, gapDays: number) =>
  spanDays > gapDays ? `one buying spree at one store (${spanDays} days, each purchase within ${gapDays} days of the last)` : 'one purchase event';

/**
 * Per-purchaser evidence for everyone with at least one straw-evidence gun or a stolen-excluded one.
 * `onBuyerTies` receives the level flags for repeat buying were held to (buyer-null.ts).
 */
export function purchaserEvidence(
  rows: RecoveredPurchase[],
  purchases: Purchase[],
  s: EvidenceSettings,
  onBuyerTies?: (c: BuyerTieCalibration) => void,
): Map<string, PurchaserEvidence> {
  const firstRecovery = new Map<string, RecoveredPurchase>();
  for (const r of rows) {
    const prev = firstRecovery.get(r.firearmId);
    if (!prev || r.recoveredOn < prev.recoveredOn) firstRecovery.set(r.firearmId, r);
  }
  const claimants = repeatedTheftClaimants([...firstRecovery.values()], s.repeatedTheftIncidents ?? 0);
  const seized =
    (s.seizureMinPurchasers ?? 0) > 0 ? seizedTogether([...firstRecovery.values()], s.shortTimeToCrimeDays, s.seizureMinPurchasers!) : new Set<string>();
  const byBuyer = new Map<string, { straw: StrawGun[]; stolen: number; unplaced: RecoveredPurchase[] }>();
  const classified: BuyerGun[] = [];
  for (const found of firstRecovery.values()) {
    const claimed = found.reportedStolen && claimants.has(found.purchaserId) ? { ...found, reportedStolen: false, repeatedTheftClaim: true } : found;
    const r = seized.has(found.firearmId) ? { ...claimed, seized: true } : claimed;
    const g = strawGun(r, s);
    const unplaced = !g && unplacedCrimeGun(r, s);
    if (!unplaced)
      classified.push({
        buyer: r.purchaserId,
        state: r.dealerState ?? r.purchaserState ?? '',
        soldOn: r.soldOn,
        dealerLicense: r.dealerLicense,
        straw: g !== null,
      });
    if (!g && !r.reportedStolen && !unplaced) continue;
    const e = byBuyer.get(r.purchaserId) ?? { straw: [], stolen: 0, unplaced: [] };
    if (g) e.straw.push(g);
    else if (unplaced) e.unplaced.push(r);
    else e.stolen += 1;
    byBuyer.set(r.purchaserId, e);
  }
  const ties = buyerTieCalibration(
    classified,
    s.repeatBuyerFalseDiscoveryRate ?? 0,
    s.purchaseEventGapDays,
    s.schemeWindowDays ?? 365,
    s.prolificMinPurchaseEvents,
  );
  onBuyerTies?.(ties);
  const purchasesBy = new Map<string, Purchase[]>();
  for (const p of purchases) appendTo(purchasesBy, p.purchaserId, p);
  const out = new Map<string, PurchaserEvidence>();
  for (const [personId, { straw, stolen, unplaced }] of byBuyer) {
    if (straw.length === 0 && stolen === 0) continue;
    const own = purchasesBy.get(personId) ?? [];
    const veryShortGuns = straw.filter((g) => g.veryShort).length;
    const outOfStateGuns = straw.filter((g) => g.outOfState).length;
    const strawEvents = purchaseEvents(straw, s.purchaseEventGapDays);
    const events = purchaseEvents(own, s.purchaseEventGapDays);
    const dealers = new Set(own.map((p) => p.dealerLicense)).size;
    const multipleSales = own.filter((p) => p.multipleSale).length;
    const possessors = new Set(straw.map((g) => g.possessorId).filter((x): x is string => x !== null)).size;
    const repeatHolder = repeatedHolder(straw, s.purchaseEventGapDays);
    const counted = s.prolificCountsUnplacedGuns && straw.length > 0 ? unplaced : [];
    const crimeEvents = counted.length ? purchaseEvents([...straw, ...counted], s.purchaseEventGapDays) : strawEvents;
    const reach = oneEventReach(straw, s.purchaseEventGapDays, own);
    const oneEventStrangers = reach.strangers;
    const oneEvent = (s.singleEventMinGuns ?? 0) > 0 && oneEventStrangers >= s.singleEventMinGuns!;
    const handedOver = (s.singleEventSameHolderMinGuns ?? 0) > 0 && (reach.sameHolder?.guns ?? 0) >= s.singleEventSameHolderMinGuns! ? reach.sameHolder : null;
    const spree = spreeOf(reach.spanDays, s.purchaseEventGapDays);
    const byCounts = repeatBuying(straw, counted, s);
    const heldCounts = byCounts && heldByLevel(personId, straw, counted, s, ties);
    const prolific = oneEvent || handedOver !== null || (strawEvents >= s.prolificMinPurchaseEvents && repeatHolder !== null) || heldCounts;
    const evidence: string[] = [];
    if (straw.length) {
      // A straw gun with no possessor on record counts as found out of the state of sale or seized
      // with other buyers' guns (strawGun): the sentence must not say it was taken from someone.
      const unheld = straw.filter((g) => g.possessorId === null).length;
      evidence.push(
        unheld === 0
          ? `${straw.length} gun(s) recovered from someone else within ${s.shortTimeToCrimeDays} days of sale (${veryShortGuns} within ${s.veryShortTimeToCrimeDays} days)`
          : `${straw.length} gun(s) recovered within ${s.shortTimeToCrimeDays} days of sale (${veryShortGuns} within ${s.veryShortTimeToCrimeDays} days): ` +
              `${straw.length > unheld ? `${straw.length - unheld} from someone else, ` : ''}${unheld} with no possessor recorded (out of the state of sale, or seized with other buyers' guns)`,
      );
    }
    if (strawEvents >= 2) evidence.push(`those guns bought in ${strawEvents} separate purchase events (repeat buying)`);
    if (possessors >= 2) evidence.push(`recovered from ${possessors} different people`);
    if (repeatHolder) evidence.push(`guns from ${repeatHolder.events} separate purchases recovered from the same person (${repeatHolder.id})`);
    if (oneEvent)
      evidence.push(
        `${oneEventStrangers} guns of ${spree} recovered within ${s.veryShortTimeToCrimeDays} days from ${oneEventStrangers} different people outside the buyer's household`,
      );
    if (handedOver)
      evidence.push(
        `${handedOver.guns} guns of ${spreeOf(handedOver.spanDays, s.purchaseEventGapDays)} recovered within ${s.veryShortTimeToCrimeDays} days from the same person outside the buyer's household (${handedOver.id})`,
      );
    if (counted.length)
      evidence.push(
        `${counted.length} more recovered in crime in the state of sale within ${s.shortTimeToCrimeDays} days of sale with no possessor recorded, none reported stolen (${straw.length + counted.length} crime guns from ${crimeEvents} purchase events)`,
      );
    if (byCounts && ties.level > 0) evidence.push(describeBuyerTieLevel(ties, !prolific));
    const seizedUnnamed = straw.filter((g) => g.seized && g.possessorId === null && !g.outOfState).length;
    if (seizedUnnamed)
      evidence.push(
        `${seizedUnnamed} gun(s) with nobody named as holder seized at one place on one day with guns bought by other people, most of them new guns, not at the buyer's recorded residence`,
      );
    if (outOfStateGuns) evidence.push(`${outOfStateGuns} recovered outside the state of sale`);
    if (multipleSales) evidence.push(`${multipleSales} purchase(s) reported as multiple sales`);
    if (dealers >= 2) evidence.push(`bought from ${dealers} dealers`);
    if (stolen) evidence.push(`${stolen} gun(s) not counted: reported stolen after the sale`);
    const lateClaims = straw.filter((g) => g.reportedStolenAfterRecovery).length;
    if (lateClaims) evidence.push(`${lateClaims} gun(s) counted although reported stolen: the report was filed only after police recovered the gun`);
    const repeatClaims = straw.filter((g) => g.repeatedTheftClaim).length;
    if (repeatClaims)
      evidence.push(
        `${repeatClaims} gun(s) counted although reported stolen: the buyer reported thefts on ${claimants.get(personId)} different days, and the guns then turned up in crime`,
      );
    const score =
      straw.length +
      veryShortGuns +
      0.5 * Math.min(2, strawEvents - 1 > 0 ? strawEvents - 1 : 0) +
      0.25 * Math.min(2, outOfStateGuns) +
      0.25 * Math.min(2, multipleSales);
    out.set(personId, {
      personId,
      strawGuns: straw,
      veryShortGuns,
      outOfStateGuns,
      stolenExcluded: stolen,
      unplacedGuns: unplaced.map((g) => g.firearmId),
      purchases: own.length,
      purchaseEvents: events,
      strawEvents,
      dealers,
      multipleSales,
      possessors,
      prolific,
      score: Math.round(score * 100) / 100,
      evidence,
    });
  }
  return out;
}
