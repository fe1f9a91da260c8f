import { describe, expect, it } from 'vitest';
import { dealerClusters, describeCluster } from '../../../src/network/dealer-clusters.js';
import {
  DayProfile,
  DealerSales,
  dealerShareCounter,
  monthIndexOfDay,
  monthlySales,
  withDealerSales,
  type DealerMonthSales,
} from '../../../src/network/dealer-sales.js';
import { dayNumber } from '../../../src/network/purchase-events.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { evidenceOf as evidenceWith, isoDay, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// Each dealer's own trade as the counter scan's population at risk, on hand-made sales.
const settings = networkSettings();
const scan = { minClusterPurchasers: 3, maxWindowDays: 365, minWindowDays: 7, alpha: 0.01 };
const months = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1 + i, 1));
    return d.toISOString().slice(0, 7);
  });

describe('dealer sales by month', () => {
  it('counts individual sales by dealer and calendar month', () => {
    const rows = monthlySales([
      { dealerLicense: 'A', soldOn: '2022-06-01' },
      { dealerLicense: 'A', soldOn: '2022-06-30' },
      { dealerLicense: 'A', soldOn: '2022-07-01' },
      { dealerLicense: 'B', soldOn: '2022-06-15' },
    ]);
    expect(rows.sort((x, y) => (x.dealerLicense + x.month).localeCompare(y.dealerLicense + y.month))).toEqual([
      { dealerLicense: 'A', month: '2022-06', sales: 2 },
      { dealerLicense: 'A', month: '2022-07', sales: 1 },
      { dealerLicense: 'B', month: '2022-06', sales: 1 },
    ]);
  });

  it("takes a dealer's share over the 13 months around a month, plus one pseudo-sale a month at the market's mean", () => {
    // The market: 100 sales a month through 2022 (12 months, 1,200 sales); dealer A sold 10 in June.
    const rows: DealerMonthSales[] = months('2022-01', 12).map((month) => ({ dealerLicense: 'M', month, sales: month === '2022-06' ? 90 : 100 }));
    rows.push({ dealerLicense: 'A', month: '2022-06', sales: 10 });
    const sales = new DealerSales(rows);
    const prior = 12 / 1200;
    // June 2022: the window Dec 2021 – Dec 2022 holds all 1,200 sales, 10 of them A's.
    expect(sales.share('A', monthIndexOfDay(dayNumber('2022-06-15')))).toBeCloseTo(10 / 1200 + prior, 12);
    // January 2023: the window July 2022 – July 2023 holds 600 sales and none of A's.
    expect(sales.share('A', monthIndexOfDay(dayNumber('2023-01-15')))).toBeCloseTo(prior, 12);
    expect(sales.has('A')).toBe(true);
    expect(sales.has('Z')).toBe(false);
  });

  it('is used only when the configuration asks for it', () => {
    const monthly = () => [{ dealerLicense: 'A', month: '2022-06', sales: 1 }];
    expect(withDealerSales({ counterScanPopulation: 'COMMON_PROFILE' as const }, monthly).dealerSales).toBeUndefined();
    expect(withDealerSales({ counterScanPopulation: 'DEALER_SALES' as const }, monthly).dealerSales?.has('A')).toBe(true);
  });
});

describe('day profile', () => {
  const days = [10, 10, 11, 40, 41, 100].map((d) => dayNumber('2022-01-01') + d);
  const profile = new DayProfile(days);

  it('gives the plain share of days inside a range', () => {
    const q = profile.counter();
    expect(q(days[0]!, days[2]!)).toBeCloseTo(3 / 6, 12);
    expect(q(days[0]!, days[5]!)).toBe(1);
    expect(q(days[5]! + 1, days[5]! + 50)).toBe(0);
  });

  it('weights each day by its month', () => {
    // January days count 1, February 3, April 0: 3 January, 2 February, 1 April.
    const weight = (month: number) => ({ [2022 * 12]: 1, [2022 * 12 + 1]: 3 })[month] ?? 0;
    const q = profile.weightedCounter(weight);
    expect(q(days[0]!, days[2]!)).toBeCloseTo(3 / 9, 12);
    expect(q(days[3]!, days[4]!)).toBeCloseTo(6 / 9, 12);
  });

  it('falls back to the common profile for a dealer with no recorded sales', () => {
    const sales = new DealerSales([{ dealerLicense: 'A', month: '2022-01', sales: 5 }]);
    expect(dealerShareCounter(profile, 'Z', sales)(days[0]!, days[2]!)).toBeCloseTo(3 / 6, 12);
    expect(dealerShareCounter(profile, 'A', undefined)(days[0]!, days[2]!)).toBeCloseTo(3 / 6, 12);
  });
});

describe('the counter scan with each dealer’s trade as its population', () => {
  const row = recoveredRowMaker(2021);
  /** 40 steady dealers, one straw-evidence buyer each every 90 days over four years, and 10 sales a month each. */
  const background: RecoveredPurchase[] = Array.from({ length: 40 * 16 }, (_, i) => row(`B-${i}`, `D${i % 40}`, Math.floor(i / 40) * 90 + (i % 40), 300));
  const steadySales: DealerMonthSales[] = Array.from({ length: 40 }, (_, d) =>
    months('2021-01', 52).map((month) => ({ dealerLicense: `D${d}`, month, sales: 10 })),
  ).flat();
  // GROW sold 2 a month for three years, then 40 a month; its crime guns follow its trade.
  const growRows = [
    ...Array.from({ length: 9 }, (_, k) => row(`GQ${k}`, 'GROW', k * 120, 300)),
    ...Array.from({ length: 36 }, (_, k) => row(`GB${k}`, 'GROW', 1095 + k * 10, 300)),
  ];
  const growSales: DealerMonthSales[] = months('2021-01', 52).map((month, i) => ({ dealerLicense: 'GROW', month, sales: i < 36 ? 2 : 40 }));
  const evidence = evidenceWith([...background, ...growRows], settings);

  it('reads a dealer whose trade grew as a cluster on the common profile alone', () => {
    const found = dealerClusters(evidence, scan).filter((c) => c.dealerLicense === 'GROW');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.fromDay).toBeGreaterThanOrEqual(dayNumber(isoDay(1095, 2021)));
  });

  it('finds nothing at it when its own sales are the population', () => {
    const sales = new DealerSales([...steadySales, ...growSales]);
    expect(dealerClusters(evidence, { ...scan, sales }).filter((c) => c.dealerLicense === 'GROW')).toEqual([]);
  });

  it('still finds four one-time buyers within a month at a small store with a steady trade', () => {
    const burst = ['R1', 'R2', 'R3', 'R4'].map((b, i) => row(b, 'SMALL', 700 + i * 8, 200));
    const smallSales = months('2021-01', 52).map((month) => ({ dealerLicense: 'SMALL', month, sales: 3 }));
    const sales = new DealerSales([...steadySales, ...growSales, ...smallSales]);
    const found = dealerClusters(evidenceWith([...background, ...burst], settings), { ...scan, sales });
    expect(found.map((c) => [c.dealerLicense, [...c.purchaserIds].sort()])).toEqual([['SMALL', ['R1', 'R2', 'R3', 'R4']]]);
    expect(found[0]!.ownTrade).toBe(true);
    expect(describeCluster(found[0]!)).toMatch(/from its \d+ such buyers and its own sales over time/);
  });
});
