/**
 * Building blocks of the blind dealer generator: its own PRNG, dates, places, license numbers
 * and record builders. Written without the project's generator or scoring: only the record model
 * (src/model/records/) and the background's reference data (agencies, manufacturers, gun specs).
 */
import { FFL_MONTH_LETTERS } from '../../src/common/ffl-license.js';
import type { AgencyRecord, GraphRecord, RecordType } from '../../src/import/record.types.js';
import type { Backdrop, FirearmSpec, PlantedDealer } from '../blind-harness/dealers.contract.js';

export { BackdropCollector, type Backdrop, type FirearmSpec, type PlantedDealer } from '../blind-harness/dealers.contract.js';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
/** The background generator's reference date (seeds/dates.ts): nothing planted is later. */
export const REF_DAY = Date.UTC(2026, 5, 30) / DAY_MS;
export const dayIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const instantIso = (ms: number) => new Date(ms).toISOString();

/** mulberry32: small, fast, deterministic; seeded from a text so every stream is independent. */
export class Rng {
  private s: number;
  constructor(...keys: Array<string | number>) {
    let h = 2166136261;
    for (const c of keys.join('|')) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
    this.s = h >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  real(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** Log-uniform: heavy right tail, as response delays and times-to-crime are. */
  logUniform(lo: number, hi: number): number {
    return Math.exp(this.real(Math.log(lo), Math.log(hi)));
  }
}

/** Places the planted dealers and recoveries use (city centres, WGS-84), per background state. */
export interface Place {
  city: string;
  state: string;
  lat: number;
  lon: number;
  /** Small town (rural dealers) or city. */
  rural?: boolean;
}
export const PLACES: Place[] = [
  { city: 'New York', state: 'NY', lat: 40.71, lon: -74.0 },
  { city: 'Buffalo', state: 'NY', lat: 42.89, lon: -78.88 },
  { city: 'Newark', state: 'NJ', lat: 40.74, lon: -74.17 },
  { city: 'Trenton', state: 'NJ', lat: 40.22, lon: -74.76 },
  { city: 'Boston', state: 'MA', lat: 42.36, lon: -71.06 },
  { city: 'Chicago', state: 'IL', lat: 41.88, lon: -87.63 },
  { city: 'Baltimore', state: 'MD', lat: 39.29, lon: -76.61 },
  { city: 'Philadelphia', state: 'PA', lat: 39.95, lon: -75.17 },
  { city: 'Pittsburgh', state: 'PA', lat: 40.44, lon: -80.0 },
  { city: 'Morrisville', state: 'PA', lat: 40.21, lon: -74.79, rural: true },
  { city: 'Atlanta', state: 'GA', lat: 33.75, lon: -84.39 },
  { city: 'Dalton', state: 'GA', lat: 34.77, lon: -84.97, rural: true },
  { city: 'Richmond', state: 'VA', lat: 37.54, lon: -77.44 },
  { city: 'Emporia', state: 'VA', lat: 36.69, lon: -77.54, rural: true },
  { city: 'Columbia', state: 'SC', lat: 34.0, lon: -81.03 },
  { city: 'Dillon', state: 'SC', lat: 34.42, lon: -79.37, rural: true },
  { city: 'Charlotte', state: 'NC', lat: 35.23, lon: -80.84 },
  { city: 'Rocky Mount', state: 'NC', lat: 35.94, lon: -77.79, rural: true },
  { city: 'Jacksonville', state: 'FL', lat: 30.33, lon: -81.66 },
  { city: 'Lake City', state: 'FL', lat: 30.19, lon: -82.64, rural: true },
  { city: 'Houston', state: 'TX', lat: 29.76, lon: -95.37 },
  { city: 'Columbus', state: 'OH', lat: 39.96, lon: -83.0 },
  { city: 'Cleveland', state: 'OH', lat: 41.5, lon: -81.69 },
];
/** Strict-law destination states of the Iron Pipeline and their usual sources (ATF trace data by state). */
export const DESTINATIONS = ['NY', 'NJ', 'MA', 'IL', 'MD'];
export const SOURCES = ['GA', 'VA', 'SC', 'NC', 'FL', 'PA', 'OH', 'TX'];
/** Border towns: the dealer's place and the neighbouring state its guns cross into. */
export const BORDERS: Array<{ dealer: string; across: string }> = [
  { dealer: 'Morrisville', across: 'NJ' },
  { dealer: 'Pittsburgh', across: 'OH' },
  { dealer: 'Emporia', across: 'NC' },
  { dealer: 'Dillon', across: 'NC' },
];
export const placesIn = (state: string) => PLACES.filter((p) => p.state === state);
export const placeNamed = (city: string) => PLACES.find((p) => p.city === city)!;
/** High-crime cities with many dealers around them (background dealers cluster there too). */
export const HIGH_CRIME = ['Philadelphia', 'Chicago', 'Baltimore', 'Houston', 'Cleveland', 'Atlanta'];

/**
 * Writes the records of one planted world: ids are `BL-<kind>-<n>`, licenses end in a sequence
 * 99000–99999 (checked against the background's licenses), every record in model field order.
 */
export class BlindSink {
  readonly records: GraphRecord[] = [];
  readonly dealers: PlantedDealer[] = [];
  private n = 0;
  private seq = 99000;
  constructor(
    readonly rng: Rng,
    readonly backdrop: Backdrop,
  ) {}

  id(kind: string): string {
    return `BL-${kind}-${(++this.n).toString(36).toUpperCase().padStart(5, '0')}`;
  }

  /** A license `X-XX-XXX-XX-XY-XXXXX` (27 CFR 478.11 types; month letter A–M without I). */
  license(type: '01' | '02'): string {
    for (;;) {
      const r = this.rng;
      const seq = String(this.seq++).padStart(5, '0');
      const lic = `${r.int(1, 9)}-${String(r.int(11, 99))}-${String(r.int(1, 199)).padStart(3, '0')}-${type}-${r.int(0, 9)}${r.pick(FFL_MONTH_LETTERS)}-${seq}`;
      if (!this.backdrop.licenses.has(lic)) return lic;
    }
  }

  add(r: GraphRecord): void {
    this.records.push(r);
  }

  agencyIn(place: Place): AgencyRecord {
    const inState = this.backdrop.agencies.filter((a) => a.state === place.state);
    if (!inState.length) throw new Error(`no background agency in ${place.state}`);
    return inState.find((a) => a.city === place.city) ?? this.rng.pick(inState);
  }

  /** A buyer or possessor of the given age on `onDay` (21+ for handguns: 18 U.S.C. 922(b)(1)). */
  person(place: Place, ageOn: { day: number; min: number; max: number }): string {
    const r = this.rng;
    const id = this.id('P');
    const dob = ageOn.day - Math.round(r.real(ageOn.min + 0.1, ageOn.max) * 365.25);
    const first = r.pick(['Alex', 'Jordan', 'Casey', 'Taylor', 'Morgan', 'Jamie', 'Riley', 'Devon', 'Chris', 'Pat', 'Dana', 'Terry']);
    const last = r.pick(['Barnes', 'Colby', 'Dorsey', 'Ellison', 'Frazier', 'Gaines', 'Holt', 'Ingram', 'Jessup', 'Kimble', 'Lowry', 'Mabry']);
    this.add({
      type: 'person',
      id,
      firstName: first,
      lastName: last,
      dateOfBirth: dayIso(dob),
      address: `${r.int(10, 9999)} Blind St`,
      city: place.city,
      state: place.state,
    });
    return id;
  }

  firearm(kind: 'handgun' | 'long', serialObliterated = false): FirearmSpec & { id: string } {
    const spec = this.rng.pick(this.backdrop.specs[kind]);
    const id = this.id('FA');
    this.add({ type: 'firearm', id, serial: `BLS${this.n}`, serialObliterated, ...spec });
    return { id, ...spec };
  }

  dealer(shape: string, bad: boolean, type: '01' | '02', place: Place, params: Record<string, number | string>): PlantedDealer {
    const r = this.rng;
    const license = this.license(type);
    this.add({
      type: 'ffl',
      license,
      name: `${r.pick(['Ridge', 'Liberty', 'Patriot', 'Eagle', 'County Line', 'Crossroads', 'Valley'])} ${type === '02' ? 'Pawn' : r.pick(['Guns', 'Outfitters', 'Arms', 'Sporting Goods'])}`,
      licenseType: type,
      premisesAddress: `${r.int(10, 9999)} Planted Rd`,
      city: place.city,
      state: place.state,
      latitude: place.lat + r.real(-0.05, 0.05),
      longitude: place.lon + r.real(-0.05, 0.05),
    });
    const d = { license, shape, bad, params };
    this.dealers.push(d);
    return d;
  }

  sale(license: string, firearmId: string, purchaserId: string, day: number, multipleSale: boolean): void {
    this.add({ type: 'sale', id: this.id('S'), fflLicense: license, firearmId, purchaserId, soldOn: dayIso(day), multipleSale });
  }

  recovery(firearmId: string, day: number, place: Place, possessorId: string | null): { id: string; agencyOri: string } {
    const r = this.rng;
    const id = this.id('RC');
    const agency = this.agencyIn(place);
    this.add({
      type: 'recovery',
      id,
      firearmId,
      recoveredOn: dayIso(day),
      address: `${r.int(10, 9999)} Recovery Ave`,
      city: place.city,
      state: place.state,
      latitude: place.lat + r.real(-0.08, 0.08),
      longitude: place.lon + r.real(-0.08, 0.08),
      agencyOri: agency.ori,
      sceneId: null,
      possessorId,
    });
    return { id, agencyOri: agency.ori };
  }

  /**
   * A trace of a recovered gun. `answerHours` null: the dealer was asked and never answered
   * (18 U.S.C. 923(g)(7) requires an answer within 24 hours). Dates never pass REF_DAY.
   */
  trace(t: {
    recovery: { id: string; agencyOri: string };
    recoveredDay: number;
    outcome: 'COMPLETED' | 'NO_PURCHASER' | 'PENDING';
    dealer: string;
    purchaserId: string | null;
    answerHours: number | null;
    ttcDays: number | null;
  }): void {
    const r = this.rng;
    const requested = Math.min(t.recoveredDay + r.int(0, 20), REF_DAY - 3) * DAY_MS + r.int(8, 17) * HOUR_MS;
    const asked = requested + r.int(1, 30) * HOUR_MS;
    const answered = t.answerHours == null ? null : asked + Math.round(t.answerHours) * HOUR_MS;
    const completed = t.outcome === 'PENDING' ? null : Math.max(answered ?? asked + 30 * DAY_MS, asked) + r.int(2, 72) * HOUR_MS;
    this.add({
      type: 'trace',
      id: this.id('T'),
      agencyOri: t.recovery.agencyOri,
      recoveryId: t.recovery.id,
      requestedAt: instantIso(requested),
      completedAt: completed == null ? null : instantIso(Math.min(completed, (REF_DAY + 0.9) * DAY_MS)),
      outcome: t.outcome,
      dealerRequestedAt: instantIso(asked),
      dealerRespondedAt: answered == null ? null : instantIso(answered),
      timeToCrimeDays: t.ttcDays,
      resolvedDealerLicense: t.dealer,
      resolvedPurchaserId: t.purchaserId,
    });
  }

  /** An FFL theft/loss report (ATF Form 3310.11; 27 CFR 478.39a: within 48 hours of discovery). */
  fflTheft(firearmId: string, license: string, kind: 'FFL_THEFT' | 'FFL_LOSS', occurredDay: number, reportedMs: number, agencyOri: string | null): void {
    this.add({
      type: 'theft',
      id: this.id('TH'),
      firearmId,
      kind,
      occurredOn: dayIso(occurredDay),
      reportedAt: instantIso(reportedMs),
      reportingAgencyOri: agencyOri,
      reportingFflLicense: license,
    });
  }

  /** The records grouped in the model's write order. */
  byType(order: readonly RecordType[]): Array<{ type: RecordType; records: GraphRecord[] }> {
    return order.map((type) => ({ type, records: this.records.filter((r) => r.type === type) })).filter((b) => b.records.length);
  }
}
