import { describe, expect, it } from 'vitest';
import { analysedCaseFile, networksHolding, strawBuyersOf } from './case-reads.js';
import { dayAfter, gunPath, philadelphians, philadelphiaWorld, saleOnly, worldRecords } from './case-records.js';

// A hand-written case on top of the demo data, as import records (not by the generator): a
// "buying party", five people with nothing on record between them or with anyone, each buying one
// handgun at one store within three days (one gun each, so no multiple-sale report), every gun
// recovered from a different stranger within months (ATF, Following the Gun, 2000: a trafficker
// brings several straw purchasers to the same dealer together). Beside it, five buyers of one
// handgun each at the same store, one every five months, whose guns were recovered from strangers
// only after 3 years: the same store and one-gun buyers, without the burst or the short
// time-to-crime. Dates, places and sizes are this file's own, independent of the generator.
const w = philadelphiaWorld('PRTY', '11', '137', { serialPrefix: 'BP', make: 'Party', model: 'B5' });
const { id } = w;
const person = philadelphians(w, 'Party', 'Locust St', 500);
const NAMES = ['Ada', 'Bram', 'Cole', 'Dina', 'Ezra'];

const PARTY_DAY = '2025-04-07';
const party = NAMES.flatMap((name, i) => [
  person(`B${i}`, name, `199${i}-06-0${i + 1}`),
  person(`BH${i}`, `Holder${i}`, `200${i}-02-1${i}`),
  ...gunPath(w, `B${i}`, `B${i}`, dayAfter(i % 3, PARTY_DAY), `BH${i}`, dayAfter(60 + 35 * i, PARTY_DAY)),
]);

const LAWFUL_FROM = '2019-01-14';
const lawful = NAMES.flatMap((name, i) => [
  person(`L${i}`, `${name}l`, `197${i}-09-1${i}`),
  person(`LH${i}`, `Later${i}`, `199${i}-03-2${i}`),
  ...gunPath(w, `L${i}`, `L${i}`, dayAfter(150 * i, LAWFUL_FROM), `LH${i}`, dayAfter(150 * i + 1300, LAWFUL_FROM)),
]);

// The store's ordinary trade: a handgun a week from 2018 to 2026 to 40 regular customers, none
// recovered, so the counter scan measures the burst against a store that sells all year.
const TRADE_FROM = '2018-01-08';
const trade = [
  ...Array.from({ length: 40 }, (_, c) => person(`C${c}`, `Cust${c}`, `196${c % 10}-0${(c % 9) + 1}-1${c % 10}`)),
  ...Array.from({ length: 440 }, (_, k) => saleOnly(w, `T${k}`, `C${k % 40}`, dayAfter(7 * k, TRADE_FROM))).flat(),
];

const records = [...worldRecords(w, 'PRTY'), ...party, ...lawful, ...trade];

const analysed = analysedCaseFile(records);

describe('hand-written case: a buying party of five one-time buyers at one store within three days', () => {
  it('reports the five as one network tied by the store and the days, with nothing on record between them', () => {
    const nets = networksHolding(analysed.networks(), id('B0'));
    expect(nets).toHaveLength(1);
    expect(strawBuyersOf(nets[0]!)).toEqual(NAMES.map((_, i) => id(`B${i}`)).sort());
    // One-time buyers sent to one store: the recruiter typology, though nobody recorded a recruiter.
    expect(nets[0]!.typology).toBe('RECRUITER_ONE_TIME_BUYERS');
    expect(nets[0]!.evidence).toContainEqual(expect.stringContaining(`5 different purchasers bought guns at dealer ${w.store} between ${PARTY_DAY}`));
  });

  it('leaves the one-gun buyers spread over two years at the same store, guns recovered after 3 years, out of every network', () => {
    for (let i = 0; i < NAMES.length; i++) expect(networksHolding(analysed.networks(), id(`L${i}`))).toEqual([]);
  });
});
