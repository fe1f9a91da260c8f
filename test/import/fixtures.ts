import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphRecord } from '../../src/import/record.types.js';

/**
 * Distinguishes this run's records from an earlier run's when the tests reuse a database
 * (NEO4J_URI): the count checks need records that are new to the graph.
 */
export const RUN = Date.now().toString(36).toUpperCase();

const made: string[] = [];

/** A temp folder for import files (the reject file and checkpoint land beside them); removed after the file's tests (removeTempDirs). */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crimegun-import-test-'));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made in this worker (test/setup/per-file.ts calls it after each test file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function writeNdjson(file: string, lines: Array<Record<string, unknown> | string>): string {
  writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

/** What `validRecords` handed out in this test file: its guns are removed when the file ends (test/setup/per-file.ts). */
const handedOut = { prefixes: new Set<string>(), fflLicenses: new Set<string>() };

/** The fixtures' id prefixes and store licenses handed out since the last call, forgotten once taken. */
export function takeMadeFixtures(): { prefixes: string[]; fflLicenses: string[] } {
  const out = { prefixes: [...handedOut.prefixes], fflLicenses: [...handedOut.fflLicenses] };
  handedOut.prefixes.clear();
  handedOut.fflLicenses.clear();
  return out;
}

/**
 * One consistent record of every type (plus a second person and scene), with ids that
 * cannot collide with the seed: `IMPTEST-<tag>-…`. The agency ORI, FFL license and
 * manufacturer name are derived from the tag so separate tests stay separate.
 */
export function validRecords(tag: string, n = 0): GraphRecord[] {
  const id = (kind: string) => `IMPTEST-${tag}-${kind}`;
  const digits = String(Math.abs(hash(tag) + n) % 100_000).padStart(5, '0');
  handedOut.prefixes.add(`IMPTEST-${tag}-`);
  handedOut.fflLicenses.add(`8-23-101-01-7C-${digits}`);
  // A letter in the last two places: seeded ORIs end in 00, SO, PD, 0A or 0B (seeds/world.ts), so a
  // fixture agency can never be a seeded one (it would add the fixture's recoveries to a real agency).
  const ori = `NJ${digits}T${n % 10}`;
  const license = `8-23-101-01-7C-${digits}`;
  const maker = `IMPTEST ${tag} Arms`;
  return [
    { type: 'manufacturer', name: maker, kind: 'MANUFACTURER', country: 'US' },
    { type: 'agency', ori, name: `IMPTEST ${tag} Police Department`, state: 'NJ', city: 'Camden', nibinPartner: true },
    {
      type: 'ffl',
      license,
      name: `IMPTEST ${tag} Guns`,
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
      id: id('FA'),
      serial: 'IMP12345',
      serialObliterated: false,
      make: 'Imptest',
      model: 'I9',
      caliber: '9mm Luger',
      kind: 'PISTOL',
      manufacturer: maker,
    },
    { type: 'association', fromPersonId: id('P1'), toPersonId: id('P2'), source: 'FIELD_INTERVIEW', since: '2024-01-01' },
    {
      type: 'scene',
      id: id('SC1'),
      occurredAt: '2025-03-14T23:40:00.000Z',
      kind: 'SHOTS_FIRED',
      address: '4 Broadway',
      city: 'Camden',
      state: 'NJ',
      latitude: 39.94,
      longitude: -75.12,
      agencyOri: ori,
    },
    {
      type: 'scene',
      id: id('SC2'),
      occurredAt: '2025-04-02T17:05:00.000Z',
      kind: 'RECOVERY_ONLY',
      address: '5 Haddon Ave',
      city: 'Camden',
      state: 'NJ',
      latitude: 39.93,
      longitude: -75.11,
      agencyOri: ori,
    },
    {
      type: 'casing',
      evidenceId: id('EV1'),
      caliber: '9mm Luger',
      recoveredAt: '2025-03-15T01:10:00.000Z',
      submittedToNibinAt: '2025-03-15T14:00:00.000Z',
      sceneId: id('SC1'),
      testFireOfFirearmId: null,
      firedFromFirearmId: id('FA'),
      firedFromConfirmedAt: '2025-04-09T10:00:00.000Z',
    },
    {
      type: 'casing',
      evidenceId: id('EV2'),
      caliber: '9mm Luger',
      recoveredAt: '2025-04-04T11:00:00.000Z',
      submittedToNibinAt: '2025-04-04T15:30:00.000Z',
      sceneId: null,
      testFireOfFirearmId: id('FA'),
      firedFromFirearmId: null,
      firedFromConfirmedAt: null,
    },
    { type: 'sale', id: id('SA'), fflLicense: license, firearmId: id('FA'), purchaserId: id('P1'), soldOn: '2024-12-20', multipleSale: false },
    {
      type: 'recovery',
      id: id('RC'),
      firearmId: id('FA'),
      recoveredOn: '2025-04-02',
      address: '5 Haddon Ave',
      city: 'Camden',
      state: 'NJ',
      latitude: 39.93,
      longitude: -75.11,
      agencyOri: ori,
      sceneId: id('SC2'),
      possessorId: id('P2'),
    },
    {
      type: 'trace',
      id: id('T'),
      agencyOri: ori,
      recoveryId: id('RC'),
      requestedAt: '2025-04-02T20:00:00.000Z',
      completedAt: '2025-04-04T09:00:00.000Z',
      outcome: 'COMPLETED',
      dealerRequestedAt: '2025-04-03T13:00:00.000Z',
      dealerRespondedAt: '2025-04-03T16:20:00.000Z',
      timeToCrimeDays: 103,
      resolvedDealerLicense: license,
      resolvedPurchaserId: id('P1'),
    },
    {
      type: 'lead',
      id: id('LD'),
      casingA: id('EV1'),
      casingB: id('EV2'),
      correlatedAt: '2025-04-05T08:00:00.000Z',
      score: 91,
      status: 'CONFIRMED',
      reviewedAt: '2025-04-09T10:00:00.000Z',
    },
    {
      type: 'theft',
      id: id('TH'),
      firearmId: id('FA'),
      kind: 'VEHICLE_BREAK_IN',
      occurredOn: '2025-02-01',
      reportedAt: '2025-02-01T18:30:00.000Z',
      reportingAgencyOri: ori,
      reportingFflLicense: null,
    },
  ];
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
