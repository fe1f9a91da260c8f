import { describe, expect, it } from 'vitest';
import { analysedCaseReads, networksHolding, strawBuyersOf } from './case-reads.js';
import { casePeople, dayAfter, gunPath, saleOnly, type CaseWorld } from './case-records.js';

// A "new user" case, written by hand as import records (not by the generator): long-gun
// trafficking across the southwest border (NFCTA vol. III: semi-automatic rifles bought by straw
// purchasers in Texas and Arizona for Mexican cartels; ATF, Following the Gun, 2000). A broker
// on record (informant and field-interview reports) sends three buyers to stores in Houston and
// Tucson; each buys two or three rifles, some in one visit (a multiple-sale report: since 2011
// dealers in the border states report two or more such rifles sold to one person within five
// business days), and rifles are seized within months from couriers at Laredo, Eagle Pass and
// Nogales. Beside them, a lone bulk buyer: five AK-pattern rifles in one visit, four seized from
// four couriers within a year. Straw evidence is time-to-crime and possessor ≠ purchaser for any
// firearm (rule 1 of docs/trafficking.md), so rifles must read as handguns do. Dates, places and
// sizes are this file's own.
const RUN = Date.now().toString(36).toUpperCase().slice(-6);
const id = (k: string) => `RIFL-${RUN}-${k}`;
const digits = String(Number.parseInt(RUN, 36) % 100_000).padStart(5, '0');
// Expiry year digit 2: the seeded dealers' licences run 6–9, so these never meet one.
const seq = (n: number) => String((Number(digits) + n) % 100_000).padStart(5, '0');
const STORE = { HOU1: `5-76-201-01-2D-${seq(1)}`, HOU2: `5-76-201-01-2D-${seq(2)}`, TUC: `9-86-019-01-2D-${seq(3)}`, SAT: `5-74-029-01-2D-${seq(4)}` };

const PLACES = {
  HOU: { address: '1200 Travis St', city: 'Houston', state: 'TX', latitude: 29.76, longitude: -95.36 },
  TUC: { address: '270 S Stone Ave', city: 'Tucson', state: 'AZ', latitude: 32.22, longitude: -110.97 },
  SAT: { address: '315 S Santa Rosa Ave', city: 'San Antonio', state: 'TX', latitude: 29.42, longitude: -98.49 },
  LRD: { address: '1 Convent Ave', city: 'Laredo', state: 'TX', latitude: 27.5, longitude: -99.5 },
  EGP: { address: '500 Garrison St', city: 'Eagle Pass', state: 'TX', latitude: 28.71, longitude: -100.5 },
  NOG: { address: '200 N Grand Ave', city: 'Nogales', state: 'AZ', latitude: 31.34, longitude: -110.94 },
} as const;
type Place = keyof typeof PLACES;
// Letters in the ORI: seeded ORIs never have one.
const ORI: Record<Place, string> = {
  HOU: `TX${digits}R1`,
  TUC: `AZ${digits}R2`,
  SAT: `TX${digits}R3`,
  LRD: `TX${digits}R4`,
  EGP: `TX${digits}R5`,
  NOG: `AZ${digits}R6`,
};
const MAKER = `RIFL ${RUN} Arms`;
const RIFLES = [
  { caliber: '5.56x45mm NATO', model: 'AR15' },
  { caliber: '7.62x39mm', model: 'AK47' },
] as const;
const world = (store: string, at: Place): CaseWorld => ({
  id,
  run: RUN,
  store,
  ori: ORI[at],
  maker: MAKER,
  gun: { serialPrefix: 'RF', make: 'Rifl', model: 'R1' },
  recoveredAt: PLACES[at],
});
/** The records of a gun path, made a semi-automatic rifle (`type`: an index into RIFLES) sold as part of a multiple sale or not. */
const asRifle = (path: Array<Record<string, unknown>>, type: number, multipleSale: boolean) =>
  path.map((r) => (r.type === 'firearm' ? { ...r, kind: 'RIFLE', ...RIFLES[type]! } : r.type === 'sale' ? { ...r, multipleSale } : r));

const FIRST = ['Evaristo', 'Graciela', 'Heriberto', 'Jacinta', 'Leandro', 'Maribel', 'Octavio', 'Perla', 'Rosendo', 'Soledad', 'Teodoro', 'Yesenia'];
const people = casePeople(
  { id, run: RUN },
  { firstNames: FIRST, surname: 'Rifl', streets: ['Speedway Blvd', 'Bellaire Blvd'], fromYear: 1965, years: 35, firstHouse: 400, houseStep: 13 },
);
const person = (k: string, at: Place) => people(k, PLACES[at]);

/** One rifle: [buyer, store, sold on, bought in a multiple sale, rifle type, seized where (null: never), days to seizure]. */
type Rifle = [string, string, string, boolean, number, Place | null, number];
const RING: Rifle[] = [
  ['T1', STORE.HOU1, '2025-01-11', true, 0, 'LRD', 52],
  ['T1', STORE.HOU1, '2025-01-11', true, 1, null, 0],
  ['T1', STORE.HOU2, '2025-02-22', false, 0, 'EGP', 81],
  ['T2', STORE.HOU2, '2025-01-25', false, 1, 'LRD', 118],
  ['T2', STORE.HOU1, '2025-03-15', true, 0, null, 0],
  ['T2', STORE.HOU1, '2025-03-15', true, 0, 'LRD', 64],
  ['T3', STORE.TUC, '2025-02-08', true, 1, 'NOG', 37],
  ['T3', STORE.TUC, '2025-02-08', true, 1, null, 0],
  ['T3', STORE.TUC, '2025-04-05', false, 0, 'NOG', 140],
];
// The bulk buyer: five rifles in one visit at a San Antonio store, four seized within a year.
const BULK: Rifle[] = [0, 1, 2, 3, 4].map((n) => [
  'B1',
  STORE.SAT,
  '2025-06-14',
  true,
  1,
  n < 4 ? (['LRD', 'EGP', 'LRD', 'NOG'] as const)[n]! : null,
  40 + 55 * n,
]);
const rifles = (list: Rifle[]) =>
  list.flatMap(([buyer, store, soldOn, multiple, type, at, days], n) => {
    const k = `${buyer}R${n}`;
    if (!at) return asRifle(saleOnly(world(store, 'HOU'), k, buyer, soldOn), type, multiple);
    return [person(`${k}C`, at), ...asRifle(gunPath(world(store, at), k, buyer, soldOn, `${k}C`, dayAfter(days, soldOn)), type, multiple)];
  });

const storeRecord = (license: string, at: Place, n: number) => ({
  type: 'ffl',
  license,
  name: `RIFL ${RUN} Outdoors ${n}`,
  licenseType: '01',
  premisesAddress: `${20 + n} Commerce St`,
  city: PLACES[at].city,
  state: PLACES[at].state,
  latitude: PLACES[at].latitude,
  longitude: PLACES[at].longitude,
});
const tie = (from: string, source: string) => ({ type: 'association', fromPersonId: id(from), toPersonId: id('BR'), source, since: '2024-09-01' });
const records = [
  { type: 'manufacturer', name: MAKER, kind: 'MANUFACTURER', country: 'US' },
  ...(Object.keys(PLACES) as Place[]).map((p) => ({
    type: 'agency',
    ori: ORI[p],
    name: `RIFL ${RUN} ${p} Police`,
    state: PLACES[p].state,
    city: PLACES[p].city,
    nibinPartner: true,
  })),
  storeRecord(STORE.HOU1, 'HOU', 1),
  storeRecord(STORE.HOU2, 'HOU', 2),
  storeRecord(STORE.TUC, 'TUC', 3),
  storeRecord(STORE.SAT, 'SAT', 4),
  person('BR', 'HOU'),
  person('T1', 'HOU'),
  person('T2', 'HOU'),
  person('T3', 'TUC'),
  person('B1', 'SAT'),
  tie('T1', 'INFORMANT'),
  tie('T2', 'FIELD_INTERVIEW'),
  tie('T3', 'INFORMANT'),
  ...rifles(RING),
  ...rifles(BULK),
];

const { networks, flags } = analysedCaseReads(records);
const flagOf = (k: string) => flags.find((f) => f.personId === id(k));

describe('unseen shape: rifles bought in Texas and Arizona by a broker’s buyers, seized near the border within months', () => {
  it('reports the broker and his three buyers as one STRAW_RING_BROKER network, the broker named in its evidence', () => {
    const nets = networksHolding(networks, id('T1'));
    expect(nets).toHaveLength(1);
    expect(strawBuyersOf(nets[0]!)).toEqual([id('T1'), id('T2'), id('T3')]);
    expect(nets[0]!.typology).toBe('STRAW_RING_BROKER');
    const broker = nets[0]!.members.edges.find((m) => m.node.personId === id('BR'))?.node;
    expect(broker?.role).toBe('BROKER');
    expect(nets[0]!.evidence).toContain(`broker ${id('BR')} is a known associate of 3 of the purchasers`);
    expect(nets[0]!.evidence).toContainEqual(
      expect.stringContaining(`${id('BR')} is on record as an associate of 3 people who bought guns between 2025-01-11 and 2025-04-05`),
    );
    // Six rifles from six purchase events in three months, every one seized within a year.
    expect(nets[0]!.evidence[0]).toBe('6 guns bought by 3 purchaser(s) were recovered from someone else within 1095 days of sale; 6 within a year');
  });

  // One multiple-sale report covers every handgun or rifle of the sale, so the evidence counts the
  // purchases that were reported (six rifles, three reports) and does not call them reports.
  it('counts the purchases reported as multiple sales, not reports', () => {
    const said = networksHolding(networks, id('T1'))[0]!.evidence;
    expect(said).toContain('6 purchase(s) reported as multiple sales');
    expect(said.join(' ')).not.toMatch(/multiple-sale report/);
  });

  it('flags each of the three buyers with the rifles seized from couriers as straw evidence', () => {
    for (const k of ['T1', 'T2', 'T3']) {
      const flag = flagOf(k);
      expect(flag, `${k} is not flagged`).toBeDefined();
      expect(flag!.strawGuns, k).toBe(2);
      expect(flag!.evidence[0], k).toBe('2 gun(s) recovered from someone else within 1095 days of sale (2 within 365 days)');
    }
  });

  it('flags the bulk buyer of five rifles in one visit, four seized from four couriers within a year, as a lone buyer', () => {
    const flag = flagOf('B1');
    expect(flag, 'B1 is not flagged').toBeDefined();
    expect(flag!.strawGuns).toBe(4);
    expect(flag!.evidence).toContain("4 guns of one purchase event recovered within 365 days from 4 different people outside the buyer's household");
    const nets = networksHolding(networks, id('B1'));
    expect(nets.map((n) => [n.typology, strawBuyersOf(n)])).toEqual([['LONE_PROLIFIC_BUYER', [id('B1')]]]);
  });
});
