import { appendTo } from './multimap.js';

/**
 * The purchase event, the unit every repeat-buying rule counts: one buyer's purchases **at one
 * licensee** belong to one event while each follows the previous by at most `gapDays` (7 in
 * config/risk-weights.json, about five business days: the window in which two or more handguns
 * sold to one person by one licensee make one multiple-sale report, 27 CFR 478.126a). A multiple
 * sale is one event, not repeat buying; guns from separate events are (ATF, *Following the Gun*,
 * 2000). Purchases at different licensees are separate events however close in time: each store
 * sees one sale and files no report, which is why straw buyers spread a spree over several
 * stores (ATF, *Following the Gun*; NFCTA vol. III). Chaining across stores let a buyer who
 * visits a new store every few days read as one event, and so as no repeat buyer at all.
 * Defined once here so that the purchaser's evidence, the one-event rule and a group's evidence
 * cannot disagree about it.
 * What is cut differs on purpose: the repeat-buying counts cut the straw guns' own sales (are
 * these guns from separate visits?), while the one-event rule cuts the buyer's whole purchase
 * record (were these guns one spree?), since recovered guns days apart must not split a spree
 * the record shows unbroken. The record is not used for the counts: a buyer who bought every
 * week for a year would then have one event, and chaining must not hide repeat buying.
 */

/** Days since 1970-01-01 of an ISO date's calendar date (a time or offset after the date is ignored). */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

export interface PurchaseEvent<T> {
  /** Day number of the event's first purchase. */
  firstDay: number;
  /** Day number of its last purchase. */
  lastDay: number;
  /** The items bought in it, in order of day (items of one day keep their input order). */
  items: T[];
}

/** A purchase as the events see it: the day and the licensee that sold it. */
export interface CounterSale {
  soldOn: string;
  dealerLicense: string;
}

/**
 * One buyer's sales grouped into purchase events: per licensee, sorted by day, a sale more than
 * `gapDays` after the previous one at the same licensee starts a new event (a chain of purchases
 * each within the gap is one event). Events come out by first day, then licensee. Pure: the input
 * is not changed.
 */
export function purchaseEventsOf<T extends CounterSale>(sales: readonly T[], gapDays: number): PurchaseEvent<T>[] {
  const byCounter = new Map<string, Array<{ item: T; day: number }>>();
  for (const item of sales) appendTo(byCounter, item.dealerLicense, { item, day: dayNumber(item.soldOn) });
  const events: Array<{ counter: string; event: PurchaseEvent<T> }> = [];
  for (const [counter, list] of byCounter) {
    let current: PurchaseEvent<T> | null = null;
    for (const { item, day } of list.sort((a, b) => a.day - b.day)) {
      if (!current || day - current.lastDay > gapDays) {
        current = { firstDay: day, lastDay: day, items: [] };
        events.push({ counter, event: current });
      }
      current.lastDay = day;
      current.items.push(item);
    }
  }
  events.sort((a, b) => a.event.firstDay - b.event.firstDay || (a.counter < b.counter ? -1 : a.counter > b.counter ? 1 : 0));
  return events.map((e) => e.event);
}
