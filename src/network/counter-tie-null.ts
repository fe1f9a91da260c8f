import { chanceLevel } from './chance-level.js';
import { dealerShareCounter, type DayProfile, type DealerSales, type ShareCounter } from './dealer-sales.js';
import type { DuplicateRecords } from './duplicate-records.js';
import { appendTo } from './multimap.js';

/**
 * How many ties between lone prolific purchasers at one counter chance makes in this data.
 *
 * Two purchasers flagged on their own evidence who bought at one store inside one scheme window
 * may be one scheme (prolific-counters.ts); they may also be two unrelated buyers of a store that
 * sells to many such buyers, and a chain of such ties puts one case's buyer into another case's
 * network. How often chance brings two of them that close depends on how many there are: where
 * lone prolific buyers are few, a meeting inside a year is rare; where they are many, it is common.
 * Under the null each buyer's purchases at a store fall in time as the dealer-cluster scan times
 * chance (dealer-clusters.ts: all straw-evidence buyers' days, weighted by the store's own sales),
 * independently of the other buyers' (each buyer's own purchases keep their spacing), so every pair
 * of the store's lone buyers comes within w days with a probability the profile gives; their sum
 * over the stores is the chance ties within w.
 * When chance ties are more than `alpha` of the ties the data holds (or more than one in the run),
 * ties are held to the next narrower window, down to none (a false discovery rate by an empirical
 * null: Efron 2004; Benjamini and Hochberg 1995, as for receiver ties, holder-null.ts).
 */
export interface CounterTieCalibration {
  /** Index into `windows`; `windows.length`: no tie at a dealer holds. */
  level: number;
  /** Gap in days the ties are held to at each level, widest (the scheme window) first. */
  windows: number[];
  /** Ties in the data, and expected from chance, within each level's window (levels tried only). */
  found: number[];
  chance: number[];
  alpha: number;
}

/** Narrower windows tried after the scheme window: half a year, a quarter, a month, a week. */
export const COUNTER_TIE_WINDOWS = [182, 91, 30, 7] as const;

export interface Visit {
  personId: string;
  day: number;
}

/**
 * The level for `gaps` (each tie's gap in days, one per pair of buyers) among the lone buyers'
 * visits of each dealer; `profile` is all straw-evidence buyers' days (buyerDayProfile).
 */
export function calibrateCounterTies(
  atDealer: Map<string, Visit[]>,
  gaps: number[],
  schemeWindowDays: number,
  alpha: number,
  duplicates: DuplicateRecords,
  profile: DayProfile,
  sales?: DealerSales,
): CounterTieCalibration {
  const windows = [schemeWindowDays, ...COUNTER_TIE_WINDOWS.filter((w) => w < schemeWindowDays)];
  const chance = windows.map(() => 0);
  for (const [dealer, visits] of atDealer) {
    const share = dealerShareCounter(profile, dealer, sales);
    const byBuyer = new Map<string, number[]>();
    for (const v of visits) appendTo(byBuyer, v.personId, v.day);
    const buyers = [...byBuyer].map(([id, days]): [string, number[]] => [id, days.sort((a, b) => a - b)]);
    for (let i = 0; i < buyers.length; i++)
      for (let j = i + 1; j < buyers.length; j++) {
        const [a, aDays] = buyers[i]!;
        const [b, bDays] = buyers[j]!;
        if (duplicates.people([a, b]) < 2) continue;
        windows.forEach((w, level) => (chance[level]! += pairWithin(share, aDays, bDays, w)));
      }
  }
  const found = windows.map((w) => gaps.filter((g) => g <= w).length);
  return { ...chanceLevel(found, chance, alpha, windows.length), windows, alpha };
}

/**
 * The chance that two buyers' purchases at one store come within `w` days: one buyer's purchases
 * stay where they are, the other's keep their spacing (a buyer's purchases are not independent of
 * each other) and start on a day the profile draws; averaged over which of the two is moved.
 */
function pairWithin(share: ShareCounter, aDays: number[], bDays: number[], w: number): number {
  const moved = (fixed: number[], moving: number[]) => {
    const first = moving[0]!;
    const starts = fixed.flatMap((x) => moving.map((m): [number, number] => [x - (m - first) - w, x - (m - first) + w]));
    return Math.min(1, unionShare(share, starts));
  };
  return (moved(aDays, bDays) + moved(bDays, aDays)) / 2;
}

/** The profile's share inside the union of day intervals (each day counted once). */
function unionShare(share: ShareCounter, intervals: Array<[number, number]>): number {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  let sum = 0;
  let [from, to] = sorted[0]!;
  for (const [a, b] of sorted.slice(1)) {
    if (a <= to + 1) to = Math.max(to, b);
    else {
      sum += share(from, to);
      [from, to] = [a, b];
    }
  }
  return sum + share(from, to);
}

/** One sentence for a network with a tie at a counter, when ties were held to a narrower window than the scheme's. */
export function describeCounterTieLevel(c: CounterTieCalibration): string {
  const held = c.level < c.windows.length ? `held to purchases within ${c.windows[c.level]} days of each other` : 'not counted at all';
  return (
    `ties between lone prolific purchasers at one counter measured against chance: the stores' lone prolific buyers would come within ` +
    `${c.windows[0]} days of each other about ${Math.round(c.chance[0]! * 10) / 10} time(s) by chance where the data holds ${c.found[0]}, so such ties are ${held} ` +
    `(at most ${Math.round(c.alpha * 100)}% of them, or one in the run, expected from chance)`
  );
}
