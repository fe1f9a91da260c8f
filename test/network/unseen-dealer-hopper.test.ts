import { describe, expect, it } from 'vitest';
import { analysedCaseReads, networksHolding, strawBuyersOf } from './case-reads.js';
import { casePeople, dayAfter, gunPath, saleOnly, type CaseWorld } from './case-records.js';

// A "new user" case, written by hand as import records (not by the generator): a lone straw buyer
// who hops from dealer to dealer, one handgun a visit, so that no licensee ever sells him two
// handguns within five business days and no multiple-sale report is filed anywhere (27 CFR
// 478.126a is per licensee; ATF, Following the Gun, 2000: straw purchasers spread purchases over
// several dealers to avoid the report). He buys in Columbus, Georgia and across the Chattahoochee
// in Phenix City and Opelika, Alabama (he shows an Alabama ID there), and the guns go south-to-north
// up the I-85/I-95 pipeline (NFCTA vol. III): recovered from strangers in Georgia, Alabama, New
// York and Illinois. Dates, places and sizes are this file's own.
//
// H1: eight handguns at six dealers in 41 days; six recovered within a year from six strangers.
// H2: seven handguns at five other dealers in 31 days, never more than 7 days between visits;
//     five recovered from five strangers within ATF's 3-year indicator, three of them within a year.
const RUN = Date.now().toString(36).toUpperCase().slice(-6);
const id = (k: string) => `HOP-${RUN}-${k}`;
const digits = String(Number.parseInt(RUN, 36) % 100_000).padStart(5, '0');
// Expiry year digit 3: the seeded dealers' licences run 6–9, so these never meet one.
const dealer = (county: string, region: string, district: string, n: number) =>
  `${region}-${district}-${county}-01-3K-${String((Number(digits) + n) % 100_000).padStart(5, '0')}`;
const GA = (county: string, n: number) => dealer(county, '1', '58', n);
const AL = (county: string, n: number) => dealer(county, '1', '63', n);
// H1's six stores and H2's five (none shared: two lone buyers at one store would be one lead).
const STORES_H1 = [GA('215', 1), GA('215', 2), GA('145', 3), AL('113', 4), AL('113', 5), AL('081', 6)];
const STORES_H2 = [GA('215', 11), GA('053', 12), AL('113', 13), AL('081', 14), AL('081', 15)];

const PLACES = {
  GA: { address: '700 Broadway', city: 'Columbus', state: 'GA', latitude: 32.46, longitude: -84.99 },
  ATL: { address: '55 Trinity Ave SW', city: 'Atlanta', state: 'GA', latitude: 33.75, longitude: -84.39 },
  AL: { address: '1111 Broad St', city: 'Phenix City', state: 'AL', latitude: 32.47, longitude: -85.0 },
  NY: { address: '1 Police Plz', city: 'New York', state: 'NY', latitude: 40.71, longitude: -74.0 },
  IL: { address: '3510 S Michigan Ave', city: 'Chicago', state: 'IL', latitude: 41.83, longitude: -87.62 },
} as const;
type Place = keyof typeof PLACES;
// Letters in the ORI: seeded ORIs never have one.
const ORI: Record<Place, string> = { GA: `GA${digits}H1`, ATL: `GA${digits}H2`, AL: `AL${digits}H3`, NY: `NY${digits}H4`, IL: `IL${digits}H5` };
const MAKER = `HOP ${RUN} Arms`;
const world = (store: string, at: Place): CaseWorld => ({
  id,
  run: RUN,
  store,
  ori: ORI[at],
  maker: MAKER,
  gun: { serialPrefix: 'HP', make: 'Hop', model: 'H9' },
  recoveredAt: PLACES[at],
});

const FIRST = ['Dorian', 'Quentin', 'Malika', 'Tobias', 'Renata', 'Ignatius', 'Solveig', 'Barnaby', 'Xiomara', 'Leopold', 'Wilhelmina', 'Cyprian'];
const people = casePeople(
  { id, run: RUN },
  { firstNames: FIRST, surname: 'Hop', streets: ['Lee Rd', 'Peachtree St'], fromYear: 1960, years: 40, firstHouse: 200, houseStep: 17 },
);
const person = (k: string, at: Place) => people(k, PLACES[at]);

/** One visit: [days after the first, store, where recovered (null: never), days from sale to recovery]. */
type Visit = [number, string, Place | null, number];
const H1_FROM = '2025-03-03';
const H1: Visit[] = [
  [0, STORES_H1[0]!, 'ATL', 95],
  [5, STORES_H1[3]!, 'NY', 140],
  [11, STORES_H1[1]!, null, 0],
  [16, STORES_H1[4]!, 'GA', 60],
  [22, STORES_H1[2]!, 'IL', 210],
  [28, STORES_H1[5]!, 'AL', 170],
  [35, STORES_H1[0]!, null, 0],
  [41, STORES_H1[3]!, 'ATL', 300],
];
const H2_FROM = '2024-05-06';
const H2: Visit[] = [
  [0, STORES_H2[0]!, 'NY', 120],
  [6, STORES_H2[2]!, 'ATL', 250],
  [12, STORES_H2[1]!, 'AL', 330],
  [17, STORES_H2[3]!, 'GA', 480],
  [23, STORES_H2[4]!, 'IL', 700],
  [27, STORES_H2[0]!, null, 0],
  [31, STORES_H2[2]!, null, 0],
];
const spree = (buyer: string, from: string, visits: Visit[]) =>
  visits.flatMap(([offset, store, at, ttc], n) => {
    const soldOn = dayAfter(offset, from);
    const k = `${buyer}G${n}`;
    if (!at) return saleOnly(world(store, 'GA'), k, buyer, soldOn);
    return [person(`${k}X`, at), ...gunPath(world(store, at), k, buyer, soldOn, `${k}X`, dayAfter(ttc, soldOn))];
  });

const storeRecord = (license: string, n: number) => {
  const at = license.startsWith('1-63') ? PLACES.AL : PLACES.GA;
  return {
    type: 'ffl',
    license,
    name: `HOP ${RUN} Store ${n}`,
    licenseType: '01',
    premisesAddress: `${10 + n} Main St`,
    city: at.city,
    state: at.state,
    latitude: at.latitude,
    longitude: at.longitude,
  };
};
const records = [
  { type: 'manufacturer', name: MAKER, kind: 'MANUFACTURER', country: 'US' },
  ...(Object.keys(PLACES) as Place[]).map((p) => ({
    type: 'agency',
    ori: ORI[p],
    name: `HOP ${RUN} ${p} Police`,
    state: PLACES[p].state,
    city: PLACES[p].city,
    nibinPartner: true,
  })),
  ...[...STORES_H1, ...STORES_H2].map(storeRecord),
  person('H1', 'GA'),
  person('H2', 'GA'),
  ...spree('H1', H1_FROM, H1),
  ...spree('H2', H2_FROM, H2),
];

const { networks, flags } = analysedCaseReads(records);
const flagOf = (k: string) => flags.find((f) => f.personId === id(k));

describe('unseen shape: a lone straw buyer hopping between dealers in two states, one handgun a visit', () => {
  it('flags the buyer of eight guns at six dealers in 41 days, six found with strangers within a year', () => {
    const flag = flagOf('H1');
    expect(flag, 'H1 is not flagged').toBeDefined();
    expect(flag!.strawGuns).toBe(6);
    const said = flag!.evidence.join(' | ');
    expect(said).toContain('recovered from 6 different people');
    expect(said).toContain('4 recovered outside the state of sale');
    expect(said).toContain('bought from 6 dealers');
    // One gun a visit: no dealer ever filed a multiple-sale report, and the evidence must not say so.
    expect(said).not.toMatch(/multiple sales/);
  });

  it('reports him as a LONE_PROLIFIC_BUYER network of one, with the strangers who held his guns', () => {
    const nets = networksHolding(networks, id('H1'));
    expect(nets.map((n) => n.typology)).toEqual(['LONE_PROLIFIC_BUYER']);
    expect(strawBuyersOf(nets[0]!)).toEqual([id('H1')]);
    expect(nets[0]!.evidence.join(' ')).toMatch(/recovered from 6 different people/);
    const holders = nets[0]!.members.edges.filter((m) => m.node.role === 'POSSESSOR').map((m) => m.node.personId);
    expect(holders.sort()).toEqual(['G0', 'G1', 'G3', 'G4', 'G5', 'G7'].map((g) => id(`H1${g}X`)).sort());
  });

  // One reading of the six guns: purchase events are per licensee (27 CFR 478.126a), so six
  // stores are six purchases, never "one purchase event" in the same evidence.
  it('does not describe the same six guns both as three separate purchase events and as one purchase event', () => {
    const said = flagOf('H1')!.evidence.join(' | ');
    const separate = /those guns bought in \d+ separate purchase events/.test(said);
    const one = /guns of one purchase event/.test(said);
    expect({ separate, one }).not.toEqual({ separate: true, one: true });
  });

  // Five of his seven guns were found with five strangers within ATF's 3-year indicator (three
  // within a year, all out of state) after seven visits to five dealers in two states in 31 days.
  // Every visit follows the last by at most 7 days: chained across stores they would read as one
  // purchase event and no repeat buying at all; per licensee they are five.
  it('flags the buyer of seven guns at five dealers in 31 days, five found with strangers within 3 years', () => {
    const flag = flagOf('H2');
    expect(flag, 'H2 is not flagged').toBeDefined();
    expect(flag!.strawGuns).toBe(5);
    expect(networksHolding(networks, id('H2')).map((n) => n.typology)).toEqual(['LONE_PROLIFIC_BUYER']);
  });
});
