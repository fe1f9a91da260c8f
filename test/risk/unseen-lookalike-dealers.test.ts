import { describe, expect, it } from 'vitest';
import { dayAfter } from '../network/case-records.js';
import { dealerCaseFile, dealerWorld, indicator, quietSales, readDealer, summary, tracedGun } from './unseen-dealers.js';

// "New user" cases written by hand as import records (not the generator's): lawful dealers that
// look like suppliers of crime guns on one measure, and a dealer whose guns are recovered where
// the police rarely trace. A crime-gun intelligence analyst reads the top of the list as "look
// here first": none of the look-alikes belongs in the top 5% of dealers (the rogue dealers'
// mark, docs/dealer-risk.md).
const W = dealerWorld('ULOK');
const STORE = {
  BUSY: W.licence('8-23-003', 21),
  RURAL: W.licence('8-23-105', 22),
  BORDER: W.licence('8-22-041', 23),
  OLD: W.licence('8-23-101', 24),
  UNSEEN: W.licence('8-23-011', 25),
};
const buyers = Array.from({ length: 300 }, (_, i) => `B${i}`);
const holders = Array.from({ length: 40 }, (_, i) => `H${i}`);
const topFive = (of: number) => Math.ceil(0.05 * of);

// A very large, busy retailer: 3,000 sales from 2020 to 2025 (a handgun multiple sale now and
// then), 24 traces in 2024–2025: 8 per 1,000 sales. Time-to-crime as nationally (NFCTA: about a
// quarter under 1 year, under half within 3 years); most found with someone other than the buyer.
const busyTtc = [200, 300, 330, 150, 250, 340, 700, 800, 900, 1000, 1500, 1800, 2000, 2200, 2400, 2600, 2800, 3000, 3300, 3600, 1200, 1300, 2500, 2900];
const busy = busyTtc.flatMap((ttc, n) => {
  const recoveredOn = dayAfter(30 * n, '2024-01-10');
  return tracedGun(W.at(STORE.BUSY, 'PIT'), `P${n}`, {
    soldOn: dayAfter(-ttc, recoveredOn),
    buyer: `B${n}`,
    holder: n % 3 === 0 ? `B${n}` : `H${n}`,
    recoveredOn,
  });
});
// A small rural dealer: 40 sales in five years, one trace (a gun found with someone else five months after the sale).
const rural = tracedGun(W.at(STORE.RURAL, 'COU'), 'R0', { soldOn: '2025-03-01', buyer: 'B100', holder: 'H30', recoveredOn: '2025-08-01' });
// A dealer on the Delaware at Phillipsburg, NJ: ten of its guns found years later across the bridge
// in Easton, PA, most with their own buyer.
const border = Array.from({ length: 10 }, (_, n) => n).flatMap((n) => {
  const recoveredOn = dayAfter(60 * n, '2024-03-01');
  return tracedGun(W.at(STORE.BORDER, 'EAS'), `E${n}`, {
    soldOn: dayAfter(-(900 + 200 * n), recoveredOn),
    buyer: `B${n + 120}`,
    holder: n < 6 ? `B${n + 120}` : `H${n}`,
    recoveredOn,
  });
});
// A dealer whose traced guns are all old: sold 2008–2012, found 2024–2025.
const old = Array.from({ length: 12 }, (_, n) => n).flatMap((n) => {
  const recoveredOn = dayAfter(50 * n, '2024-02-01');
  return tracedGun(W.at(STORE.OLD, 'PHL'), `O${n}`, { soldOn: dayAfter(120 * n, '2008-05-01'), buyer: `B${n + 140}`, holder: `H${n + 12}`, recoveredOn });
});
// A dealer in Berks County whose guns are recovered by a department that traces one gun in ten:
// twenty found within a year of the sale with someone other than the buyer, two traced.
const unseen = Array.from({ length: 20 }, (_, n) => n).flatMap((n) => {
  const recoveredOn = dayAfter(25 * n, '2024-04-01');
  return tracedGun(W.at(STORE.UNSEEN, 'RDG'), `U${n}`, {
    soldOn: dayAfter(-(120 + 5 * n), recoveredOn),
    buyer: `B${160 + n}`,
    holder: `H${n + 20}`,
    recoveredOn,
    traced: n % 10 === 0,
  });
});

const home = (k: string) =>
  k.startsWith('B') && Number(k.slice(1)) >= 120 && Number(k.slice(1)) < 140 ? { city: 'Phillipsburg', state: 'NJ' } : { city: 'Philadelphia', state: 'PA' };
const records = [
  W.maker,
  ...W.agencies(['PIT', 'COU', 'EAS', 'PHB', 'PHL', 'RDG']),
  W.store(STORE.BUSY, 'Megastore', 'PIT'),
  W.store(STORE.RURAL, 'Hardware & Guns', 'COU'),
  W.store(STORE.BORDER, 'River Guns', 'PHB'),
  W.store(STORE.OLD, 'Old Town Guns', 'PHL'),
  W.store(STORE.UNSEEN, 'County Line Guns', 'RDG'),
  ...[...buyers, ...holders].map((k) => W.person(k, home(k))),
  ...busy,
  ...rural,
  ...border,
  ...old,
  ...unseen,
  ...quietSales(W.at(STORE.BUSY, 'PIT'), 'QB', 2976, '2020-01-02', 0.7, buyers, 40),
  ...quietSales(W.at(STORE.RURAL, 'COU'), 'QR', 39, '2020-03-01', 45, buyers.slice(100, 110)),
  ...quietSales(W.at(STORE.BORDER, 'PHB'), 'QE', 190, '2016-01-10', 12, buyers.slice(120, 140)),
  ...quietSales(W.at(STORE.OLD, 'PHL'), 'QO', 138, '2008-01-10', 15, buyers.slice(140, 160)),
  ...quietSales(W.at(STORE.UNSEEN, 'RDG'), 'QU', 80, '2021-01-10', 15, buyers.slice(160, 180)),
];
const file = dealerCaseFile(records);

describe('lawful look-alikes', () => {
  it('a busy retailer with a normal rate of traces per 1,000 sales stays out of the top 5%', async () => {
    const d = await readDealer(file.app(), STORE.BUSY);
    console.info(summary('busy retailer', d), indicator(d, 'TRACES_PER_THOUSAND_SALES').detail);
    expect(indicator(d, 'TRACES_PER_THOUSAND_SALES').value).toBe(8);
    expect(d.rank).toBeGreaterThan(topFive(d.of));
  });

  it('a rural dealer with a single trace stays out of the top 5%', async () => {
    const d = await readDealer(file.app(), STORE.RURAL);
    console.info(summary('rural, one trace', d));
    expect(d.traces).toBe(1);
    expect(d.rank).toBeGreaterThan(topFive(d.of));
    // It answered its one request in two hours and had the sale on record: one trace says little
    // either way, so its shares are read near the peers' (empirical Bayes), and the detail says so.
    for (const key of ['UNANSWERED_TRACE_SHARE', 'NO_RECORD_SHARE'] as const) {
      expect(indicator(d, key).detail, key).toMatch(/^0 of 1 .*after shrinking toward the peer share/);
    }
  });

  it('a border dealer whose guns are found across the river, years later, stays out of the top 5%', async () => {
    const d = await readDealer(file.app(), STORE.BORDER, 'OUT_OF_STATE_SHARE');
    console.info(summary('border dealer', d), indicator(d, 'OUT_OF_STATE_SHARE').detail);
    expect(d.evidence.totalCount).toBe(10);
    expect(d.rank).toBeGreaterThan(topFive(d.of));
  });

  it('a dealer whose traced guns all have a long time-to-crime stays out of the top 5%', async () => {
    const d = await readDealer(file.app(), STORE.OLD);
    console.info(summary('long time-to-crime', d));
    expect(indicator(d, 'TTC_UNDER_3Y').value).toBe(0);
    expect(d.rank).toBeGreaterThan(topFive(d.of));
  });
});

describe('a dealer whose guns are recovered where the police rarely trace', () => {
  // Gap: only a trace names a recovered gun's dealer (eTrace returns the purchase record), so the
  // 18 untraced guns carry no dealer the coverage estimate can read; it shares the department's
  // untraced guns out by the state's dealer mix (docs/metrics.md, "Trace coverage"), where this
  // dealer's two traces are a sliver, and finds it well covered (0.83).
  it.fails('is flagged UNDER_OBSERVED, with a score interval reaching above its observed score', async () => {
    const d = await readDealer(file.app(), STORE.UNSEEN);
    console.info(summary('rarely traced', d), JSON.stringify(d.coverage));
    expect(d.traces).toBe(2);
    expect(d.coverage.flags).toContain('UNDER_OBSERVED');
    expect(d.coverage.scoreHigh).toBeGreaterThan(d.coverage.scoreLow);
  });
});
