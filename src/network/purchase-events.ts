/**
 * The purchase event, the unit every repeat-buying rule counts: one buyer's purchases belong to
 * one event while each follows the previous by at most `gapDays` (7 in config/risk-weights.json,
 * about five business days: the window in which two or more handguns sold to one person make one
 * multiple-sale report, 27 CFR 478.126a). A multiple sale is one event, not repeat buying; guns
 * from separate events are (ATF, *Following the Gun*, 2000). Defined once here so that the
 * purchaser's evidence, the one-event rule and a group's evidence cannot disagree about it.
 * What is cut differs on purpose: the repeat-buying counts cut the straw guns' own sale days (are
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

/**
 * One buyer's items grouped into purchase events: sorted by day, an item more than `gapDays` after
 * the previous one starts a new event (a chain of purchases each within the gap is one event).
 * Pure: the input is not changed.
 */
export function purchaseEventsOf<T>(items: readonly T[], dateOf: (item: T) => string, gapDays: number): PurchaseEvent<T>[] {
  const dated = items.map((item) => ({ item, day: dayNumber(dateOf(item)) })).sort((a, b) => a.day - b.day);
  const events: PurchaseEvent<T>[] = [];
  let current: PurchaseEvent<T> | null = null;
  for (const { item, day } of dated) {
    if (!current || day - current.lastDay > gapDays) {
      current = { firstDay: day, lastDay: day, items: [] };
      events.push(current);
    }
    current.lastDay = day;
    current.items.push(item);
  }
  return events;
}
