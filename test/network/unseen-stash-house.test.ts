import { describe, expect, it } from 'vitest';
import { networksHolding, offAndOnCase, strawBuyersOf } from './case-reads.js';
import { dayAfter, distinctPeople, gunPath, philadelphiaWorld, saleOnly, worldRecords } from './case-records.js';

// A "new user" case, written by hand as import records (not by the generator): police search a
// stash house and seize eight handguns on one day, nobody named as their holder; the guns were
// bought over five months by four people with nothing else on record between them, two each
// (NFCTA vol. III: trafficked guns held at stash locations before they are passed on). Beside it
// two look-alikes: a gun buyback at a church, where ten people's guns come in on one day, most of
// them bought many years before; and a family's guns seized at the family's own home.
const W = philadelphiaWorld('STSH', '17', '139', { serialPrefix: 'SH', make: 'Stash', model: 'S8' });
const person = distinctPeople(W, 'Stash', 'Lehigh Ave');
const atHome = (k: string) => ({ ...person(k), address: '77 Wister St' });

/** A gun bought by `buyer` on `soldOn`, recovered on `recoveredOn` at `address` with nobody named as holder. */
const seizedGun = (k: string, buyer: string, soldOn: string, recoveredOn: string, address: string) =>
  gunPath(W, k, buyer, soldOn, buyer, recoveredOn).map((r) => (r.type === 'recovery' ? { ...r, address, possessorId: null } : r));

const STASH_DAY = '2025-09-12';
const stash = ['S1', 'S2', 'S3', 'S4'].flatMap((b, i) => [
  person(b),
  ...seizedGun(`${b}A`, b, dayAfter(30 * i, '2025-03-03'), STASH_DAY, '2217 W Somerset St'),
  ...seizedGun(`${b}B`, b, dayAfter(30 * i + 45, '2025-03-03'), STASH_DAY, '2217 W. Somerset Street'),
]);
// Buyback: three guns bought within three years, seven bought in 2014–2016, all handed in on one day.
const BUYBACK_DAY = '2025-06-21';
const buyback = Array.from({ length: 10 }, (_, i) => [
  // Adults when they bought (the importer refuses a handgun sale to anyone under 21).
  { ...person(`K${i}`), dateOfBirth: `${1955 + 2 * i}-0${1 + (i % 9)}-1${i}` },
  ...seizedGun(`K${i}`, `K${i}`, i < 3 ? dayAfter(200 * i, '2023-01-10') : dayAfter(90 * i, '2014-02-03'), BUYBACK_DAY, '300 Church Rd'),
]).flat();
// A family of three at 77 Wister St, each with two guns bought in 2025, all seized at home on one day.
const family = ['F1', 'F2', 'F3'].flatMap((b, i) => [
  atHome(b),
  ...seizedGun(`${b}A`, b, dayAfter(20 * i, '2025-01-06'), '2025-08-01', '77 Wister St'),
  ...seizedGun(`${b}B`, b, dayAfter(20 * i + 70, '2025-01-06'), '2025-08-01', '77 Wister St'),
]);

const records = [
  ...worldRecords(W, 'STSH'),
  ...stash,
  ...buyback,
  ...family,
  // The store's ordinary trade: one handgun a week to customers, never recovered.
  ...Array.from({ length: 12 }, (_, c) => person(`C${c}`)),
  ...Array.from({ length: 200 }, (_, n) => saleOnly(W, `Q${n}`, `C${n % 12}`, dayAfter(7 * n, '2022-01-03'))).flat(),
];

const runs = offAndOnCase(records, { seizureMinPurchasers: 0 });

describe('guns of several buyers seized together with nobody named as holder', () => {
  it('are one network of the four buyers, and its evidence names the guns and the day, not the place', () => {
    const nets = networksHolding(runs.on, W.id('S1'));
    expect(nets).toHaveLength(1);
    expect(strawBuyersOf(nets[0]!)).toEqual(['S1', 'S2', 'S3', 'S4'].map(W.id).sort());
    expect(nets[0]!.typology).toBe('RECEIVER_HUB');
    const line = nets[0]!.evidence.find((e) => e.includes('seized together at one place'))!;
    expect(line).toContain(`8 guns bought by 4 of the purchasers were seized together at one place on ${STASH_DAY}`);
    expect(nets[0]!.evidence.join(' ')).not.toMatch(/Somerset/i);
  });

  it('were no network with the rule off (in the state of sale, no holder: not straw evidence)', () => {
    expect(networksHolding(runs.off, W.id('S1'))).toHaveLength(0);
  });

  it('leave the buyback and the family at home alone', () => {
    for (const k of [...Array.from({ length: 10 }, (_, i) => `K${i}`), 'F1', 'F2', 'F3']) expect(networksHolding(runs.on, W.id(k))).toHaveLength(0);
  });
});
