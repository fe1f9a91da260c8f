import { describe, expect, it } from 'vitest';
import { dayAfter, gunPath as casePath, philadelphians, saleOnly, type CaseWorld } from './case-records.js';
import { analysedCaseReads, networksHolding, type CaseNetwork } from './case-reads.js';

// A recruiter on record (field interviews) for three one-time buyers he sent to two small stores
// in April 2025 (two of their guns were found with one man who took them); two more bought one
// handgun each at those stores weeks before or after, with no tie on record, and their guns too
// were recovered in Philadelphia from strangers within months (ATF,
// Following the Gun, 2000: recruiters send one-time buyers to the same few stores; an
// investigation records some of them). They fall outside the days the recorded buyers fix at each
// store, so only the campaign as a whole (both stores, its whole span) takes them in. Beside them:
// a buyer at a campaign store months later, one at another store in the campaign's days, one whose
// gun went to another state, and one who bought twice, none of whom the campaign may take in.
// Dates, places and sizes are chosen here, independently of the generator.
const RUN = Date.now().toString(36).toUpperCase().slice(-6);
const id = (k: string) => `RSTO-${RUN}-${k}`;
const digits = String(Number.parseInt(RUN, 36) % 100_000).padStart(5, '0');
const STORE_A = `8-23-045-01-7C-${digits}`;
const STORE_B = `8-23-029-01-7C-${digits}`;
const STORE_C = `8-23-091-01-7C-${digits}`;
// A letter in the ORI: seeded ORIs never have one, so the fixture's recoveries stay its own.
const ORI = `PA${digits}R1`;
const ORI_NJ = `NJ${digits}R1`;
const MAKER = `RSTO ${RUN} Arms`;

const world: CaseWorld = {
  id,
  run: RUN,
  store: STORE_A,
  ori: ORI,
  maker: MAKER,
  gun: { serialPrefix: 'RS', make: 'Rsto', model: 'P9' },
  recoveredAt: { address: '2200 Recruit Ave', city: 'Philadelphia', state: 'PA', latitude: 39.98, longitude: -75.16 },
};
const camden = { ...world, ori: ORI_NJ, recoveredAt: { address: '5 Ferry Ave', city: 'Camden', state: 'NJ', latitude: 39.93, longitude: -75.11 } };
/** One handgun bought at `store` by `buyer` on `soldOn`, recovered from `holder` on `recoveredOn`, traced back. */
const gunPath = (k: string, store: string, buyer: string, soldOn: string, recoveredOn: string, w: CaseWorld = world, holder = `H${k}`) =>
  casePath({ ...w, store }, k, buyer, soldOn, holder, recoveredOn);
// The recruiter's man who took K1's and K2's guns, both bought at store A, and was found with them.
const RECEIVED = new Set(['K1', 'K2']);
const person = philadelphians(world, 'Rsto', 'Recruit Ave', 40);
const ffl = (license: string, name: string, city: string) => ({
  type: 'ffl',
  license,
  name: `RSTO ${RUN} ${name}`,
  licenseType: '01',
  premisesAddress: '9 Market St',
  city,
  state: 'PA',
  latitude: 40.0,
  longitude: -75.3,
});

// [key, store, sold, recovered]
const RECORDED: Array<[string, string, string, string]> = [
  ['K1', STORE_A, '2025-04-02', '2025-07-11'],
  ['K2', STORE_A, '2025-04-15', '2025-08-30'],
  ['K3', STORE_B, '2025-04-24', '2025-09-19'],
];
const UNRECORDED: Array<[string, string, string, string]> = [
  ['U1', STORE_A, '2025-05-08', '2025-10-02'],
  ['U2', STORE_B, '2025-03-18', '2025-06-27'],
];
const OUTSIDE: Array<[string, string, string, string]> = [
  ['LATE', STORE_A, '2025-09-03', '2026-01-14'],
  ['OTHER', STORE_C, '2025-04-20', '2025-09-01'],
];
const FIRST = ['Ash', 'Bay', 'Cove', 'Dale', 'Elm', 'Fern', 'Glen', 'Hale', 'Ivy', 'Jade', 'Kit', 'Lark', 'Moss', 'Nash', 'Oak', 'Pike', 'Quill', 'Reed'];
const born = (i: number) => `${1972 + (i % 25)}-0${1 + (i % 9)}-2${i % 8}`;
const buyers = [...RECORDED, ...UNRECORDED, ...OUTSIDE].map(([k]) => k);

// Each store's ordinary trade: a lawful sale every five weeks from 2022 to mid-2026, never recovered,
// so a store's crime guns are judged against its own business over time, as real stores' are.
const LAWFUL = ['LA', 'LB', 'LC', 'LD'];
const trade = (store: string, tag: string) =>
  Array.from({ length: 46 }, (_, n) => saleOnly({ ...world, store }, `${tag}${n}`, LAWFUL[n % LAWFUL.length]!, dayAfter(n * 35, '2022-01-10'))).flat();

const records = [
  { type: 'manufacturer', name: MAKER, kind: 'MANUFACTURER', country: 'US' },
  { type: 'agency', ori: ORI, name: `RSTO ${RUN} Police Department`, state: 'PA', city: 'Philadelphia', nibinPartner: true },
  { type: 'agency', ori: ORI_NJ, name: `RSTO ${RUN} Camden Police`, state: 'NJ', city: 'Camden', nibinPartner: true },
  ffl(STORE_A, 'Outfitters', 'Media'),
  ffl(STORE_B, 'Sporting Goods', 'Chester'),
  ffl(STORE_C, 'Pawn and Gun', 'Norristown'),
  person('RK', 'Rowan', '1980-10-21'),
  ...[...buyers, 'NORTH', 'TWICE'].map((k, i) => person(k, FIRST[i]!, born(i))),
  ...LAWFUL.map((k, i) => person(k, FIRST[10 + i]!, born(40 + i))),
  ...trade(STORE_A, 'TA'),
  ...trade(STORE_B, 'TB'),
  ...trade(STORE_C, 'TC'),
  ...['K3', 'U1', 'U2', 'LATE', 'OTHER', 'N', 'T1', 'T2'].map((k, i) => person(`H${k}`, FIRST[17 - i]!, born(20 + i))),
  ...RECORDED.map(([k]) => ({ type: 'association', fromPersonId: id(k), toPersonId: id('RK'), source: 'FIELD_INTERVIEW', since: '2025-01-15' })),
  person('HRCV', 'Vale', '1994-03-03'),
  ...[...RECORDED, ...UNRECORDED, ...OUTSIDE].flatMap(([k, store, sold, recovered]) =>
    gunPath(k, store, k, sold, recovered, world, RECEIVED.has(k) ? 'HRCV' : `H${k}`),
  ),
  // NORTH bought at a campaign store in its days, but his gun was found across the river in New Jersey.
  ...gunPath('N', STORE_B, 'NORTH', '2025-04-10', '2025-08-08', camden),
  // TWICE bought at a campaign store in its days and again three weeks later: a repeat buyer, not a one-time one.
  ...gunPath('T1', STORE_A, 'TWICE', '2025-04-09', '2025-08-15'),
  ...gunPath('T2', STORE_A, 'TWICE', '2025-04-30', '2025-09-25'),
];

// Read once after this file's analysis; the file's guns are removed afterwards, so later files see none of them.
const read = analysedCaseReads(records);
const flagged = { has: (personId: string) => read.flags.some((f) => f.personId === personId) };

const networkOf = (k: string) => networksHolding(read.networks, id(k))[0];
const memberOf = (net: CaseNetwork, k: string) => net.members.edges.find((e) => e.node.personId === id(k))?.node;

describe("a recruiter's campaign over two stores, imported on top of the seeded graph", () => {
  it('reports the recorded buyers and the unrecorded ones of both stores as one recruiter network', () => {
    const net = networkOf('K1');
    expect(net, 'no network holds the first recorded buyer').toBeDefined();
    const straw = net!.members.edges.filter((e) => e.node.role === 'STRAW_PURCHASER').map((e) => e.node.personId);
    expect(straw.sort()).toEqual(['K1', 'K2', 'K3', 'U1', 'U2'].map(id).sort());
    expect(net!.typology).toBe('RECRUITER_ONE_TIME_BUYERS');
    expect(memberOf(net!, 'RK')?.role).toBe('BROKER');
  });

  it('says which buyers nothing on record ties, where and when they bought, and how many chance would give', () => {
    const net = networkOf('K1')!;
    const line = net.evidence.find((e) => e.includes('one-time purchaser(s) with no recorded tie'));
    expect(line, net.evidence.join('\n')).toBeDefined();
    expect(line).toContain(`(${[id('U1'), id('U2')].sort().join(', ')})`);
    expect(line).toContain(STORE_A);
    expect(line).toContain(STORE_B);
    expect(line).toMatch(/\(\d\.\d\d such buyers expected there by chance\)/);
    for (const [k, store, sold] of UNRECORDED) {
      const own = memberOf(net, k)!.evidence.filter((e) => e.startsWith('no recorded tie: bought once'));
      expect(own, `${k}: ${memberOf(net, k)!.evidence.join(' | ')}`).toHaveLength(1);
      expect(own[0]).toContain(`${store} on ${sold}`);
    }
    for (const [k] of RECORDED) expect(memberOf(net, k)!.evidence.some((e) => e.startsWith('no recorded tie'))).toBe(false);
  });

  it('flags the unrecorded buyers, and none of the buyers outside the campaign’s stores, days or market', () => {
    for (const [k] of UNRECORDED) expect(flagged.has(id(k)), k).toBe(true);
    for (const k of ['LATE', 'OTHER', 'NORTH']) {
      expect(flagged.has(id(k)), `${k} flagged`).toBe(false);
      expect(networkOf(k), `${k} in a network`).toBeUndefined();
    }
  });

  it('never takes a repeat buyer into a campaign of one-time buyers, whatever his own evidence says', () => {
    // Two handguns three weeks apart, both soon with strangers: the rules may flag him on his own
    // (repeat buying), but he is not one of the recruiter's one-time buyers.
    expect(memberOf(networkOf('K1')!, 'TWICE')).toBeUndefined();
    for (const net of networksHolding(read.networks, id('TWICE'))) expect(net.typology).not.toBe('RECRUITER_ONE_TIME_BUYERS');
  });
});
