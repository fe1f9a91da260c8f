import { appendTo } from './multimap.js';

/**
 * The purchase event, the unit every repeat-buying rule counts: one buyer's purchases **at one
 * licensee** within `gapDays` of the event's first purchase (7 in config/risk-weights.json, about
 * five business days: two or more handguns sold to one person by one licensee within any five
 * consecutive business days make one multiple-sale report, 27 CFR 478.126a). A multiple sale is one
 * event, not repeat buying; guns from separate events are (ATF, *Following the Gun*, 2000). An
 * event never spans more than that window: a buyer back at the counter every few days for weeks
 * makes one report after another, and is buying again and again (chained, 13 handguns over 87
 * days read as one event and their buyer as no repeat buyer at all). Purchases at different
 * licensees are separate events however close in time: each store sees one sale and files no
 * report, which is why straw buyers spread a spree over several stores (ATF, *Following the Gun*;
 * NFCTA vol. III). Defined once here so that the purchaser's evidence, the one-event rule and a
 * group's evidence cannot disagree about it.
 * The one-event rule asks something else (were these guns one spree?) and chains instead (`SPREE`):
 * purchases each within the gap of the previous one are one spree, over the buyer's whole purchase
 * record, since recovered guns days apart must not split a spree the record shows unbroken. The
 * counts cut the straw guns' own sales in report windows: chaining there would let a buyer who
 * bought every week for a year have one event, and hide repeat buying.
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

/** How far one event reaches: the report window from its first purchase, or a spree of purchases each within the gap of the previous one. */
export type EventSpan = 'REPORT_WINDOW' | 'SPREE';

/**
 * One buyer's sales grouped into purchase events: per licensee, sorted by day, a sale more than
 * `gapDays` after the event's first purchase (`SPREE`: after the previous purchase) starts a new
 * event. Events come out by first day, then licensee. Pure: the input is not changed.
 */
export function purchaseEventsOf<T extends CounterSale>(sales: readonly T[], gapDays: number, span: EventSpan = 'REPORT_WINDOW'): PurchaseEvent<T>[] {
  const byCounter = new Map<string, Array<{ item: T; day: number }>>();
  for (const item of sales) appendTo(byCounter, item.dealerLicense, { item, day: dayNumber(item.soldOn) });
  const events: Array<{ counter: string; event: PurchaseEvent<T> }> = [];
  for (const [counter, list] of byCounter) {
    let current: PurchaseEvent<T> | null = null;
    for (const { item, day } of list.sort((a, b) => a.day - b.day)) {
      if (!current || day - (span === 'SPREE' ? current.lastDay : current.firstDay) > gapDays) {
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
