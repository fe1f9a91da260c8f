import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { analysedOffAndOn, networksHolding, readAllFlags, removeCaseGuns, strawBuyersOf, type CaseFlag, type OffAndOn } from './case-reads.js';
import { dayAfter, distinctPeople, gunPath, manyStoreWorld, storeRecord } from './case-records.js';

// A hand-written case on top of the demo data, as import records: lawful repeat buyers, a pattern
// the generator never writes (every generated background sale goes to a new person). In Denver (no
// generated or other case record sells or recovers in Colorado), 30 people each bought a gun in
// 2015 that police found with a stranger in 2022 (more than ATF's 3-year indicator: never straw
// evidence), then one gun in March 2023 and one in September 2023, each found with a stranger 200
// days later. Two guns from two purchase events, both diverted within a year, flag a buyer alone
// on counts; here the old gun of every one of them shows a buyer whose guns reach crime at the
// city's rate, and chance explains buyers like them. Beside them, one straw purchaser bought five
// guns 25 days apart, each found with a stranger within 120 days: he must still be reported.
const {
  w,
  storeOf,
  atStore: at,
} = manyStoreWorld(
  'LAWFUL',
  '5-84-031-01-7C',
  '21',
  { serialPrefix: 'LW', make: 'Lawful', model: 'L9' },
  {
    address: '1331 Cherokee St',
    city: 'Denver',
    state: 'CO',
    latitude: 39.74,
    longitude: -104.99,
  },
);
const { id } = w;
const person = distinctPeople(w, 'Lawful', 'Colfax Ave');
const LAWFUL = 30;
/** A buyer, old enough for a handgun in 2015: born 1955–1984, a different year each. */
const buyer = (k: string, n: number) => ({ ...person(k), dateOfBirth: `${1955 + n}-0${1 + (n % 9)}-1${n % 9}` });
const STRAW_GUNS = 5;

/** Lawful buyer i's guns: one from 2015 found after 2,600 days, two from 2023 found after 200 days, each at a store of its own. */
const lawfulGuns = (i: number) => [
  gunPath(at(3 * i), `L${i}-0`, `L${i}`, dayAfter(3 * i, '2015-02-02'), `LH${i}-0`, dayAfter(3 * i + 2600, '2015-02-02')),
  gunPath(at(3 * i + 1), `L${i}-1`, `L${i}`, dayAfter(3 * i, '2023-03-01'), `LH${i}-1`, dayAfter(3 * i + 200, '2023-03-01')),
  gunPath(at(3 * i + 2), `L${i}-2`, `L${i}`, dayAfter(3 * i, '2023-09-01'), `LH${i}-2`, dayAfter(3 * i + 200, '2023-09-01')),
];
const strawGuns = Array.from({ length: STRAW_GUNS }, (_, g) =>
  gunPath(at(200 + g), `T-${g}`, 'T', dayAfter(25 * g, '2024-01-08'), `TH${g}`, dayAfter(25 * g + 120, '2024-01-08')),
);

const records = [
  { type: 'manufacturer', name: w.maker, kind: 'MANUFACTURER', country: 'US' },
  { type: 'agency', ori: w.ori, name: `LAWFUL ${w.run} Police`, state: 'CO', city: 'Denver', nibinPartner: true },
  ...Array.from({ length: 3 * LAWFUL }, (_, s) => storeRecord(w, 'LAWFUL', storeOf(s), `Store ${s}`, s, 'Broadway')),
  ...Array.from({ length: STRAW_GUNS }, (_, g) => storeRecord(w, 'LAWFUL', storeOf(200 + g), `Store ${200 + g}`, 200 + g, 'Broadway')),
  ...Array.from({ length: LAWFUL }, (_, i) => [buyer(`L${i}`, i), ...[0, 1, 2].map((g) => person(`LH${i}-${g}`)), ...lawfulGuns(i).flat()]).flat(),
  buyer('T', LAWFUL),
  ...Array.from({ length: STRAW_GUNS }, (_, g) => person(`TH${g}`)),
  ...strawGuns.flat(),
];

let app: TestApp;
let run: OffAndOn;
let flags: CaseFlag[];
beforeAll(async () => {
  app = await startTestApp();
  run = await analysedOffAndOn(app, records, { repeatBuyerFalseDiscoveryRate: 0 });
  flags = await readAllFlags(app);
}, 600_000);
afterAll(async () => {
  await removeCaseGuns(app, records);
  await app.close();
});

const lawfulIn = (nets: OffAndOn['on']) => Array.from({ length: LAWFUL }, (_, i) => networksHolding(nets, id(`L${i}`))).filter((n) => n.length > 0).length;

describe('hand-written case: lawful repeat buyers whose guns reach crime by chance', () => {
  it('with the rule switched off, reports each of them as a lone prolific buyer', () => {
    expect(lawfulIn(run.off)).toBe(LAWFUL);
    expect(networksHolding(run.off, id('L0'))[0]!.typology).toBe('LONE_PROLIFIC_BUYER');
  });

  it('measures chance on their old guns, and neither reports nor flags any of them', () => {
    const line = run.log.find((m) => m.includes('buyers with straw guns from two or more purchase events'));
    expect(line, run.log.join('\n')).toMatch(
      /from lawful repeat buying \(\d+ buyers seen with a gun that cannot be straw evidence\), at levels 0\.\.\d; level [1-5] used\./,
    );
    expect(lawfulIn(run.on)).toBe(0);
    const lawfulFlags = flags.filter((f) => f.personId.startsWith(id('L')) && !f.personId.startsWith(id('LH')));
    expect(lawfulFlags).toEqual([]);
  });

  it('still reports the straw purchaser alone, with the level in his evidence', () => {
    const [net, ...rest] = networksHolding(run.on, id('T'));
    expect(rest).toEqual([]);
    expect(net!.typology).toBe('LONE_PROLIFIC_BUYER');
    expect(strawBuyersOf(net!)).toEqual([id('T')]);
    const flag = flags.find((f) => f.personId === id('T'));
    expect(flag?.strawGuns).toBe(STRAW_GUNS);
    expect(flag!.evidence.join(' ')).toMatch(/repeat buying measured against lawful repeat buyers: .*\(level [1-5]: at most 10% of such buyers/);
  });
});
