import { chanceLevel } from './chance-level.js';
import { appendTo } from './multimap.js';
import { dayNumber, purchaseEventsOf } from './purchase-events.js';

/**
 * How much repeat buying is worth in this data, measured on guns that cannot be straw evidence.
 *
 * A purchaser is flagged alone (prolific) when guns from two or more of his purchase events were
 * diverted soon after sale (ATF, Following the Gun, 2000: repeat buying for others is the straw
 * purchase). That reads right only if lawful buyers rarely have two such guns by chance. Where
 * people buy again and again (collectors, shooters, a household's buyer) and a share of all guns
 * sold reaches crime, a lawful repeat buyer collects diverted guns by chance as well, and his other
 * crime guns show it: guns recovered more than 3 years after the sale, from the buyer himself, or
 * reported stolen ("control" guns, as in holder-null.ts).
 *
 * The null: a buyer's recovered purchase events are a random draw from those of his state of
 * purchase, each a straw event with probability q, the state's share. A chance buyer of k events
 * then shows no control event with probability q^k, so each buyer seen with one stands for
 * q^k / (1 − q^k) unseen all-straw ones (an empirical null, Efron 2004; Benjamini and Hochberg
 * 1995). Counted in buyers (the people a flag names) with straw guns from two or more events: when
 * those chance explains are more than `alpha` of those found (or more than one in the run), flags
 * for repeat buying are held to a level:
 * - 1: a buyer with a control event is not flagged alone on counts (a repeat buyer whose guns reach
 *   crime at the common rate);
 * - 2: moreover the counts must fall inside one scheme window (trafficking schemes buy over months,
 *   ATF, Following the Gun, 2000); a chance buyer's events do so as often as the state's straw
 *   events do (at most C(k, r) times the state's share of r-subsets inside one window);
 * - 3 to 5: moreover from one, two or three purchase events more than the counts ask (chance makes
 *   fewer all-straw triples than pairs, and so on);
 * - 6: counts flag nobody alone.
 * Evidence other than counts (several guns of one event in strangers' hands, one person holding guns
 * of several events) is not held. A data set in which nobody buys twice outside trafficking has no
 * control event at a repeat buyer and keeps every flag.
 */

/** One recovered gun of a buyer, as the calibration reads it: straw evidence or a control gun. */
export interface BuyerGun {
  buyer: string;
  /** The state of purchase (the dealer's): buying is local. */
  state: string;
  soldOn: string;
  /** The licensee that sold it: purchase events are per licensee (purchase-events.ts). */
  dealerLicense: string;
  straw: boolean;
}

export interface BuyerTieCalibration {
  /** 0: every flag; 1: none for a buyer with a control event; 2: moreover counts inside one window; 3 to 5: from one, two, three events more; 6: none on counts. */
  level: number;
  /** Buyers with two or more straw events that the level keeps, at each level tried. */
  found: number[];
  /** The same expected from lawful repeat buying alone. */
  chance: number[];
  /** Buyers with a control event and another event: not flagged alone on counts from level 1 on. */
  controlled: Set<string>;
  alpha: number;
  windowDays: number;
  /** Purchase events the counts ask for (`prolificMinPurchaseEvents`). */
  minEvents: number;
}

/** Levels 2 to 5 ask for straw events from 0 to 3 more purchase events than the counts do; 6 flags nobody on counts. */
export const MAX_BUYER_TIE_LEVEL = 6;

/** Purchase events whose straw guns the counts need inside one window at `level` (2 and above). */
export const eventsAtLevel = (c: Pick<BuyerTieCalibration, 'minEvents'>, level: number) => c.minEvents + Math.max(0, level - 2);

export const NO_BUYER_TIES: BuyerTieCalibration = {
  level: 0,
  found: [],
  chance: [],
  controlled: new Set(),
  alpha: 0,
  windowDays: 0,
  minEvents: 2,
};

interface BuyerEvent {
  day: number;
  straw: boolean;
}

/** C(n, r) for small r. */
const choose = (n: number, r: number) => {
  let c = 1;
  for (let i = 0; i < r; i++) c = (c * (n - i)) / (i + 1);
  return n < r ? 0 : c;
};

/** Subsets of `r` of the days that lie within `window` days of each other (each counted at its earliest day). */
export function tuplesWithin(days: number[], window: number, r: number): number {
  const sorted = [...days].sort((a, b) => a - b);
  let close = 0;
  let end = 0;
  for (let i = 0; i < sorted.length; i++) {
    end = Math.max(end, i);
    while (end + 1 < sorted.length && sorted[end + 1]! - sorted[i]! <= window) end++;
    close += choose(end - i, r - 1);
  }
  return close;
}

/** Share of the subsets of `r` of the days that lie within `window` days of each other. */
export function shareWithin(days: number[], window: number, r = 2): number {
  const all = choose(days.length, r);
  return all === 0 ? 0 : tuplesWithin(days, window, r) / all;
}

/**
 * The events of each buyer, a multiple sale one event, straw when any of its recovered guns is. A
 * control event bought within `windowDays` of one of the buyer's straw events is left out: a gun of
 * the same scheme that surfaced after 3 years (the tail of a trafficker's time-to-crime) says
 * nothing of lawful repeat buying.
 */
function eventsByBuyer(guns: BuyerGun[], gapDays: number, windowDays: number): Map<string, { state: string; events: BuyerEvent[] }> {
  const byBuyer = new Map<string, BuyerGun[]>();
  for (const g of guns) appendTo(byBuyer, g.buyer, g);
  const out = new Map<string, { state: string; events: BuyerEvent[] }>();
  for (const [buyer, list] of byBuyer) {
    const events = purchaseEventsOf(list, gapDays).map((e) => ({ day: e.firstDay, straw: e.items.some((g) => g.straw) }));
    const strawDays = events.filter((e) => e.straw).map((e) => e.day);
    const kept = events.filter((e) => e.straw || strawDays.every((d) => Math.abs(d - e.day) > windowDays));
    out.set(buyer, { state: list[0]!.state, events: kept });
  }
  return out;
}

/**
 * The level flags for repeat buying are held to in this data (see above). `guns`: every recovered
 * purchase that is straw evidence or a control gun (guns no record places anywhere are neither);
 * `alpha`: the false discovery rate (0: off, level 0); `gapDays`: the purchase-event gap;
 * `windowDays`: the scheme window of level 2.
 */
export function buyerTieCalibration(guns: BuyerGun[], alpha: number, gapDays: number, windowDays: number, minEvents = 2): BuyerTieCalibration {
  if (alpha <= 0) return { ...NO_BUYER_TIES, controlled: new Set(), minEvents };
  const buyers = eventsByBuyer(guns, gapDays, windowDays);
  const states = new Map<string, { straw: number; control: number; strawDays: number[] }>();
  for (const { state, events } of buyers.values()) {
    const s = states.get(state) ?? { straw: 0, control: 0, strawDays: [] };
    states.set(state, s);
    for (const e of events) {
      if (e.straw) {
        s.straw += 1;
        s.strawDays.push(e.day);
      } else s.control += 1;
    }
  }
  // Counted in buyers (the people a flag names). Level 0: buyers with two or more straw events;
  // 1: those with no control event; 2 to 5: those with r = minEvents .. minEvents + 3 straw events
  // inside one window (one r per level).
  const sizes = Array.from({ length: MAX_BUYER_TIE_LEVEL - 2 }, (_, i) => minEvents + i);
  const within = new Map([...states].map(([state, s]) => [state, sizes.map((r) => shareWithin(s.strawDays, windowDays, r))]));
  const found = new Array<number>(MAX_BUYER_TIE_LEVEL).fill(0);
  const chance = new Array<number>(MAX_BUYER_TIE_LEVEL).fill(0);
  const controlled = new Set<string>();
  for (const [buyer, { state, events }] of buyers) {
    const k = events.length;
    if (k < 2) continue;
    const straw = events.filter((e) => e.straw);
    if (straw.length >= 2) found[0]! += 1;
    if (straw.length === k) {
      const days = straw.map((e) => e.day);
      found[1]! += 1;
      sizes.forEach((r, i) => (found[2 + i]! += tuplesWithin(days, windowDays, r) > 0 ? 1 : 0));
      continue;
    }
    const s = states.get(state)!;
    // A state with no control event has no controlled buyer, so no term divides by 1 − q.
    const q = s.straw / (s.straw + s.control);
    controlled.add(buyer);
    // A chance buyer of k events shows no control event with probability q^k: each one seen with a
    // control event stands for q^k / (1 − q^k) unseen all-straw ones; one of those has r of its
    // events inside one window with probability at most C(k, r) times the state's share.
    const unseen = q ** k / (1 - q ** k);
    chance[0]! += (straw.length >= 2 ? 1 : 0) + unseen;
    chance[1]! += unseen;
    sizes.forEach((r, i) => (chance[2 + i]! += unseen * Math.min(1, choose(k, r) * within.get(state)![i]!)));
  }
  return { ...chanceLevel(found, chance, alpha, MAX_BUYER_TIE_LEVEL), controlled, alpha, windowDays, minEvents };
}

/** For each item, the items dated from its day to `windowDays` later (every scheme window that starts at a purchase). */
export function windowsOf<T>(items: T[], dateOf: (item: T) => string, windowDays: number): T[][] {
  const dated = items.map((item) => ({ item, day: dayNumber(dateOf(item)) })).sort((a, b) => a.day - b.day);
  return dated.map((start, i) =>
    dated
      .slice(i)
      .filter((d) => d.day - start.day <= windowDays)
      .map((d) => d.item),
  );
}

/** The sentence a buyer flagged alone carries when the level is above 0, and the one a buyer held back carries. */
export function describeBuyerTieLevel(c: BuyerTieCalibration, heldBack: boolean): string {
  const what =
    'a buyer whose other crime guns cannot be straw evidence is not flagged alone on counts' +
    (c.level >= 2 ? `, and the others only on guns bought within ${c.windowDays} days of each other` : '') +
    (c.level >= 3 && c.level < MAX_BUYER_TIE_LEVEL ? ` in at least ${eventsAtLevel(c, c.level)} separate purchase events` : '') +
    (c.level >= MAX_BUYER_TIE_LEVEL ? '; at this level counts flag nobody alone' : '');
  return (
    `${heldBack ? 'not flagged alone: ' : ''}repeat buying measured against lawful repeat buyers: guns that cannot be straw evidence make about ` +
    `${Math.round(c.chance[0]! * 10) / 10} buyers with straw guns from two or more purchase events by chance where the data holds ${c.found[0]}, so ${what} ` +
    `(level ${c.level}: at most ${Math.round(c.alpha * 100)}% of such buyers, or one in the run, expected from chance)`
  );
}
