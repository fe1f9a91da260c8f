import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import type { ImportRecordInput, ImportRecordType } from '../generated/graphql/graphql.js';
import type { TestApp } from '../support/app.js';

/** A NIBIN lead record between two casings, reviewed by an examiner 20 h after NIBIN correlated it unless still UNREVIEWED. */
export const leadRecord = (id: string, casingA: string, casingB: string, correlatedAt: string, status: string, score: number) => ({
  type: 'lead',
  id,
  casingA,
  casingB,
  correlatedAt,
  score,
  status,
  reviewedAt: status === 'UNREVIEWED' ? null : new Date(Date.parse(correlatedAt) + 20 * 3_600_000).toISOString(),
});

/**
 * One small NIBIN world per test, with ids that cannot collide with the seed (`LEADTEST-<tag>-…`):
 * a gun sold on 2025-01-10 to P1, four shootings C1..C4 in two agencies (C1-C2-C3 in A and B,
 * linked by CONFIRMED leads C1-C2, C2-C3, C3-C4: one confirmed series), the gun recovered from P2
 * on 2025-05-20 and test-fired (T), and NIBIN's lead T-C4 (status given).
 */
export function nibinWorld(tag: string, tLeadStatus: 'UNREVIEWED' | 'CONFIRMED' | 'REJECTED' = 'UNREVIEWED') {
  const id = (kind: string) => `LEADTEST-${tag}-${kind}`;
  const digits = String(Math.abs(hash(tag)) % 100_000).padStart(5, '0');
  const oriA = `NJ${digits}01`;
  const oriB = `PA${digits}02`;
  const license = `8-23-101-01-7C-${digits}`;
  const maker = `LEADTEST ${tag} Arms`;
  const scene = (n: number, kind: string, ori: string, at: string, lat: number) => ({
    type: 'scene',
    id: id(`S${n}`),
    occurredAt: at,
    kind,
    address: `${n} Main St`,
    city: 'Camden',
    state: ori.slice(0, 2),
    latitude: lat,
    longitude: -75.1,
    agencyOri: ori,
  });
  const casing = (n: number, at: string, enteredHours = 10) => ({
    type: 'casing',
    evidenceId: id(`C${n}`),
    caliber: '9mm Luger',
    recoveredAt: at,
    submittedToNibinAt: new Date(Date.parse(at) + enteredHours * 3_600_000).toISOString(),
    sceneId: id(`S${n}`),
    testFireOfFirearmId: null,
    firedFromFirearmId: null,
    firedFromConfirmedAt: null,
  });
  const lead = (name: string, a: string, b: string, at: string, status: string) => leadRecord(id(name), a, b, at, status, 88);
  const records = [
    { type: 'manufacturer', name: maker, kind: 'MANUFACTURER', country: 'US' },
    { type: 'agency', ori: oriA, name: `LEADTEST ${tag} Police A`, state: 'NJ', city: 'Camden', nibinPartner: true },
    { type: 'agency', ori: oriB, name: `LEADTEST ${tag} Police B`, state: 'PA', city: 'Philadelphia', nibinPartner: true },
    {
      type: 'ffl',
      license,
      name: `LEADTEST ${tag} Guns`,
      licenseType: '01',
      premisesAddress: '1 Market St',
      city: 'Philadelphia',
      state: 'PA',
      latitude: 39.95,
      longitude: -75.16,
    },
    { type: 'person', id: id('P1'), firstName: 'Ima', lastName: 'Buyer', dateOfBirth: '1990-01-02', address: '2 Elm St', city: 'Philadelphia', state: 'PA' },
    { type: 'person', id: id('P2'), firstName: 'Ura', lastName: 'Holder', dateOfBirth: '1998-05-06', address: '3 Oak St', city: 'Camden', state: 'NJ' },
    {
      type: 'firearm',
      id: id('F'),
      serial: `LT${digits}`,
      serialObliterated: false,
      make: 'Leadtest',
      model: 'L9',
      caliber: '9mm Luger',
      kind: 'PISTOL',
      manufacturer: maker,
    },
    { type: 'sale', id: id('SA'), fflLicense: license, firearmId: id('F'), purchaserId: id('P1'), soldOn: '2025-01-10', multipleSale: false },
    scene(1, 'HOMICIDE', oriA, '2025-02-01T22:00:00.000Z', 39.94),
    scene(2, 'SHOTS_FIRED', oriA, '2025-03-01T22:00:00.000Z', 39.95),
    scene(3, 'NON_FATAL_SHOOTING', oriB, '2025-04-01T22:00:00.000Z', 39.96),
    scene(4, 'SHOTS_FIRED', oriB, '2025-05-01T22:00:00.000Z', 39.97),
    scene(5, 'RECOVERY_ONLY', oriA, '2025-05-20T12:00:00.000Z', 39.93),
    casing(1, '2025-02-01T23:00:00.000Z'),
    casing(2, '2025-03-01T23:00:00.000Z'),
    casing(3, '2025-04-01T23:00:00.000Z', 40),
    casing(4, '2025-05-01T23:00:00.000Z'),
    {
      type: 'recovery',
      id: id('R'),
      firearmId: id('F'),
      recoveredOn: '2025-05-20',
      address: '5 Haddon Ave',
      city: 'Camden',
      state: 'NJ',
      latitude: 39.93,
      longitude: -75.11,
      agencyOri: oriA,
      sceneId: id('S5'),
      possessorId: id('P2'),
    },
    {
      type: 'casing',
      evidenceId: id('T'),
      caliber: '9mm Luger',
      recoveredAt: '2025-05-21T10:00:00.000Z',
      submittedToNibinAt: '2025-05-21T16:00:00.000Z',
      sceneId: null,
      testFireOfFirearmId: id('F'),
      firedFromFirearmId: null,
      firedFromConfirmedAt: null,
    },
    lead('L12', id('C1'), id('C2'), '2025-03-02T12:00:00.000Z', 'CONFIRMED'),
    lead('L23', id('C2'), id('C3'), '2025-04-03T18:00:00.000Z', 'CONFIRMED'),
    lead('L34', id('C3'), id('C4'), '2025-05-02T12:00:00.000Z', 'CONFIRMED'),
    lead('LT4', id('T'), id('C4'), '2025-05-22T12:00:00.000Z', tLeadStatus),
  ];
  return { id, oriA, oriB, license, records };
}

export const asInput = (records: Array<Record<string, unknown>>): ImportRecordInput[] =>
  records.map(({ type, ...fields }) => ({ type: String(type).toUpperCase() as ImportRecordType, fields }));

const IMPORT = graphql(`
  mutation ImportNibin($records: [ImportRecordInput!]!) {
    importRecords(records: $records) {
      accepted
    }
  }
`);

/** Evidence in: the records through the importRecords mutation (INGEST), as a lab system would send them; how many were accepted. */
export async function importRecords(app: TestApp, records: Array<Record<string, unknown>>): Promise<number> {
  const res = await app.gql(IMPORT, { records: asInput(records) }, [Role.INGEST]);
  if (res.errors) throw new Error(`import failed: ${JSON.stringify(res.errors)}`);
  return res.data!.importRecords.accepted;
}

export const SHOOTINGS = graphql(`
  query Shootings($id: NonEmptyString!) {
    firearm(id: $id) {
      shootings {
        id: sceneId
      }
      casings {
        evidenceId
      }
      traceChain {
        timeToFirstShootingDays
        firstShootingAt
      }
    }
  }
`);

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
