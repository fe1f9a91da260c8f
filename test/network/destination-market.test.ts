import { describe, expect, it } from 'vitest';
import { networksHolding, offAndOnCase, strawBuyersOf } from './case-reads.js';
import { dayAfter, distinctPeople, gunPath, manyStoreWorld, saleOnly, storeRecord } from './case-records.js';

// A hand-written case on top of the demo data, as import records: a busy Nashville store whose
// crime guns turn up all the time (forty buyers over four years, each gun found within the year
// with a stranger in Nashville, beside 400 lawful sales), and, amid that trade, four one-time
// buyers who bought there within ten days in June 2023, whose guns were each found within months
// with a different person in Des Moines, Iowa, and with nobody on record tying them (a
// recruiter's campaign for a distant market: NFCTA vol. III; ATF, Following the Gun, 2000). The
// store's own counter scan cannot tell four buyers in ten days from its usual trade; the same
// scan per destination city can, since none of the store's other guns ever went to Des Moines.
// In Tennessee and Iowa: no other case file recovers there.
const {
  w,
  storeOf,
  atStore: at,
} = manyStoreWorld(
  'MARKET',
  '4-62-037-01-7C',
  '16',
  { serialPrefix: 'MK', make: 'Market', model: 'M9' },
  {
    address: '600 Broadway',
    city: 'Nashville',
    state: 'TN',
    latitude: 36.16,
    longitude: -86.78,
  },
);
const { id } = w;
const shop = at(0);
const desMoines = {
  ...shop,
  ori: `IA${w.ori.slice(2, 7)}17`,
  recoveredAt: { address: '400 Robert D Ray Dr', city: 'Des Moines', state: 'IA', latitude: 41.59, longitude: -93.6 },
};
const person = distinctPeople(w, 'Market', 'Charlotte Ave');
const FROM = '2021-01-05';
const STRAW = 40;
const CAMPAIGN = ['R1', 'R2', 'R3', 'R4'];

const records = [
  { type: 'manufacturer', name: w.maker, kind: 'MANUFACTURER', country: 'US' },
  { type: 'agency', ori: w.ori, name: `MARKET ${w.run} Police`, state: 'TN', city: 'Nashville', nibinPartner: true },
  { type: 'agency', ori: desMoines.ori, name: `MARKET ${w.run} Iowa Police`, state: 'IA', city: 'Des Moines', nibinPartner: true },
  storeRecord(w, 'MARKET', storeOf(0), 'Counter', 0, 'Broadway'),
  ...Array.from({ length: 40 }, (_, i) => person(`C${i}`)),
  // The store's lawful trade: 400 sales over four years that police never recovered.
  ...Array.from({ length: 400 }, (_, k) => saleOnly(shop, `T${k}`, `C${k % 40}`, dayAfter(Math.round(k * 3.6), FROM))).flat(),
  // Its steady crime guns: one buyer about every 36 days, each gun found with a stranger in Nashville.
  ...Array.from({ length: STRAW }, (_, i) => [
    person(`B${i}`),
    person(`H${i}`),
    ...gunPath(shop, `S${i}`, `B${i}`, dayAfter(i * 36, FROM), `H${i}`, dayAfter(i * 36 + 300, FROM)),
  ]).flat(),
  // The campaign: four buyers in ten days, each gun found with a different person in Des Moines.
  ...CAMPAIGN.map((b, i) => [
    person(b),
    person(`D${i}`),
    ...gunPath(desMoines, `M${i}`, b, dayAfter([0, 3, 7, 10][i]!, '2023-06-05'), `D${i}`, dayAfter(60 + 25 * i, '2023-06-05')),
  ]).flat(),
];

const run = offAndOnCase(records, { marketScan: 'OFF' });

describe('hand-written case: a campaign for a distant market at a busy store', () => {
  it('with the scan per destination switched off, reports none of the campaign’s buyers', () => {
    for (const b of CAMPAIGN) expect(networksHolding(run.off, id(b))).toEqual([]);
  });

  it('reports the four buyers as one network, naming the store, the days and the city', () => {
    const [net, ...rest] = networksHolding(run.on, id('R1'));
    expect(rest).toEqual([]);
    expect(strawBuyersOf(net!)).toEqual(CAMPAIGN.map(id).sort());
    expect(net!.evidence.join(' ')).toMatch(
      new RegExp(
        `4 different purchasers bought guns at dealer ${storeOf(0)} between 2023-06-05 and 2023-06-15 that were soon recovered from others in Des Moines, IA`,
      ),
    );
  });

  it('puts none of the store’s steady crime-gun buyers in a network', () => {
    const joined = Array.from({ length: STRAW }, (_, i) => networksHolding(run.on, id(`B${i}`))).filter((n) => n.length > 0);
    expect(joined).toEqual([]);
  });
});
