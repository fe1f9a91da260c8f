import { describe, expect, it } from 'vitest';
import { gunPath as casePath, type CaseWorld } from './case-records.js';
import { analysedCaseFile, networksHolding } from './case-reads.js';

// Trafficking cases written by hand as import records (not by the generator), loaded through
// importRecords on top of the seeded graph, then found (or, for the look-alike, not) by the
// analysis job. Shapes from ATF, Following the Gun (2000) and NFCTA vol. III; dates, places and
// sizes chosen here, independently of the generator's parameter ranges.
const RUN = Date.now().toString(36).toUpperCase().slice(-6);
const id = (k: string) => `CASE-${RUN}-${k}`;
const digits = String(Number.parseInt(RUN, 36) % 100_000).padStart(5, '0');
const STORE = `8-23-029-01-7C-${digits}`; // a small Pennsylvania store
const ORI = `MD${digits}01`;
const MAKER = `CASE ${RUN} Arms`;

let house = 10;
let born = 0;
const FIRST_NAMES = ['Abel', 'Brianna', 'Cyrus', 'Delia', 'Emeka', 'Farrah', 'Gideon', 'Halima', 'Ivo', 'Juno', 'Kasimir', 'Leontyne', 'Magnus'];
/**
 * A person at their own street address, unless `address` says otherwise. Each one a different
 * first name and date of birth: people alike in everything but a digit of the surname are what
 * person resolution proposes as one person, and records that may be one person tie nobody.
 */
const person = (k: string, state: string, city: string, address = `${house++} Case St`) => {
  born += 1;
  return {
    type: 'person',
    id: id(k),
    firstName: FIRST_NAMES[born % FIRST_NAMES.length]!,
    lastName: `${k}${RUN}`,
    dateOfBirth: `${1960 + born}-${String(1 + (born % 12)).padStart(2, '0')}-${String(1 + ((born * 7) % 28)).padStart(2, '0')}`,
    address,
    city,
    state,
  };
};

const world: CaseWorld = {
  id,
  run: RUN,
  store: STORE,
  ori: ORI,
  maker: MAKER,
  gun: { serialPrefix: 'CS', make: 'Case', model: 'C9' },
  recoveredAt: { address: '100 Case Ave', city: 'Baltimore', state: 'MD', latitude: 39.29, longitude: -76.61 },
};
/** A handgun bought at the store on `soldOn` by `buyer`, recovered from `holder` in Baltimore on `recoveredOn`, traced back. */
const gunPath = (k: string, buyer: string, soldOn: string, holder: string, recoveredOn: string, ttc: number) =>
  casePath(world, k, buyer, soldOn, holder, recoveredOn, ttc);

const records = [
  { type: 'manufacturer', name: MAKER, kind: 'MANUFACTURER', country: 'US' },
  { type: 'agency', ori: ORI, name: `CASE ${RUN} Police Department`, state: 'MD', city: 'Baltimore', nibinPartner: true },
  {
    type: 'ffl',
    license: STORE,
    name: `CASE ${RUN} Sporting`,
    licenseType: '01',
    premisesAddress: '9 Main St',
    city: 'Bristol',
    state: 'PA',
    latitude: 40.1,
    longitude: -74.85,
  },
  // A broker with six one-time straw buyers (each buys one handgun: no multiple-sale report).
  person('BK', 'PA', 'Bristol'),
  ...['B1', 'B2', 'B3', 'B4', 'B5', 'B6'].map((b) => person(b, 'PA', 'Bristol')),
  ...['B1', 'B2', 'B3', 'B4', 'B5', 'B6'].map((b) => ({
    type: 'association',
    fromPersonId: id(b),
    toPersonId: id('BK'),
    source: 'FIELD_INTERVIEW',
    since: '2024-06-01',
  })),
  ...['H1', 'H2', 'H3', 'H4', 'H5', 'H6'].map((h) => person(h, 'MD', 'Baltimore')),
  ...gunPath('1', 'B1', '2025-02-03', 'H1', '2025-06-10', 127),
  ...gunPath('2', 'B2', '2025-02-10', 'H2', '2025-07-22', 162),
  ...gunPath('3', 'B3', '2025-02-17', 'H3', '2025-09-05', 200),
  ...gunPath('4', 'B4', '2025-02-24', 'H4', '2025-11-30', 279),
  ...gunPath('9', 'B5', '2025-03-10', 'H5', '2025-06-13', 95),
  ...gunPath('10', 'B6', '2025-03-24', 'H6', '2025-09-22', 182),
  // Receiver hub: two unlinked buyers, a year apart, whose guns end with one receiver.
  ...['R1', 'R2', 'RX'].map((b) => person(b, b === 'RX' ? 'MD' : 'PA', b === 'RX' ? 'Baltimore' : 'Bristol')),
  ...gunPath('5', 'R1', '2024-01-15', 'RX', '2024-08-01', 199),
  ...gunPath('6', 'R2', '2024-11-04', 'RX', '2025-03-03', 119),
  // Receiving household: two unlinked buyers whose guns were recovered from two different people
  // recorded at one Baltimore address (written two ways), neither of whom held both guns.
  ...['W1', 'W2'].map((b) => person(b, 'PA', 'Bristol')),
  person('WA', 'MD', 'Baltimore', `${digits} Harbor Road`),
  person('WB', 'MD', 'Baltimore', `${digits} harbor rd.`),
  ...gunPath('11', 'W1', '2025-04-07', 'WA', '2025-08-15', 130),
  ...gunPath('12', 'W2', '2025-05-12', 'WB', '2025-10-01', 142),
  // Look-alike: two acquaintances who each lost one gun to a different stranger, years apart.
  ...['A1', 'A2', 'X1', 'X2'].map((b) => person(b, 'PA', 'Bristol')),
  { type: 'association', fromPersonId: id('A1'), toPersonId: id('A2'), source: 'FIELD_INTERVIEW', since: '2020-01-01' },
  ...gunPath('7', 'A1', '2022-05-02', 'X1', '2024-10-01', 883),
  ...gunPath('8', 'A2', '2024-06-03', 'X2', '2025-12-01', 546),
];

const analysed = analysedCaseFile(records);

const networkOf = (personKey: string) => networksHolding(analysed.networks(), id(personKey))[0];

describe('hand-written trafficking cases loaded as import records', () => {
  it('finds the broker’s six one-time buyers as one recruiter network, the broker as its hub', () => {
    const net = networkOf('B1');
    expect(net, 'no network holds the first buyer').toBeDefined();
    const buyers = net!.members.edges.filter((e) => e.node.role === 'STRAW_PURCHASER').map((e) => e.node.personId);
    expect(buyers.sort()).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6'].map(id).sort());
    expect(net!.typology).toBe('RECRUITER_ONE_TIME_BUYERS');
    expect(net!.members.edges.find((e) => e.node.personId === id('BK'))?.node.role).toBe('BROKER');
  });

  it('finds the two buyers whose guns met in one receiver’s hands, with the receiver as the hub', () => {
    const net = networkOf('R1');
    expect(net, 'no network holds the first buyer').toBeDefined();
    expect(net!.typology).toBe('RECEIVER_HUB');
    const roles = Object.fromEntries(net!.members.edges.map((e) => [e.node.personId, e.node.role]));
    expect(roles[id('R2')]).toBe('STRAW_PURCHASER');
    expect(roles[id('RX')]).toBe('RECEIVER');
  });

  it('finds the two buyers whose guns went to one household, both people there as receivers, without naming the address', () => {
    const net = networkOf('W1');
    expect(net, 'no network holds the first buyer').toBeDefined();
    expect(net!.typology).toBe('RECEIVER_HUB');
    const roles = Object.fromEntries(net!.members.edges.map((e) => [e.node.personId, e.node.role]));
    expect(roles).toEqual({ [id('W1')]: 'STRAW_PURCHASER', [id('W2')]: 'STRAW_PURCHASER', [id('WA')]: 'RECEIVER', [id('WB')]: 'RECEIVER' });
    expect(net!.evidence.some((e) => e.includes('recorded at one residence'))).toBe(true);
    expect(net!.evidence.join(' ')).not.toMatch(/harbor/i);
  });

  it('leaves the two acquaintances who each lost a gun years apart out of every network', () => {
    expect(networkOf('A1')).toBeUndefined();
    expect(networkOf('A2')).toBeUndefined();
  });
});
