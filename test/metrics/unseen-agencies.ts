import { afterAll, beforeAll, expect } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { cypher } from '../../src/db/cypher.registry.js';
import { importRecords } from '../leads/fixtures.js';
import { removeCaseGuns } from '../network/case-reads.js';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * A small multi-agency case written by hand as import records (not by the generator), in
 * Wyoming, a state the seed and the other test files never use, so the state's figures and its
 * agencies' peer groups are this case alone and every expected value is computed by hand in the
 * test files from the times below (CGIC 24-hour NIBIN entry target; eTrace 7-day goal).
 *
 * - A enters its casings at every delay around the targets (5 h, exactly 24 h, a late-evening
 *   recovery entered next morning, 24 h + 1 min, a 31 March casing entered on 2 April, exactly
 *   48 h, 100 h, one never entered), traces 3 of its 4 guns and test-fires 2.
 * - A and B share one confirmed series of five shootings in May 2025; B entered one of its casings
 *   17 days late (two shootings happened meanwhile) and another 30 h late (nothing happened
 *   meanwhile); a third B casing, 7 days late, is tied to A only by a REJECTED lead.
 * - C recovers casings and never enters one; its casings are dated back from `t0`, the latest
 *   instant in the data, so their backlog ages are known (0, exactly 1, 3, exactly 7, 40, 100 days).
 * - D recovers guns only (no casing, no test-fire), traces two of three; one dealer request is
 *   2 hours old at `t0`.
 * - E is an agency on record with no evidence at all.
 */
export function unseenAgencies(prefix: string) {
  const run = Date.now().toString(36).toUpperCase().slice(-6);
  const digits = String(Number.parseInt(run, 36) % 100_000).padStart(5, '0');
  const id = (k: string) => `${prefix}-${run}-${k}`;
  // A letter in the ORI: seeded ORIs never have one.
  const ori = (x: 'A' | 'B' | 'C' | 'D' | 'E') => `WY${digits}${x}1`;
  const maker = `${prefix} ${run} Arms`;
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const t0 = Math.floor(Date.now() / 60_000) * 60_000 - 60_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const plus = (at: string, hours: number) => iso(Date.parse(at) + hours * HOUR);

  const scene = (k: string, agency: string, at: string) => ({
    type: 'scene',
    id: id(`S${k}`),
    occurredAt: at,
    kind: 'SHOTS_FIRED',
    address: `${100 + k.length} Capitol Ave`,
    city: 'Cheyenne',
    state: 'WY',
    latitude: 41.14,
    longitude: -104.82,
    agencyOri: agency,
  });
  /** A shooting an hour before its casing is recovered, and the casing, entered `hours` after recovery (null: never). */
  const shot = (k: string, agency: string, recoveredAt: string, hours: number | null) => [
    scene(k, agency, plus(recoveredAt, -1)),
    {
      type: 'casing',
      evidenceId: id(`C${k}`),
      caliber: '9mm Luger',
      recoveredAt,
      submittedToNibinAt: hours === null ? null : plus(recoveredAt, hours),
      sceneId: id(`S${k}`),
      testFireOfFirearmId: null,
      firedFromFirearmId: null,
      firedFromConfirmedAt: null,
    },
  ];
  const lead = (k: string, a: string, b: string, correlatedAt: string, status: string, reviewHours: number | null) => ({
    type: 'lead',
    id: id(`L${k}`),
    casingA: id(`C${a}`),
    casingB: id(`C${b}`),
    correlatedAt,
    score: 90,
    status,
    reviewedAt: reviewHours === null ? null : plus(correlatedAt, reviewHours),
  });
  const gun = (k: string, agency: string, recoveredOn: string) => [
    {
      type: 'firearm',
      id: id(`F${k}`),
      serial: `WY${run}${k}`,
      serialObliterated: false,
      make: 'Plains',
      model: 'P9',
      caliber: '9mm Luger',
      kind: 'PISTOL',
      manufacturer: maker,
    },
    {
      type: 'recovery',
      id: id(`R${k}`),
      firearmId: id(`F${k}`),
      recoveredOn,
      address: '2101 O Neil Ave',
      city: 'Cheyenne',
      state: 'WY',
      latitude: 41.14,
      longitude: -104.82,
      agencyOri: agency,
      sceneId: null,
      possessorId: null,
    },
  ];
  const testFire = (k: string, at: string) => ({
    type: 'casing',
    evidenceId: id(`T${k}`),
    caliber: '9mm Luger',
    recoveredAt: at,
    submittedToNibinAt: plus(at, 4),
    sceneId: null,
    testFireOfFirearmId: id(`F${k}`),
    firedFromFirearmId: null,
    firedFromConfirmedAt: null,
  });
  const trace = (
    k: string,
    agency: string,
    t: { requestedAt: string; completedAt: string | null; outcome: string; dealerAsked?: string; dealerAnswered?: string },
  ) => ({
    type: 'trace',
    id: id(`TR${k}`),
    agencyOri: agency,
    recoveryId: id(`R${k}`),
    requestedAt: t.requestedAt,
    completedAt: t.completedAt,
    outcome: t.outcome,
    dealerRequestedAt: t.dealerAsked ?? null,
    dealerRespondedAt: t.dealerAnswered ?? null,
  });
  const agency = (x: 'A' | 'B' | 'C' | 'D' | 'E', city: string) => ({
    type: 'agency',
    ori: ori(x),
    name: `${prefix} ${run} ${city} Police`,
    state: 'WY',
    city,
    nibinPartner: x !== 'C',
  });
  const A = ori('A');
  const B = ori('B');
  const C = ori('C');
  const D = ori('D');
  const records: Array<Record<string, unknown>> = [
    { type: 'manufacturer', name: maker, kind: 'MANUFACTURER', country: 'US' },
    agency('A', 'Cheyenne'),
    agency('B', 'Laramie'),
    agency('C', 'Casper'),
    agency('D', 'Rock Springs'),
    agency('E', 'Sheridan'),
    // A, March 2025 (recovery month in UTC): 5 h, exactly 24 h, 22:30 -> 08:30 next morning (10 h), 24 h + 1 min, 31 March 23:00 -> 2 April 09:00 (34 h).
    ...shot('A1', A, '2025-03-03T10:00:00.000Z', 5),
    ...shot('A2', A, '2025-03-10T14:00:00.000Z', 24),
    ...shot('A3', A, '2025-03-12T22:30:00.000Z', 10),
    ...shot('A4', A, '2025-03-20T09:00:00.000Z', 24 + 1 / 60),
    ...shot('A5', A, '2025-03-31T23:00:00.000Z', 34),
    // A, April 2025: 6 h, exactly 48 h, 100 h, never entered.
    ...shot('A6', A, '2025-04-01T00:30:00.000Z', 6),
    ...shot('A7', A, '2025-04-05T12:00:00.000Z', 48),
    ...shot('A8', A, '2025-04-15T12:00:00.000Z', 100),
    ...shot('A9', A, '2025-04-20T12:00:00.000Z', null),
    // The confirmed series of May 2025 (X1..X5), and B's casing tied to it only by a rejected lead (Z6).
    ...shot('X1', A, '2025-05-01T21:00:00.000Z', 6),
    ...shot('X2', B, '2025-05-03T03:00:00.000Z', 17 * 24),
    ...shot('X3', A, '2025-05-10T23:00:00.000Z', 8),
    ...shot('X4', B, '2025-05-15T02:00:00.000Z', 30),
    ...shot('X5', A, '2025-05-25T13:00:00.000Z', 3),
    ...shot('Z6', B, '2025-05-05T11:00:00.000Z', 7 * 24),
    lead('12', 'X1', 'X2', '2025-05-20T05:00:00.000Z', 'CONFIRMED', 20),
    lead('23', 'X2', 'X3', '2025-05-20T06:00:00.000Z', 'CONFIRMED', 30),
    lead('34', 'X3', 'X4', '2025-05-16T10:00:00.000Z', 'CONFIRMED', 50),
    lead('45', 'X4', 'X5', '2025-05-26T00:00:00.000Z', 'CONFIRMED', 10),
    lead('Z', 'Z6', 'X1', '2025-05-12T12:00:00.000Z', 'REJECTED', 5),
    lead('U', 'A1', 'X5', '2025-05-26T12:00:00.000Z', 'UNREVIEWED', null),
    // A's guns: traced after 1.5 days (completed in 4 days, dealer answered in 8 h), after 10 days
    // (completed in 10 days, dealer answered in 48 h), never, and after 18 h (pending, dealer never answered).
    ...gun('GA1', A, '2025-03-05'),
    testFire('GA1', '2025-03-06T09:00:00.000Z'),
    trace('GA1', A, {
      requestedAt: '2025-03-06T12:00:00.000Z',
      completedAt: '2025-03-10T12:00:00.000Z',
      outcome: 'COMPLETED',
      dealerAsked: '2025-03-07T12:00:00.000Z',
      dealerAnswered: '2025-03-07T20:00:00.000Z',
    }),
    ...gun('GA2', A, '2025-03-20'),
    trace('GA2', A, {
      requestedAt: '2025-03-30T00:00:00.000Z',
      completedAt: '2025-04-09T00:00:00.000Z',
      outcome: 'NO_PURCHASER',
      dealerAsked: '2025-03-31T00:00:00.000Z',
      dealerAnswered: '2025-04-02T00:00:00.000Z',
    }),
    ...gun('GA3', A, '2025-04-10'),
    testFire('GA3', '2025-04-11T09:00:00.000Z'),
    ...gun('GA4', A, '2025-04-28'),
    trace('GA4', A, { requestedAt: '2025-04-28T18:00:00.000Z', completedAt: null, outcome: 'PENDING', dealerAsked: '2025-04-29T00:00:00.000Z' }),
    // D, June 2025: one gun traced after exactly 7 days and completed after exactly 7 days (no dealer), one never traced.
    ...gun('GD1', D, '2025-06-02'),
    trace('GD1', D, { requestedAt: '2025-06-09T00:00:00.000Z', completedAt: '2025-06-16T00:00:00.000Z', outcome: 'NO_DEALER' }),
    ...gun('GD2', D, '2025-06-10'),
    // D, two days before t0: a gun traced 3 h before t0, its dealer asked 2 h before t0 (not yet due: 18 U.S.C. 923(g)(7) gives 24 h).
    ...gun('GD3', D, iso(t0 - 2 * DAY).slice(0, 10)),
    trace('GD3', D, { requestedAt: iso(t0 - 3 * HOUR), completedAt: null, outcome: 'PENDING', dealerAsked: iso(t0 - 2 * HOUR) }),
    // C: a gun 20 days before t0, never traced or test-fired; casings aged 0, 1, 3, 7, 40 and 100 days at t0, none entered.
    ...gun('GC1', C, iso(t0 - 20 * DAY).slice(0, 10)),
    ...[0, 1, 3, 7, 40, 100].flatMap((age) => shot(`K${age}`, C, iso(t0 - age * DAY), null)),
  ];
  return { id, run, ori, t0, records };
}

const removeEvidence = cypher('test/remove-evidence-records');

/**
 * Registers a test file's hooks: one test app, the case imported in order and analysed once; the
 * case's guns and evidence removed afterwards, so later files (and their analysis runs) never see them.
 */
export function analysedAgencyCase(records: Array<Record<string, unknown>>): { app: () => TestApp } {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    expect(await importRecords(app, records)).toBe(records.length);
    await runAnalysis(app.gateway);
  }, 600_000);
  afterAll(async () => {
    await removeCaseGuns(app, records);
    const of = (type: string, key: string) => records.flatMap((r) => (r.type === type ? [r[key] as string] : []));
    await app.gateway.write(
      removeEvidence,
      { leadIds: of('lead', 'id'), casingIds: of('casing', 'evidenceId'), sceneIds: of('scene', 'id'), oris: of('agency', 'ori') },
      { operation: 'test-cleanup' },
    );
    await app.close();
  });
  return { app: () => app };
}
