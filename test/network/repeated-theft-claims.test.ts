import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { analysedNetworks, closeAfterRemovingGuns, networksHolding, readAllFlags, type CaseFlag, type CaseNetwork } from './case-reads.js';
import { gunPath, philadelphians, philadelphiaWorld, worldRecords } from './case-records.js';

// A hand-written case on top of the demo data, as import records (not by the generator): a buyer
// whose handguns are "stolen" from him twice, each time reported to police at once, and each gun
// then recovered from a stranger within months (the straw purchaser's known cover: Giffords Law
// Center, "Reporting Lost & Stolen Firearms"; ATF, Following the Gun, 2000); beside him, a buyer
// who lost as many guns in one reported burglary. Dates, places and sizes are this file's own.
const w = philadelphiaWorld('THEFT', '09', '149', { serialPrefix: 'TF', make: 'Theft', model: 'T2' });
const { id, ori: ORI } = w;
const person = philadelphians(w, 'Theft', 'Pine St', 400);
const theft = (k: string, day: string) => ({
  type: 'theft',
  id: id(`TH${k}`),
  firearmId: id(`FA${k}`),
  kind: 'RESIDENCE_BURGLARY',
  occurredOn: day,
  reportedAt: `${day}T21:00:00Z`,
  reportingAgencyOri: ORI,
  reportingFflLicense: null,
});

// [gun, buyer, sold, holder, recovered, theft day]: RC's guns taken on two different days, OB's all in one burglary.
const GUNS = [
  ['R1', 'RC', '2025-01-10', 'RH1', '2025-04-02', '2025-02-01'],
  ['R2', 'RC', '2025-01-10', 'RH2', '2025-05-19', '2025-02-01'],
  ['R3', 'RC', '2025-03-20', 'RH3', '2025-07-07', '2025-05-02'],
  ['R4', 'RC', '2025-03-20', 'RH4', '2025-08-30', '2025-05-02'],
  ['O1', 'OB', '2025-01-14', 'OH1', '2025-04-11', '2025-03-30'],
  ['O2', 'OB', '2025-01-14', 'OH2', '2025-06-01', '2025-03-30'],
  ['O3', 'OB', '2025-02-25', 'OH3', '2025-07-15', '2025-03-30'],
  ['O4', 'OB', '2025-02-25', 'OH4', '2025-09-02', '2025-03-30'],
] as const;
const records = [
  ...worldRecords(w, 'THEFT'),
  person('RC', 'Dale', '1988-02-02'),
  person('OB', 'Hugh', '1979-10-10'),
  ...GUNS.map(([, , , holder], i) => person(holder, `Holder${i}`, `199${i}-06-1${i}`)),
  ...GUNS.flatMap(([k, buyer, sold, holder, recovered, stolen]) => [...gunPath(w, k, buyer, sold, holder, recovered), theft(k, stolen)]),
];

let app: TestApp;
let networks: CaseNetwork[] = [];
let flags: CaseFlag[] = [];
beforeAll(async () => {
  app = await startTestApp();
  networks = await analysedNetworks(app, records);
  flags = await readAllFlags(app);
}, 300_000);
afterAll(() => closeAfterRemovingGuns(app, records));

const flagOf = (k: string) => flags.find((f) => f.personId === id(k));

describe('hand-written case: a buyer whose guns are "stolen" again and again, and a buyer burgled once', () => {
  it('flags the buyer who reported thefts on two different days, every gun counted, and says why', () => {
    const flag = flagOf('RC');
    expect(flag, 'the repeat claimant is not flagged').toBeDefined();
    expect(flag!.strawGuns).toBe(4);
    expect(flag!.evidence).toContain(
      '4 gun(s) counted although reported stolen: the buyer reported thefts on 2 different days, and the guns then turned up in crime',
    );
    expect(networksHolding(networks, id('RC')).map((n) => n.typology)).toEqual(['LONE_PROLIFIC_BUYER']);
  });

  it('leaves out the buyer whose guns were all taken in one reported burglary', () => {
    expect(flagOf('OB')).toBeUndefined();
    expect(networksHolding(networks, id('OB'))).toEqual([]);
  });
});
