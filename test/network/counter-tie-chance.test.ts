import { describe, expect, it } from 'vitest';
import { networksHolding, offAndOnCase, strawBuyersOf } from './case-reads.js';
import { dayAfter, distinctPeople, gunPath, manyStoreWorld, saleOnly, storeRecord } from './case-records.js';

// A hand-written case on top of the demo data, as import records: a Portland store that sells to
// many lone prolific buyers (ten people, each with two handguns from two purchases, the first at
// this store, both found with strangers within a year), with nothing on record between any of
// them. Two of them (P1, P2) bought there 100 days apart; two others (C1, C2) two days apart. Where
// such buyers are this many, meetings months apart are what chance gives, and a tie at the counter
// would join unrelated people (ATF, Following the Gun, 2000: straw purchasers of one scheme use the
// same stores; so do unrelated buyers of a busy store). In Oregon: no other case file recovers there.
const {
  w,
  storeOf,
  atStore: at,
} = manyStoreWorld(
  'TIES',
  '9-93-051-01-7C',
  '19',
  { serialPrefix: 'TC', make: 'Counter', model: 'C3' },
  { address: '1111 SW 2nd Ave', city: 'Portland', state: 'OR', latitude: 45.51, longitude: -122.68 },
);
const { id } = w;
const person = distinctPeople(w, 'Tie', 'Burnside St');
const FROM = '2022-01-10';
// Day of each buyer's purchase at the busy store (days after FROM): six others 110 days apart,
// the pair 100 days apart between them, the close pair two days apart.
const AT_STORE: Record<string, number> = { Q0: 20, Q1: 130, Q2: 240, Q3: 350, Q4: 460, Q5: 570, P1: 295, P2: 395, C1: 515, C2: 517 };
const BUYERS = Object.keys(AT_STORE);

// Each buyer: a handgun at the busy store, another 40 days later at a store of their own, each
// found with a different stranger within a year.
const buyerRecords = (b: string, n: number) => {
  const day = AT_STORE[b]!;
  return [
    person(b),
    person(`${b}X0`),
    person(`${b}X1`),
    storeRecord(w, 'TIES', storeOf(n + 1), `Shop ${n + 1}`, n + 1, 'Broadway'),
    ...gunPath(at(0), `${b}G0`, b, dayAfter(day, FROM), `${b}X0`, dayAfter(day + 150, FROM)),
    ...gunPath(at(n + 1), `${b}G1`, b, dayAfter(day + 40, FROM), `${b}X1`, dayAfter(day + 160, FROM)),
  ];
};

const records = [
  { type: 'manufacturer', name: w.maker, kind: 'MANUFACTURER', country: 'US' },
  { type: 'agency', ori: w.ori, name: `TIES ${w.run} Police`, state: 'OR', city: 'Portland', nibinPartner: true },
  storeRecord(w, 'TIES', storeOf(0), 'Counter', 0, 'Broadway'),
  ...Array.from({ length: 30 }, (_, i) => person(`C${i}X`)),
  // The busy store's lawful trade: 300 sales over four years that police never recovered.
  ...Array.from({ length: 300 }, (_, k) => saleOnly(at(0), `T${k}`, `C${k % 30}X`, dayAfter(Math.round(k * 4.8), '2021-06-01'))).flat(),
  ...BUYERS.flatMap(buyerRecords),
];

const run = offAndOnCase(records, { prolificCounterFalseDiscoveryRate: 0 });
const together = (nets: typeof run.on, a: string, b: string) => networksHolding(nets, id(a)).some((n) => strawBuyersOf(n).includes(id(b)));

describe('hand-written case: lone prolific buyers meeting at a store where such buyers are many', () => {
  it('without the measure against chance, joins the two who bought 100 days apart', () => {
    expect(together(run.off, 'P1', 'P2')).toBe(true);
  });

  it('measured against chance, reports each of them on their own evidence and in no network with the other', () => {
    expect(together(run.on, 'P1', 'P2')).toBe(false);
    for (const b of ['P1', 'P2']) expect(networksHolding(run.on, id(b)).length, b).toBeGreaterThan(0);
  });

  it('still joins the two who bought two days apart, and says how the ties were measured', () => {
    const [net, ...rest] = networksHolding(run.on, id('C1'));
    expect(rest).toEqual([]);
    expect(strawBuyersOf(net!)).toEqual([id('C1'), id('C2')].sort());
    const said = net!.evidence.join(' | ');
    expect(said).toContain(`bought guns at dealer ${storeOf(0)} 2 days apart`);
    expect(said).toMatch(/ties between lone prolific purchasers at one counter measured against chance: .* held to purchases within \d+ days of each other/);
  });
});
