import { describe, expect, it } from 'vitest';
import { networksHolding, offAndOnCase, strawBuyersOf } from './case-reads.js';
import { dayAfter, distinctPeople, gunPath, philadelphiaWorld, saleOnly, worldRecords } from './case-records.js';

// A "new user" case, written by hand as import records (not by the generator): a woman buys three
// handguns in one visit (a multiple sale) for her boyfriend, who cannot pass the background check;
// police find all three with him within the year (18 U.S.C. 922(a)(6); Abramski v. United States,
// 2014: buying for another person is the straw purchase; ATF, Following the Gun, 2000). No
// association is on record and she never buys again. Beside her, two look-alikes: a father whose
// two handguns of one visit are found with his son at the family home, and a buyer whose three
// handguns of one visit are found with the same man only after two years.
const W = philadelphiaWorld('PTNR', 'P1', '131', { serialPrefix: 'PT', make: 'Partner', model: 'P3' });
const person = distinctPeople(W, 'Partner', 'Spring Garden St');
const atHome = (k: string, address: string) => ({ ...person(k), address });

/** `n` handguns bought by `buyer` on `day` (one multiple sale), each recovered from `holder` `ttc(i)` days later. */
const oneVisit = (buyer: string, day: string, n: number, holder: string, ttc: (i: number) => number) =>
  Array.from({ length: n }, (_, i) =>
    gunPath(W, `${buyer}G${i}`, buyer, day, holder, dayAfter(ttc(i), day)).map((r) => (r.type === 'sale' ? { ...r, multipleSale: true } : r)),
  ).flat();

const records = [
  ...worldRecords(W, 'PTNR'),
  person('BUYER'),
  person('BOYFRIEND'),
  ...oneVisit('BUYER', '2025-01-17', 3, 'BOYFRIEND', (i) => [64, 151, 233][i]!),
  atHome('FATHER', '41 Wissahickon Ave'),
  atHome('SON', '41 Wissahickon Ave.'),
  ...oneVisit('FATHER', '2025-02-07', 3, 'SON', (i) => [90, 120, 200][i]!),
  person('SLOW'),
  person('FRIEND'),
  ...oneVisit('SLOW', '2022-03-04', 3, 'FRIEND', (i) => [760, 800, 840][i]!),
  // The store's ordinary trade: one handgun a week to customers, never recovered.
  ...Array.from({ length: 12 }, (_, c) => person(`C${c}`)),
  ...Array.from({ length: 150 }, (_, n) => saleOnly(W, `Q${n}`, `C${n % 12}`, dayAfter(7 * n, '2022-01-03'))).flat(),
];

const runs = offAndOnCase(records, { singleEventSameHolderMinGuns: 0 });

describe('one multiple sale handed over whole to one other person', () => {
  it('is reported with the person the guns went to, and her evidence names him', () => {
    const nets = networksHolding(runs.on, W.id('BUYER'));
    expect(nets).toHaveLength(1);
    const net = nets[0]!;
    expect(strawBuyersOf(net)).toEqual([W.id('BUYER')]);
    expect(net.members.edges.map((e) => e.node.personId)).toContain(W.id('BOYFRIEND'));
    expect(net.evidence).toContain(
      `3 guns of one purchase event recovered within 365 days from the same person outside the buyer's household (${W.id('BOYFRIEND')})`,
    );
    expect(new Set(net.evidence).size).toBe(net.evidence.length);
  });

  it('was missed with the rule off', () => {
    expect(networksHolding(runs.off, W.id('BUYER'))).toHaveLength(0);
  });

  it('leaves the father whose guns are at the family home, and the guns found after two years, alone', () => {
    for (const k of ['FATHER', 'SON', 'SLOW', 'FRIEND']) expect(networksHolding(runs.on, W.id(k))).toHaveLength(0);
  });
});
