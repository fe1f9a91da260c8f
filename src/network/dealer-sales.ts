/**
 * Every dealer's recorded retail sales by month: the counter scan's population at risk
 * (dealer-clusters.ts, hub-campaigns.ts).
 *
 * The scan asks whether a dealer's straw-evidence buyers bunch in time more than chance allows.
 * Conditioned only on the common time profile (all dealers' straw-evidence buyers), a dealer
 * whose trade grew or shrank unlike the others' places its buyers in time as its sales do,
 * whatever its conduct, and the scan reads that as a cluster: the population-shift limit of the
 * space-time permutation model (Kulldorff et al. 2005, PLoS Medicine 2(3) e59). Weighting each day
 * of the common profile by the dealer's share of that period's recorded sales is indirect
 * standardisation: under chance the dealer's buyers follow the common profile scaled by its own trade.
 * - All recorded sales, straw-evidence guns among them: under chance those are a thinning of the
 *   dealer's sales at the common rate, so all sales are the population. Leaving them out distorts
 *   the share wherever most recorded sales are crime guns (sales known from traces).
 * - The share is taken over a centred 13-month window (no seasonal swing) and carries one
 *   pseudo-sale a month at the market's mean share (a Laplace prior): a store with few recorded
 *   sales keeps the common profile; only a dealer with a real trade of its own follows it. The
 *   cost, measured: a small store's burst of purchases is part of its own population, so a ring
 *   buying many guns there, of which few are recovered, is weaker evidence than before.
 * Both choices were made before any measurement and not tuned.
 */
import type { RiskConfig } from '../risk/risk-config.js';

/** The counter scan's chance model, as configured (`networks.counterScanPopulation`). */
export type CounterScanPopulation = RiskConfig['networks']['counterScanPopulation'];

export interface DealerMonthSales {
  dealerLicense: string;
  /** Calendar month, `YYYY-MM`. */
  month: string;
  sales: number;
}

/** Months either side of a month whose sales set its share (13 months in all). */
const SHARE_HALF_WIDTH_MONTHS = 6;

const monthIndexOfIso = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** Calendar month index (year · 12 + month) of a day number (days since 1970-01-01, UTC). */
export function monthIndexOfDay(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Individual sales counted by dealer and month (the in-memory evaluation and unit tests). */
export function monthlySales(sales: Iterable<{ dealerLicense: string; soldOn: string }>): DealerMonthSales[] {
  const counts = new Map<string, DealerMonthSales>();
  for (const s of sales) {
    const month = s.soldOn.slice(0, 7);
    const key = `${s.dealerLicense}|${month}`;
    const c = counts.get(key) ?? { dealerLicense: s.dealerLicense, month, sales: 0 };
    c.sales += 1;
    counts.set(key, c);
  }
  return [...counts.values()];
}

export class DealerSales {
  private readonly byDealer = new Map<string, Map<number, number>>();
  private readonly total = new Map<number, number>();
  private readonly shares = new Map<string, Map<number, number>>();

  /** One pseudo-sale a month as a share of the market's mean monthly sales (the prior). */
  private readonly priorShare: number;

  constructor(rows: Iterable<DealerMonthSales>) {
    for (const r of rows) this.add(r.dealerLicense, monthIndexOfIso(r.month), r.sales);
    const months = [...this.total.values()].filter((n) => n > 0);
    const all = months.reduce((a, b) => a + b, 0);
    this.priorShare = all > 0 ? months.length / all : 0;
  }

  private add(dealer: string, month: number, sales: number): void {
    const m = this.byDealer.get(dealer) ?? new Map<number, number>();
    m.set(month, (m.get(month) ?? 0) + sales);
    this.byDealer.set(dealer, m);
    this.total.set(month, (this.total.get(month) ?? 0) + sales);
  }

  has(dealer: string): boolean {
    return this.byDealer.has(dealer);
  }

  /** The dealer's share of all recorded sales over the 13 months centred on `month`, plus the prior's pseudo-sale. */
  share(dealer: string, month: number): number {
    let cached = this.shares.get(dealer);
    if (!cached) this.shares.set(dealer, (cached = new Map()));
    const hit = cached.get(month);
    if (hit !== undefined) return hit;
    const own = this.byDealer.get(dealer);
    let mine = 0;
    let all = 0;
    for (let m = month - SHARE_HALF_WIDTH_MONTHS; m <= month + SHARE_HALF_WIDTH_MONTHS; m++) {
      mine += own?.get(m) ?? 0;
      all += this.total.get(m) ?? 0;
    }
    const value = all === 0 ? 0 : mine / all + this.priorShare;
    cached.set(month, value);
    return value;
  }
}

/** Sorted day numbers as a per-day histogram with each day's calendar month, built once per scan. */
export class DayProfile {
  readonly first: number;
  readonly counts: Int32Array;
  readonly months: Int32Array;

  constructor(sortedDays: number[]) {
    this.first = sortedDays[0] ?? 0;
    const length = sortedDays.length ? sortedDays.at(-1)! - this.first + 1 : 0;
    this.counts = new Int32Array(length);
    this.months = new Int32Array(length);
    for (const d of sortedDays) this.counts[d - this.first]! += 1;
    for (let i = 0; i < length; i++) this.months[i] = monthIndexOfDay(this.first + i);
  }

  private common?: (from: number, to: number) => number;

  /** Share of the profile inside [from, to]: every day weighs the same. */
  counter(): (from: number, to: number) => number {
    return (this.common ??= this.cumulative(() => 1));
  }

  /** Share inside [from, to] with each day weighted by `weight` of its month (the dealer's sales share). */
  weightedCounter(weight: (month: number) => number): (from: number, to: number) => number {
    return this.cumulative(weight);
  }

  private cumulative(weight: (month: number) => number): (from: number, to: number) => number {
    const n = this.counts.length;
    const cum = new Float64Array(n + 1);
    let lastMonth = Number.NaN;
    let w = 0;
    for (let i = 0; i < n; i++) {
      if (this.months[i] !== lastMonth) w = weight((lastMonth = this.months[i]!));
      cum[i + 1] = cum[i]! + this.counts[i]! * w;
    }
    const total = cum[n]!;
    const at = (d: number) => cum[Math.max(0, Math.min(n, d - this.first + 1))]!;
    return (from, to) => (total > 0 ? (at(to) - at(from - 1)) / total : 0);
  }
}

/** The chance share q(from, to) of one dealer's buyers; `ownTrade` when weighted by the dealer's own sales. */
export type ShareCounter = ((from: number, to: number) => number) & { ownTrade?: boolean };

/**
 * The chance share q(from, to) for one dealer's buyers: the common profile weighted by the
 * dealer's sales share when its sales are known and cover the profile, the common profile itself otherwise.
 */
export function dealerShareCounter(profile: DayProfile, dealer: string, sales: DealerSales | undefined): ShareCounter {
  if (!sales?.has(dealer)) return profile.counter();
  const weighted = profile.weightedCounter((month) => sales.share(dealer, month));
  // A dealer whose recorded sales miss every day of the profile (records not loaded): no population to weigh by.
  return weighted(profile.first, profile.first + profile.counts.length) > 0 ? Object.assign(weighted, { ownTrade: true }) : profile.counter();
}

/** The settings with every dealer's sales as the scan's population when the config asks for it (`counterScanPopulation`). */
export function withDealerSales<S extends { counterScanPopulation?: CounterScanPopulation }>(
  settings: S,
  monthly: () => Iterable<DealerMonthSales>,
): S & { dealerSales?: DealerSales } {
  return settings.counterScanPopulation === 'DEALER_SALES' ? { ...settings, dealerSales: new DealerSales(monthly()) } : settings;
}
