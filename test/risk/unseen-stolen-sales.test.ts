import { describe, expect, it } from 'vitest';
import { dayAfter } from '../network/case-records.js';
import { dealerCaseFile, dealerWorld, indicator, quietSales, readDealer, summary, tracedGun } from './unseen-dealers.js';

// "New user" cases written by hand as import records (not the generator's): a pawn shop reselling
// guns the police had on file as stolen in residential burglaries (18 U.S.C. 922(j)), a shop that
// resold one such gun, and a store that sold a gun it had itself reported lost and found again.
const W = dealerWorld('USTL');
const STORE = {
  FENCE: W.licence('8-23-101', 31),
  ONCE: W.licence('8-23-101', 32),
  OWN_LOSS: W.licence('8-23-101', 33),
};
const phl = (store: string) => W.at(store, 'PHL');
const buyers = Array.from({ length: 12 }, (_, i) => `B${i}`);
const holders = Array.from({ length: 20 }, (_, i) => `H${i}`);

const { theft } = W;

// Fence: eight guns reported stolen in burglaries, each sold on record 3 to 10 weeks later to one
// of three buyers; six found in crime within a year and traced back to the shop.
const fence = Array.from({ length: 8 }, (_, n) => {
  const reportedOn = dayAfter(40 * n, '2024-01-15');
  const soldOn = dayAfter(21 + 7 * n, reportedOn);
  const gun = tracedGun(phl(STORE.FENCE), `F${n}`, { soldOn, buyer: `B${n % 3}`, holder: `H${n}`, recoveredOn: dayAfter(150, soldOn), traced: n < 6 });
  return [...gun.filter((r) => n < 6 || r.type !== 'recovery'), theft(`F${n}`, reportedOn)];
}).flat();
// Once: one gun reported stolen, sold by the shop months later, found in crime.
const once = [...tracedGun(phl(STORE.ONCE), 'O0', { soldOn: '2024-06-03', buyer: 'B4', holder: 'H10', recoveredOn: '2024-11-20' }), theft('O0', '2024-02-10')];
// Own loss: the store reported the gun stolen from its own stock, found it again, sold it later.
const ownLoss = [
  ...tracedGun(phl(STORE.OWN_LOSS), 'W0', { soldOn: '2024-05-02', buyer: 'B5', holder: 'H11', recoveredOn: '2024-12-01' }),
  theft('W0', '2024-01-20', STORE.OWN_LOSS),
];

const records = [
  W.maker,
  ...W.agencies(['PHL']),
  W.store(STORE.FENCE, 'Corner Pawn', 'PHL'),
  W.store(STORE.ONCE, 'Main Street Pawn', 'PHL'),
  W.store(STORE.OWN_LOSS, 'Riverside Guns', 'PHL'),
  ...[...buyers, ...holders].map((k) => W.person(k, { city: 'Philadelphia', state: 'PA' })),
  ...fence,
  ...once,
  ...ownLoss,
  ...quietSales(phl(STORE.FENCE), 'QF', 80, '2022-01-05', 9, buyers),
  ...quietSales(phl(STORE.ONCE), 'QO', 80, '2022-01-05', 9, buyers),
  ...quietSales(phl(STORE.OWN_LOSS), 'QW', 80, '2022-01-05', 9, buyers),
];
const file = dealerCaseFile(records);

describe('a pawn shop reselling guns the police had on file as stolen', () => {
  it('counts its eight sales of reported-stolen guns, traced or not, and lists the traced ones as evidence', async () => {
    const d = await readDealer(file.app(), STORE.FENCE, 'SOLD_AFTER_THEFT_REPORT');
    console.info(summary('fence', d), indicator(d, 'SOLD_AFTER_THEFT_REPORT').detail);
    expect(indicator(d, 'SOLD_AFTER_THEFT_REPORT').value).toBe(8);
    expect(indicator(d, 'SOLD_AFTER_THEFT_REPORT').detail).toBe('8 of 88 sales were of guns reported stolen or lost by someone else before the sale');
    expect(d.evidence.totalCount).toBe(6);
    for (const e of d.evidence.edges) expect(e.node.flags).toContain('SOLD_AFTER_THEFT_REPORT');
  });

  it('ranks above the shop that resold one such gun, which ranks above nothing on it', async () => {
    const fenceShop = await readDealer(file.app(), STORE.FENCE);
    const onceShop = await readDealer(file.app(), STORE.ONCE);
    console.info(summary('resold one stolen gun', onceShop));
    expect(indicator(onceShop, 'SOLD_AFTER_THEFT_REPORT').value).toBe(1);
    expect(indicator(fenceShop, 'SOLD_AFTER_THEFT_REPORT').percentile).toBeGreaterThan(indicator(onceShop, 'SOLD_AFTER_THEFT_REPORT').percentile);
    expect(fenceShop.rank).toBeLessThan(onceShop.rank);
  });
});

describe('a gun the store itself reported lost, found again and sold', () => {
  it('is not counted: the report is the store’s own', async () => {
    const d = await readDealer(file.app(), STORE.OWN_LOSS, 'SOLD_AFTER_THEFT_REPORT');
    expect(indicator(d, 'SOLD_AFTER_THEFT_REPORT').value).toBe(0);
    expect(d.evidence.totalCount).toBe(0);
  });
});
