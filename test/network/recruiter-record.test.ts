import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { importRecords } from '../leads/fixtures.js';
import { gunPath as casePath, philadelphians, saleOnly as caseSale, type CaseWorld } from './case-records.js';
import { networksHolding, readAllNetworks, type CaseNetwork, closeAfterRemovingGuns } from './case-reads.js';

// A recruiter's record, written by hand as import records on top of the seeded graph: the
// recruiter is on record (field interviews) for three buyers who each bought one handgun in 2024.
// Police recovered two of those guns from strangers (one after 14 months, so not every gun is
// within ATF's 1-year indicator), the third never. Two straw purchase events are short of the three
// a broker-tied group needs; the third recorded buyer in the same year is the recruiter's record
// (ATF, Following the Gun, 2000), and the job must read it: he is tied to no suspect and has no
// recovered gun. Beside them, an acquaintance of two buyers whose guns also went to strangers,
// whose third recorded associate bought years earlier: no campaign, no network. Dates, places and
// sizes are chosen here, independently of the generator.
const RUN = Date.now().toString(36).toUpperCase().slice(-6);
const id = (k: string) => `RREC-${RUN}-${k}`;
const digits = String(Number.parseInt(RUN, 36) % 100_000).padStart(5, '0');
const STORE = `8-23-045-01-7K-${digits}`;
// A letter in the ORI: seeded ORIs never have one, so the fixture's recoveries stay its own.
const ORI = `PA${digits}R1`;
const MAKER = `RREC ${RUN} Arms`;
let app: TestApp;

const world: CaseWorld = {
  id,
  run: RUN,
  store: STORE,
  ori: ORI,
  maker: MAKER,
  gun: { serialPrefix: 'RR', make: 'Rrec', model: 'P9' },
  recoveredAt: { address: '1500 Record Blvd', city: 'Philadelphia', state: 'PA', latitude: 39.98, longitude: -75.16 },
};
const gunPath = (k: string, buyer: string, soldOn: string, holder: string, recoveredOn: string) => casePath(world, k, buyer, soldOn, holder, recoveredOn);
const saleOnly = (k: string, buyer: string, soldOn: string) => caseSale(world, k, buyer, soldOn);
const person = philadelphians(world, 'Rrec', 'Record Ave', 40);
const tie = (from: string, to: string) => ({ type: 'association', fromPersonId: id(from), toPersonId: id(to), source: 'FIELD_INTERVIEW', since: '2023-10-01' });

const records = [
  { type: 'manufacturer', name: MAKER, kind: 'MANUFACTURER', country: 'US' },
  { type: 'agency', ori: ORI, name: `RREC ${RUN} Police Department`, state: 'PA', city: 'Philadelphia', nibinPartner: true },
  {
    type: 'ffl',
    license: STORE,
    name: `RREC ${RUN} Outfitters`,
    licenseType: '01',
    premisesAddress: '9 Mill St',
    city: 'Levittown',
    state: 'PA',
    latitude: 40.15,
    longitude: -74.84,
  },
  person('RR', 'Rowan', '1979-11-23'),
  person('R1', 'Avery', '1990-01-11'),
  person('R2', 'Blake', '1991-02-12'),
  person('R3', 'Casey', '1992-03-13'),
  person('H1', 'Devon', '2001-04-14'),
  person('H2', 'Emery', '2002-05-15'),
  ...['R1', 'R2', 'R3'].map((k) => tie(k, 'RR')),
  ...gunPath('1', 'R1', '2024-04-02', 'H1', '2025-06-10'),
  ...gunPath('2', 'R2', '2024-09-10', 'H2', '2025-03-01'),
  ...saleOnly('3', 'R3', '2024-06-15'),
  // The look-alike: ACQ knows L1 and L2, whose guns went to strangers, and L3, who bought in 2019.
  person('ACQ', 'Finley', '1970-06-16'),
  person('L1', 'Greer', '1985-07-17'),
  person('L2', 'Harper', '1986-08-18'),
  person('L3', 'Indy', '1987-09-19'),
  person('H4', 'Jules', '2000-10-10'),
  person('H5', 'Kai', '2000-11-11'),
  ...['L1', 'L2', 'L3'].map((k) => tie(k, 'ACQ')),
  ...gunPath('4', 'L1', '2022-03-01', 'H4', '2023-06-01'),
  ...gunPath('5', 'L2', '2022-12-20', 'H5', '2023-09-15'),
  ...saleOnly('6', 'L3', '2019-05-01'),
];

let networks: CaseNetwork[] = [];

beforeAll(async () => {
  app = await startTestApp();
  await importRecords(app, records);
  await runAnalysis(app.gateway);
  networks = await readAllNetworks(app);
}, 600_000);
afterAll(() => closeAfterRemovingGuns(app, records));

const networkOf = (k: string) => networksHolding(networks, id(k))[0];

describe("a recruiter's record imported on top of the seeded graph", () => {
  it('reports the two buyers whose guns were recovered, the recruiter as broker, and says which record tied them', () => {
    const net = networkOf('R1');
    expect(net, 'no network holds the first buyer').toBeDefined();
    const buyers = net!.members.edges.filter((e) => e.node.role === 'STRAW_PURCHASER').map((e) => e.node.personId);
    expect(buyers.sort()).toEqual([id('R1'), id('R2')]);
    expect(net!.members.edges.find((e) => e.node.personId === id('RR'))?.node.role).toBe('BROKER');
    const sentence = net!.evidence.find((e) => e.startsWith(`${id('RR')} is on record as an associate of 3 people who bought guns`));
    expect(sentence, net!.evidence.join('\n')).toBeDefined();
  });

  it('reports no network for the acquaintance whose third associate bought years apart', () => {
    for (const k of ['L1', 'L2', 'ACQ']) expect(networkOf(k), `${k} in a network`).toBeUndefined();
  });
});
