import { afterAll, beforeAll, expect } from 'vitest';
import { cypher } from '../../src/db/cypher.registry.js';
import { distinctPeople, gunPath, philadelphiaWorld, worldRecords } from '../network/case-records.js';
import { removeCaseGuns } from '../network/case-reads.js';
import { importRecords, leadRecord } from '../leads/fixtures.js';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * A multi-agency case written by hand as import records (not from the seed generator), for the
 * investigator and link-chart questions of test/investigation/unseen-*.test.ts:
 *
 * - shootings S1, S2 in Camden (NJ agency) and S3, S4 in Philadelphia (PA agency), their casings
 *   C1–C4 joined by CONFIRMED leads C1–C2, C2–C3, C3–C4 (one series);
 * - C5 (S5, Philadelphia) on a REJECTED lead with C4, C6 (S6, Camden) on an UNREVIEWED lead with C2;
 * - C7 (S7, Camden) picked up but never entered into NIBIN;
 * - gun G1 sold on the leap day 2024-02-29 at the PA store to P1, resold on 2024-09-01 at a second
 *   (NJ) store to P2, recovered from P3 on 2025-06-15 at a recovery scene SR, test-fired (T1), its
 *   test-fire CONFIRMED against C2 only (the middle of the series);
 * - guns sold 2020-02-29 and recovered 364, 365, 1094 and 1095 days later (ATF's 1- and 3-year
 *   time-to-crime boundaries), and a gun whose trace found the dealer but NO_PURCHASER.
 */
export function unseenSeries() {
  const w = philadelphiaWorld('UINV', '13', '157', { serialPrefix: 'UI', make: 'Unseen', model: 'U9' });
  const { id } = w;
  const digits = w.store.slice(-5);
  const oriNJ = `NJ${digits}13`;
  const store2 = `9-22-159-01-7C-${digits}`;
  const person = distinctPeople(w, 'Unseen', 'Spruce St');
  const scene = (k: string, kind: string, ori: string, at: string, latitude: number, longitude: number) => ({
    type: 'scene',
    id: id(k),
    occurredAt: at,
    kind,
    address: `${k.length * 10} Market St`,
    city: ori === oriNJ ? 'Camden' : 'Philadelphia',
    state: ori.slice(0, 2),
    latitude,
    longitude,
    agencyOri: ori,
  });
  const hours = (at: string, h: number) => new Date(Date.parse(at) + h * 3_600_000).toISOString();
  const casing = (n: number, at: string, entered = true) => ({
    type: 'casing',
    evidenceId: id(`C${n}`),
    caliber: '9mm Luger',
    recoveredAt: hours(at, 1),
    submittedToNibinAt: entered ? hours(at, 12) : null,
    sceneId: id(`S${n}`),
    testFireOfFirearmId: null,
    firedFromFirearmId: null,
    firedFromConfirmedAt: null,
  });
  const lead = (name: string, a: string, b: string, at: string, status: string) => leadRecord(id(name), id(a), id(b), at, status, 90);
  const firearm = (k: string) => ({
    type: 'firearm',
    id: id(k),
    serial: `UI${w.run}${k}`,
    serialObliterated: false,
    make: 'Unseen',
    model: 'U9',
    caliber: '9mm Luger',
    kind: 'PISTOL',
    manufacturer: w.maker,
  });
  const at = {
    S1: '2025-01-05T02:00:00.000Z',
    S2: '2025-02-10T21:00:00.000Z',
    S3: '2025-03-15T23:00:00.000Z',
    S4: '2025-04-20T01:00:00.000Z',
    S5: '2025-05-01T20:00:00.000Z',
    S6: '2025-05-10T20:00:00.000Z',
    S7: '2025-06-01T20:00:00.000Z',
    SR: '2025-06-15T14:00:00.000Z',
  };
  const leadAt = {
    L12: '2025-02-11T12:00:00.000Z',
    L23: '2025-03-16T12:00:00.000Z',
    L34: '2025-04-21T12:00:00.000Z',
    L45: '2025-05-02T12:00:00.000Z',
    L26: '2025-05-11T12:00:00.000Z',
    LT2: '2025-06-17T12:00:00.000Z',
  };
  // ATF boundaries from a leap-day sale: 364/365 days (1 year), 1094/1095 days (3 years).
  const boundary = { B364: '2021-02-27', B365: '2021-02-28', B1094: '2023-02-27', B1095: '2023-02-28' };
  const records: Array<Record<string, unknown>> = [
    ...worldRecords(w, 'UINV'),
    { type: 'agency', ori: oriNJ, name: `UINV ${w.run} Camden Police`, state: 'NJ', city: 'Camden', nibinPartner: true },
    {
      type: 'ffl',
      license: store2,
      name: `UINV ${w.run} Second Store`,
      licenseType: '01',
      premisesAddress: '8 Federal St',
      city: 'Camden',
      state: 'NJ',
      latitude: 39.94,
      longitude: -75.12,
    },
    // Buyers first: distinctPeople spreads births from 1950, and a handgun buyer must be 21 (18 U.S.C. 922(b)(1)).
    ...['Q1', 'Q2', 'Q3', 'Q4', 'P1', 'P2', 'P3', 'P4', 'H'].map(person),
    scene('S1', 'HOMICIDE', oriNJ, at.S1, 39.94, -75.12),
    scene('S2', 'SHOTS_FIRED', oriNJ, at.S2, 39.93, -75.11),
    scene('S3', 'NON_FATAL_SHOOTING', w.ori, at.S3, 39.99, -75.15),
    scene('S4', 'SHOTS_FIRED', w.ori, at.S4, 39.98, -75.16),
    scene('S5', 'SHOTS_FIRED', w.ori, at.S5, 40.01, -75.14),
    scene('S6', 'SHOTS_FIRED', oriNJ, at.S6, 39.92, -75.1),
    scene('S7', 'SHOTS_FIRED', oriNJ, at.S7, 39.91, -75.1),
    scene('SR', 'RECOVERY_ONLY', w.ori, at.SR, 39.97, -75.17),
    ...[1, 2, 3, 4, 5, 6].map((n) => casing(n, at[`S${n}` as keyof typeof at])),
    casing(7, at.S7, false),
    firearm('G1'),
    { type: 'sale', id: id('SA1'), fflLicense: w.store, firearmId: id('G1'), purchaserId: id('P1'), soldOn: '2024-02-29', multipleSale: false },
    { type: 'sale', id: id('SA2'), fflLicense: store2, firearmId: id('G1'), purchaserId: id('P2'), soldOn: '2024-09-01', multipleSale: false },
    {
      type: 'recovery',
      id: id('RC1'),
      firearmId: id('G1'),
      recoveredOn: '2025-06-15',
      address: '80 Market St',
      city: 'Philadelphia',
      state: 'PA',
      latitude: 39.97,
      longitude: -75.17,
      agencyOri: w.ori,
      sceneId: id('SR'),
      possessorId: id('P3'),
    },
    {
      type: 'trace',
      id: id('TR1'),
      agencyOri: w.ori,
      recoveryId: id('RC1'),
      requestedAt: '2025-06-15T16:00:00.000Z',
      completedAt: '2025-06-20T16:00:00.000Z',
      outcome: 'COMPLETED',
      resolvedDealerLicense: w.store,
      resolvedPurchaserId: id('P1'),
    },
    {
      type: 'casing',
      evidenceId: id('T1'),
      caliber: '9mm Luger',
      recoveredAt: '2025-06-16T10:00:00.000Z',
      submittedToNibinAt: '2025-06-16T15:00:00.000Z',
      sceneId: null,
      testFireOfFirearmId: id('G1'),
      firedFromFirearmId: null,
      firedFromConfirmedAt: null,
    },
    lead('L12', 'C1', 'C2', leadAt.L12, 'CONFIRMED'),
    lead('L23', 'C2', 'C3', leadAt.L23, 'CONFIRMED'),
    lead('L34', 'C3', 'C4', leadAt.L34, 'CONFIRMED'),
    lead('L45', 'C4', 'C5', leadAt.L45, 'REJECTED'),
    lead('L26', 'C2', 'C6', leadAt.L26, 'UNREVIEWED'),
    lead('LT2', 'T1', 'C2', leadAt.LT2, 'CONFIRMED'),
    ...Object.entries(boundary).flatMap(([k, recoveredOn], i) => gunPath(w, k, `Q${i + 1}`, '2020-02-29', 'H', recoveredOn)),
    firearm('GNP'),
    {
      ...w.recoveredAt,
      type: 'recovery',
      id: id('RCNP'),
      firearmId: id('GNP'),
      recoveredOn: '2025-07-01',
      agencyOri: w.ori,
      sceneId: null,
      possessorId: id('P4'),
    },
    {
      type: 'trace',
      id: id('TRNP'),
      agencyOri: w.ori,
      recoveryId: id('RCNP'),
      requestedAt: '2025-07-01T16:00:00.000Z',
      completedAt: '2025-07-03T16:00:00.000Z',
      outcome: 'NO_PURCHASER',
      resolvedDealerLicense: w.store,
      resolvedPurchaserId: null,
    },
  ];
  return { w, id, oriNJ, store2, at, leadAt, boundary, records };
}

/**
 * Registers a test file's hooks: one test app, the case imported through the API in order (so a
 * record's references are already in the graph); afterwards its guns, scenes, casings and leads
 * are removed so later files see none of them.
 */
export function unseenSeriesCase() {
  const c = unseenSeries();
  const ref = { app: undefined as unknown as TestApp };
  beforeAll(async () => {
    ref.app = await startTestApp();
    expect(await importRecords(ref.app, c.records)).toBe(c.records.length);
  }, 300_000);
  afterAll(async () => {
    await removeCaseGuns(ref.app, c.records);
    await ref.app.gateway.write(cypher('scene/test-cleanup'), { prefix: c.id('') }, { operation: 'test-cleanup' });
    await ref.app.close();
  });
  return { ...c, ref };
}
