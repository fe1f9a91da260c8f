import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisMeta } from '../../src/db/analysis-meta.js';
import type { DealerMonthSales } from '../../src/network/dealer-sales.js';
import { networkRunData } from '../../src/network/network-run.data.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { analysedOffAndOn, networksHolding, removeCaseGuns, strawBuyersOf, type CaseNetwork, type OffAndOn } from './case-reads.js';
import { dayAfter, distinctPeople, gunPath, manyStoreWorld, saleOnly, storeRecord } from './case-records.js';

// A hand-written case on top of the demo data, as import records: in Milwaukee, a store that sold
// one handgun a month from 2005 to 2007 and then twenty a month through 2008, and a store with a
// steady trade of one a month since 2021, where ten one-time buyers sent by a recruiter bought
// within three weeks and their guns were soon recovered from others (ATF, Following the Gun,
// 2000), among its scattered ordinary crime guns. The job reads every store's trade by month from the graph and
// measures the campaign against the steady store's own sales. Whether a store whose trade grew
// stops being a false cluster needs a market far larger than the demo's (about three sales a month:
// any one store is most of it, and the prior keeps a thin market on the common profile); that is
// tested on hand-made rows in test/unit/network/dealer-sales.test.ts and measured at scale M
// (bench/results/trafficking-dealer-sales-population-2026-12-04.md).
const {
  w,
  atStore: at,
  storeOf,
} = manyStoreWorld(
  'TRADE',
  '3-39-079-01-7C',
  '13',
  { serialPrefix: 'TD', make: 'Trade', model: 'T9' },
  {
    address: '749 W State St',
    city: 'Milwaukee',
    state: 'WI',
    latitude: 43.04,
    longitude: -87.92,
  },
);
const { id } = w;
const person = distinctPeople(w, 'Trade', 'Wisconsin Ave');
const day = dayAfter;
const GROW = 0;
const STEADY = 1;
/** The growing store's months: 36 quiet ones from January 2021, then 12 busy ones. */
const QUIET_MONTHS = 36;
const BUSY_MONTHS = 12;
const BUSY_SALES = 20;
const CUSTOMERS = 12;
const RECRUITED = 10;
/** The steady store's sales to regular customers: one a month for four years (a small part of the demo's market). */
const STEADY_SALES = 48;

/** The growing store's sales: one a month for 36 months from January 2005, then twenty a month for twelve (before any crime gun of the demo). */
const grow = [
  ...Array.from({ length: QUIET_MONTHS }, (_, m) => ({ month: m, soldOn: day(m * 30.5 + 3, '2005-01-01') })),
  ...Array.from({ length: BUSY_MONTHS * BUSY_SALES }, (_, i) => {
    const m = QUIET_MONTHS + Math.floor(i / BUSY_SALES);
    return { month: m, soldOn: day(m * 30.5 + 3 + (i % BUSY_SALES), '2005-01-01') };
  }),
];
// Ordinary crime guns every eight months, none within six weeks of the campaign.
const steadyOrdinary = Array.from({ length: 6 }, (_, i) => i * 240 + 60);

const records = [
  { type: 'manufacturer', name: w.maker, kind: 'MANUFACTURER', country: 'US' },
  { type: 'agency', ori: w.ori, name: `TRADE ${w.run} Police`, state: 'WI', city: 'Milwaukee', nibinPartner: true },
  storeRecord(w, 'TRADE', storeOf(GROW), 'Growing Guns', GROW, 'Wisconsin Ave'),
  storeRecord(w, 'TRADE', storeOf(STEADY), 'Steady Sports', STEADY, 'Wisconsin Ave'),
  // Regular customers old enough to have bought handguns in 2005 (21 or older at an FFL, 18 U.S.C. 922(b)(1)).
  ...Array.from({ length: CUSTOMERS }, (_, i) => ({ ...person(`C${i}`), dateOfBirth: `${1940 + i}-0${1 + (i % 9)}-1${i % 10}` })),
  ...grow.flatMap((s, i) => saleOnly(at(GROW), `G${i}`, `C${i % CUSTOMERS}`, s.soldOn)),
  ...Array.from({ length: STEADY_SALES }, (_, i) => saleOnly(at(STEADY), `S${i}`, `C${i % CUSTOMERS}`, day(Math.floor(i * 30.5), '2021-01-04'))).flat(),
  ...steadyOrdinary.flatMap((offset, i) => [
    person(`O${i}`),
    person(`OH${i}`),
    ...gunPath(at(STEADY), `O${i}`, `O${i}`, day(offset, '2021-02-01'), `OH${i}`, day(offset + 200, '2021-02-01')),
  ]),
  ...Array.from({ length: RECRUITED }, (_, i) => [
    person(`R${i}`),
    person(`RH${i}`),
    ...gunPath(at(STEADY), `R${i}`, `R${i}`, day(i * 2, '2023-05-08'), `RH${i}`, day(i * 2 + 90, '2023-05-08')),
  ]).flat(),
];

const run: OffAndOn = { off: [], on: [], log: [] };
let monthly: DealerMonthSales[] = [];
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  Object.assign(run, await analysedOffAndOn(app, records, { counterScanPopulation: 'COMMON_PROFILE' }));
  monthly = await networkRunData(app.gateway, analysisMeta('networks')).dealerMonthlySales();
}, 600_000);
afterAll(async () => {
  await removeCaseGuns(app, records);
  await app.close();
});

const monthOf = (offset: number) => day(offset * 30.5 + 3, '2005-01-01').slice(0, 7);

describe('hand-written case: each store’s own trade as the counter scan’s population at risk', () => {
  it('reads every store’s recorded sales by calendar month from the graph', () => {
    const of = (store: string) => new Map(monthly.filter((r) => r.dealerLicense === store).map((r) => [r.month, r.sales]));
    const growing = of(storeOf(GROW));
    expect(growing.size).toBe(QUIET_MONTHS + BUSY_MONTHS);
    for (let m = 0; m < QUIET_MONTHS; m++) expect(growing.get(monthOf(m)), monthOf(m)).toBe(1);
    for (let m = QUIET_MONTHS; m < QUIET_MONTHS + BUSY_MONTHS; m++) expect(growing.get(monthOf(m)), monthOf(m)).toBe(BUSY_SALES);
    const steady = [...of(storeOf(STEADY)).values()].reduce((a, b) => a + b, 0);
    expect(steady).toBe(STEADY_SALES + steadyOrdinary.length + RECRUITED);
  });

  it('finds the recruiter’s one-time buyers at the steady store with either chance model', () => {
    const recruited = Array.from({ length: RECRUITED }, (_, i) => id(`R${i}`));
    const ordinary = new Set(steadyOrdinary.map((_, i) => id(`O${i}`)));
    for (const nets of [run.off, run.on]) {
      const [net, ...rest] = networksHolding(nets, id('R0'));
      expect(rest).toEqual([]);
      const buyers = strawBuyersOf(net!);
      expect(buyers).toEqual(expect.arrayContaining(recruited));
      // The demo's thin market (about 140 straw-evidence buyers in all) lets the window reach one
      // ordinary buyer of the same store a few weeks away; never anyone else.
      const others = buyers.filter((b) => !recruited.includes(b));
      expect(others.length).toBeLessThanOrEqual(1);
      for (const b of others) expect(ordinary.has(b), b).toBe(true);
      expect(net!.evidence.join(' ')).toMatch(/1[01] different purchasers bought guns at dealer/);
    }
  });

  it('says in the analysis log how many dealers’ sales the scan read', () => {
    const line = run.log.find((m) => m.includes('the counter scan measured'));
    expect(line, run.log.join('\n')).toMatch(/against its own recorded sales by month \((\d+) dealers, (\d+) dealer-months\)/);
    const [, dealers, months] = /\((\d+) dealers, (\d+) dealer-months\)/.exec(line!)!;
    // At least this case's two stores, and every month either of them sold in.
    expect(Number(dealers)).toBeGreaterThanOrEqual(2);
    expect(Number(months)).toBeGreaterThanOrEqual(QUIET_MONTHS + BUSY_MONTHS + 48);
  });

  it('says which chance model measured the burst', () => {
    const said = (nets: CaseNetwork[]) => networksHolding(nets, id('R0'))[0]!.evidence.join(' ');
    expect(said(run.on)).toMatch(/expected by chance from its \d+ such buyers and its own sales over time/);
    expect(said(run.off)).not.toMatch(/its own sales over time/);
  });
});
