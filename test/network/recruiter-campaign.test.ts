import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { importRecords } from '../leads/fixtures.js';
import { gunPath as casePath, philadelphians, type CaseWorld } from './case-records.js';
import { networksHolding, readAllFlags, readAllNetworks, type CaseNetwork, closeAfterRemovingGuns } from './case-reads.js';

// A recruiter's campaign, written by hand as import records on top of the seeded graph: the
// recruiter is on record (field interviews) for three of his one-time buyers; four more bought
// one handgun each at the same small store in the same three weeks, with no tie on record, and
// every gun was recovered in-state from a stranger within months (ATF, Following the Gun, 2000:
// recruiters send one-time buyers to the same few stores; an investigation records some of them).
// Beside them, three lawful look-alikes bought at the same counter and must not be flagged.
// Dates, places and sizes are chosen here, independently of the generator.
const RUN = Date.now().toString(36).toUpperCase().slice(-6);
const id = (k: string) => `CAMP-${RUN}-${k}`;
const digits = String(Number.parseInt(RUN, 36) % 100_000).padStart(5, '0');
const STORE = `8-23-045-01-7C-${digits}`;
// A letter in the ORI: seeded ORIs never have one, so the fixture's recoveries stay its own.
const ORI = `PA${digits}T1`;
const MAKER = `CAMP ${RUN} Arms`;
let app: TestApp;

const world: CaseWorld = {
  id,
  run: RUN,
  store: STORE,
  ori: ORI,
  maker: MAKER,
  gun: { serialPrefix: 'CP', make: 'Camp', model: 'P9' },
  recoveredAt: { address: '1400 Campaign Blvd', city: 'Philadelphia', state: 'PA', latitude: 39.99, longitude: -75.15 },
};
/** One handgun bought at the store by `buyer` on `soldOn`, recovered in Philadelphia from `holder` on `recoveredOn`, traced back. */
const gunPath = (k: string, buyer: string, soldOn: string, holder: string, recoveredOn: string) => casePath(world, k, buyer, soldOn, holder, recoveredOn);
const person = philadelphians(world, 'Camp', 'Campaign Ave', 20);

const FIRST = ['Avery', 'Blake', 'Casey', 'Devon', 'Emery', 'Finley', 'Greer', 'Harper', 'Indy', 'Jules', 'Kai', 'Lane', 'Morgan', 'Noel', 'Oakley'];
const born = (i: number) => `19${70 + i}-0${1 + (i % 9)}-1${i % 10}`;
// The recruiter's buyers on record, and the ones nobody recorded: one handgun each, in the same days.
const RECORDED: Array<[string, string]> = [
  ['K1', '2025-03-03'],
  ['K2', '2025-03-06'],
  ['K3', '2025-03-11'],
];
const UNRECORDED: Array<[string, string]> = [
  ['U1', '2025-02-27'],
  ['U2', '2025-03-04'],
  ['U3', '2025-03-08'],
  ['U4', '2025-03-14'],
];
const recoveredOn = ['2025-05-02', '2025-06-20', '2025-07-15', '2025-08-09', '2025-09-30', '2025-10-21', '2025-11-12'];
const campaign = [...RECORDED, ...UNRECORDED];

const records = [
  { type: 'manufacturer', name: MAKER, kind: 'MANUFACTURER', country: 'US' },
  { type: 'agency', ori: ORI, name: `CAMP ${RUN} Police Department`, state: 'PA', city: 'Philadelphia', nibinPartner: true },
  {
    type: 'ffl',
    license: STORE,
    name: `CAMP ${RUN} Outfitters`,
    licenseType: '01',
    premisesAddress: '7 Mill St',
    city: 'Levittown',
    state: 'PA',
    latitude: 40.15,
    longitude: -74.83,
  },
  person('RK', 'Rowan', '1979-11-23'),
  ...campaign.map(([k], i) => person(k, FIRST[i]!, born(i))),
  ...campaign.map(([k], i) => person(`H${k}`, FIRST[14 - i]!, born(20 + i))),
  ...RECORDED.map(([k]) => ({ type: 'association', fromPersonId: id(k), toPersonId: id('RK'), source: 'FIELD_INTERVIEW', since: '2024-10-01' })),
  ...campaign.flatMap(([k, soldOn], i) => gunPath(k, k, soldOn, `H${k}`, recoveredOn[i]!)),
  // Look-alikes at the same counter. LAWFUL bought in the campaign's days, and police later
  // recovered the gun from him: nothing left its buyer.
  person('LAWFUL', 'Quinn', '1966-04-04'),
  ...gunPath('L', 'LAWFUL', '2025-03-07', 'LAWFUL', '2025-09-01'),
  // BURGLED bought in the same days; the gun was stolen in a reported burglary and recovered from a stranger.
  person('BURGLED', 'Reese', '1961-07-17'),
  person('HB', 'Sage', '2001-02-02'),
  ...gunPath('B', 'BURGLED', '2025-03-09', 'HB', '2025-08-20'),
  {
    type: 'theft',
    id: id('THB'),
    firearmId: id('FAB'),
    kind: 'RESIDENCE_BURGLARY',
    occurredOn: '2025-05-01',
    reportedAt: '2025-05-01T21:00:00Z',
    reportingAgencyOri: ORI,
    reportingFflLicense: null,
  },
  // LATER bought there six months after the campaign; his gun too went to a stranger, but
  // outside the days the recorded buyers fix: one gun, no tie, nothing to join him to.
  person('LATER', 'Tatum', '1988-09-09'),
  person('HL', 'Umber', '2000-12-12'),
  ...gunPath('X', 'LATER', '2025-09-15', 'HL', '2026-01-10'),
];

let networks: CaseNetwork[] = [];
const flagged = new Set<string>();

beforeAll(async () => {
  app = await startTestApp();
  await importRecords(app, records);
  await runAnalysis(app.gateway);
  networks = await readAllNetworks(app);
  for (const f of await readAllFlags(app)) flagged.add(f.personId);
}, 600_000);
afterAll(() => closeAfterRemovingGuns(app, records));

const networkOf = (k: string) => networksHolding(networks, id(k))[0];
const memberOf = (net: CaseNetwork, k: string) => net.members.edges.find((e) => e.node.personId === id(k))?.node;

describe('a recruiter campaign imported on top of the seeded graph', () => {
  it('reports the recorded and the unrecorded buyers as one recruiter network, the recruiter as its broker', () => {
    const net = networkOf('K1');
    expect(net, 'no network holds the first recorded buyer').toBeDefined();
    const buyers = net!.members.edges.filter((e) => e.node.role === 'STRAW_PURCHASER').map((e) => e.node.personId);
    expect(buyers.sort()).toEqual(campaign.map(([k]) => id(k)).sort());
    expect(net!.typology).toBe('RECRUITER_ONE_TIME_BUYERS');
    expect(memberOf(net!, 'RK')?.role).toBe('BROKER');
    for (const [k] of campaign) expect(memberOf(net!, `H${k}`)?.role, `holder of ${k}'s gun`).toBe('POSSESSOR');
  });

  it('says in the network evidence which recruiter’s recorded buyers fixed the store and the days', () => {
    const net = networkOf('K1')!;
    const sentence = net.evidence.find((e) => e.includes(`no recorded tie to ${id('RK')}`));
    expect(sentence, net.evidence.join('\n')).toBeDefined();
    expect(sentence).toContain(STORE);
    for (const [k] of RECORDED) expect(sentence).toContain(id(k));
    expect(net.evidence.some((e) => e.includes(`broker ${id('RK')} is a known associate of 3`))).toBe(true);
  });

  it('tells, for each unrecorded buyer, the campaign and the buyer’s own purchase date; recorded buyers need no such sentence', () => {
    const net = networkOf('K1')!;
    for (const [k, soldOn] of UNRECORDED) {
      const own = memberOf(net, k)!.evidence.filter((e) => e.includes('recruiter campaign'));
      expect(own, `${k}: ${memberOf(net, k)!.evidence.join(' | ')}`).toHaveLength(1);
      expect(own[0]).toContain(id('RK'));
      expect(own[0]).toContain(STORE);
      expect(own[0]).toContain(soldOn);
    }
    for (const [k] of RECORDED) expect(memberOf(net, k)!.evidence.some((e) => e.includes('recruiter campaign'))).toBe(false);
    expect(memberOf(net, 'RK')!.evidence).toContain('known associate of 3 suspect purchasers');
  });

  it('flags every buyer of the campaign and none of the look-alikes at the same counter', () => {
    for (const [k] of campaign) expect(flagged.has(id(k)), k).toBe(true);
    for (const k of ['LAWFUL', 'BURGLED', 'LATER']) {
      expect(flagged.has(id(k)), `${k} flagged`).toBe(false);
      expect(networkOf(k), `${k} in a network`).toBeUndefined();
    }
  });
});
