import { describe, expect, it } from 'vitest';
import { dayAfter } from '../network/case-records.js';
import { dealerCaseFile, dealerWorld, indicator, quietSales, readDealer, summary, tracedGun } from './unseen-dealers.js';

// "New user" cases written by hand as import records (not the generator's): a dealer whose straw
// buyers keep coming back, with every sale on record and every trace answered within hours (ATF,
// Following the Gun, 2000: straw purchasers are found through several crime guns traced to one
// buyer), and three stores whose repeat traces are not a straw pattern.
const W = dealerWorld('USTR');
const STORE = {
  STRAW: W.licence('8-23-101', 21),
  BURGLED: W.licence('8-23-101', 22),
  OWN_GUNS: W.licence('8-23-101', 23),
  BUSY: W.licence('8-23-101', 24),
  ONE_BUYER: W.licence('8-23-101', 25),
};
const phl = (store: string) => W.at(store, 'PHL');
const buyers = Array.from({ length: 12 }, (_, i) => `B${i}`);
const holders = Array.from({ length: 40 }, (_, i) => `H${i}`);
const straws = ['S0', 'S1', 'S2', 'S3', 'S4'];

// Straw counter: five buyers each buy four handguns over a year (two visits of two, multiple
// sales reported, 27 CFR 478.126a); three of each buyer's four are found with a stranger 3 to 9
// months later; each trace is answered in 2 hours with the buyer named.
const strawGuns = straws.flatMap((s, b) =>
  [0, 1, 2].flatMap((n) => {
    const soldOn = dayAfter(40 * b + 120 * Math.floor(n / 2), '2024-01-08');
    return tracedGun(phl(STORE.STRAW), `P${b}${n}`, { soldOn, buyer: s, holder: `H${3 * b + n}`, recoveredOn: dayAfter(90 + 30 * n, soldOn) });
  }),
);
// Burgled buyer: three guns bought here, stolen in one residential burglary reported to the police
// that night, found with three strangers within two years: the theft moved them, not a hand-over.
const burgled = [0, 1, 2].flatMap((n) =>
  tracedGun(phl(STORE.BURGLED), `R${n}`, {
    soldOn: dayAfter(60 * n, '2023-03-01'),
    buyer: 'B1',
    holder: `H${20 + n}`,
    recoveredOn: dayAfter(200 * n, '2024-09-10'),
  }),
);
const burglary = [0, 1, 2].map((n) => W.theft(`R${n}`, '2024-08-02'));
// Own guns: one buyer found with two of his own guns, each within a year of sale (no hand-over).
const ownGuns = [0, 1].flatMap((n) =>
  tracedGun(phl(STORE.OWN_GUNS), `O${n}`, {
    soldOn: dayAfter(90 * n, '2024-02-01'),
    buyer: 'B2',
    holder: 'B2',
    recoveredOn: dayAfter(150 + 90 * n, '2024-02-01'),
  }),
);
// One buyer: four handguns of one buyer found with four strangers within a year; nobody else's
// guns come back to this store (his pattern: flagged as a purchaser, not the counter's).
const oneBuyer = [0, 1, 2, 3].flatMap((n) =>
  tracedGun(phl(STORE.ONE_BUYER), `N${n}`, {
    soldOn: dayAfter(50 * n, '2024-03-01'),
    buyer: 'B3',
    holder: `H${30 + n}`,
    recoveredOn: dayAfter(50 * n + 120, '2024-03-01'),
  }),
);
// Busy store: twelve traces within 3 years, each of a different buyer.
const busy = Array.from({ length: 12 }, (_, n) =>
  tracedGun(phl(STORE.BUSY), `Y${n}`, {
    soldOn: dayAfter(30 * n, '2023-01-10'),
    buyer: `B${n}`,
    holder: `H${25 + n}`,
    recoveredOn: dayAfter(30 * n + 400, '2023-01-10'),
  }),
).flat();

const records = [
  W.maker,
  ...W.agencies(['PHL']),
  W.store(STORE.STRAW, 'Counter Guns', 'PHL'),
  W.store(STORE.BURGLED, 'Main Street Guns', 'PHL'),
  W.store(STORE.OWN_GUNS, 'Corner Sport', 'PHL'),
  W.store(STORE.BUSY, 'Big Box Sports', 'PHL'),
  W.store(STORE.ONE_BUYER, 'Hilltop Guns', 'PHL'),
  ...[...buyers, ...holders, ...straws].map((k) => W.person(k, { city: 'Philadelphia', state: 'PA' })),
  // The straw buyers' visits were two handguns each: reported multiple sales.
  ...strawGuns.map((r) => (r.type === 'sale' ? { ...r, multipleSale: true } : r)),
  ...burgled,
  ...burglary,
  ...ownGuns,
  ...busy,
  ...oneBuyer,
  ...quietSales(phl(STORE.STRAW), 'QS', 120, '2022-01-05', 6, buyers, 10),
  ...quietSales(phl(STORE.BURGLED), 'QR', 60, '2022-01-05', 12, buyers),
  ...quietSales(phl(STORE.OWN_GUNS), 'QO', 60, '2022-01-05', 12, buyers),
  ...quietSales(phl(STORE.BUSY), 'QY', 400, '2022-01-05', 2, buyers, 10),
  ...quietSales(phl(STORE.ONE_BUYER), 'QN', 60, '2022-01-05', 12, buyers),
];
const file = dealerCaseFile(records);

describe('a dealer whose straw buyers keep coming back, with every sale on record', () => {
  it('counts the fifteen guns of its five repeat buyers and lists exactly them as evidence', async () => {
    const d = await readDealer(file.app(), STORE.STRAW, 'REPEAT_PURCHASER_TRACES');
    console.info(summary('straw counter', d), indicator(d, 'REPEAT_PURCHASER_SHARE').detail);
    expect(indicator(d, 'REPEAT_PURCHASER_TRACES').value).toBe(15);
    expect(indicator(d, 'REPEAT_PURCHASER_SHARE').detail).toMatch(/^15 of 15 traces with a known time-to-crime/);
    expect(d.evidence.totalCount).toBe(15);
    for (const e of d.evidence.edges) expect(e.node.flags).toContain('REPEAT_PURCHASER');
    expect(indicator(d, 'NO_RECORD_TRACES').value).toBe(0);
    expect(indicator(d, 'UNANSWERED_TRACE_REQUESTS').value).toBe(0);
  });

  it('ranks in the top 5% of dealers', async () => {
    const d = await readDealer(file.app(), STORE.STRAW);
    expect(d.rank).toBeLessThanOrEqual(Math.ceil(0.05 * d.of));
  });
});

describe('repeat traces that are not a straw pattern', () => {
  it('leaves out guns stolen from their buyer in a reported burglary', async () => {
    const d = await readDealer(file.app(), STORE.BURGLED, 'REPEAT_PURCHASER_TRACES');
    expect(indicator(d, 'REPEAT_PURCHASER_TRACES').value).toBe(0);
    expect(d.evidence.totalCount).toBe(0);
  });

  it('does not count one buyer coming back: that buyer is flagged, the counter is not', async () => {
    const d = await readDealer(file.app(), STORE.ONE_BUYER, 'REPEAT_PURCHASER_TRACES');
    expect(indicator(d, 'REPEAT_PURCHASER_TRACES').value).toBe(0);
    expect(indicator(d, 'REPEAT_PURCHASER_TRACES').detail).toMatch(/4 of one buyer, not counted: fewer than 2 different buyers/);
    expect(d.evidence.totalCount).toBe(0);
  });

  it('leaves out guns found with their own buyer', async () => {
    const d = await readDealer(file.app(), STORE.OWN_GUNS, 'REPEAT_PURCHASER_TRACES');
    expect(indicator(d, 'REPEAT_PURCHASER_TRACES').value).toBe(0);
  });

  it('counts nothing at a busy store whose traced guns each had a different buyer, and keeps it out of the top 5%', async () => {
    const d = await readDealer(file.app(), STORE.BUSY);
    console.info(summary('busy store', d));
    expect(indicator(d, 'REPEAT_PURCHASER_TRACES').value).toBe(0);
    expect(d.rank).toBeGreaterThan(Math.ceil(0.05 * d.of));
  });
});
