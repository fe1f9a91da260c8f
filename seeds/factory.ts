import { SHOOTING_SCENE_KINDS } from '../src/model/records/enums.js';
import type { Faker } from '@faker-js/faker';
import type { Caliber } from '../src/model/records/calibers.js';
import type {
  CasingRecord,
  FirearmRecord,
  LeadRecord,
  PersonRecord,
  RecoveryRecord,
  SaleRecord,
  SceneRecord,
  TraceRecord,
} from '../src/import/record.types.js';
import { HANDGUN_KINDS, MAKERS, type Maker } from './catalog.js';
import { DAY_MS, dayIso, HOUR_MS, msIso, REF_DAY, REF_MS } from './dates.js';
import { STATE_BY_CODE, STATES } from './geography.js';
import { Prng, WeightedTable } from './prng.js';
import { clamp, type GenerationStats } from './generation-stats.js';
import type { IdAllocator } from './ids.js';
import { makeTrace } from './trace-record.js';
import { localAgencies } from './recovery-locality.js';
import { entryDelayHours } from './agency-behaviour.js';
import type { RecordSink } from './record-sink.js';
import { jitter, TOP_DEALER_TRACE_SHARE, type AgencyInfo, type DealerInfo, type World } from './world.js';

const makerTable = new WeightedTable(
  MAKERS,
  MAKERS.map((m) => m.weight),
);
const CASING_CALIBERS: Caliber[] = [
  '9mm Luger',
  '9mm Luger',
  '9mm Luger',
  '9mm Luger',
  '.40 S&W',
  '.45 ACP',
  '.380 ACP',
  '.380 ACP',
  '.22 LR',
  '7.62x39mm',
  '5.56x45mm NATO',
  '.357 Magnum',
];
const SCENE_KINDS = SHOOTING_SCENE_KINDS;
const ASSOCIATION_SOURCES = ['ARREST_REPORT', 'FIELD_INTERVIEW', 'SOCIAL_MEDIA', 'INFORMANT', 'JAIL_CALLS'];

/** Everything a stage needs to make records: its own PRNG and faker, shared ids, world and stats. */
export class Factory {
  constructor(
    readonly rng: Prng,
    readonly faker: Faker,
    readonly ids: IdAllocator,
    readonly world: World,
    readonly sink: RecordSink,
    readonly stats: GenerationStats,
  ) {}

  /**
   * The dealer that first sold a crime gun. ATF (2000): 1.2% of dealers account for 57% of
   * traces; the choice between those top dealers and the rest is steered by the running
   * share so that planted ring traces (never at top dealers) do not dilute it.
   */
  crimeDealer(): DealerInfo {
    const n = this.stats.resolved + 1;
    const want = TOP_DEALER_TRACE_SHARE * n - this.stats.resolvedTop;
    const pTop = clamp(TOP_DEALER_TRACE_SHARE + 0.08 * want, 0.05, 0.98);
    return this.rng.chance(pTop) ? this.world.topCrimeDealers.pick(this.rng) : this.world.otherCrimeDealers.pick(this.rng);
  }

  cityIn(state: string) {
    const s = STATE_BY_CODE.get(state)!;
    return this.rng.weighted(
      s.cities,
      s.cities.map((c) => c.weight),
    );
  }

  person(state: string, bornBeforeDay: number, minAgeYears: number): PersonRecord {
    const city = this.cityIn(state);
    const ageDays = Math.floor((minAgeYears + this.rng.next() * 40) * 365.25);
    const p: PersonRecord = {
      type: 'person',
      id: this.ids.id('P'),
      firstName: this.faker.person.firstName(),
      lastName: this.faker.person.lastName(),
      dateOfBirth: dayIso(bornBeforeDay - ageDays),
      address: this.faker.location.streetAddress(),
      city: city.name,
      state,
    };
    this.sink.add(p);
    return p;
  }

  firearm(options: { handgun?: boolean; obliterated?: boolean } = {}): FirearmRecord {
    let maker: Maker;
    let model: Maker['models'][number];
    do {
      maker = makerTable.pick(this.rng);
      model = this.rng.pick(maker.models);
    } while (options.handgun && !HANDGUN_KINDS.has(model.kind));
    const f: FirearmRecord = {
      type: 'firearm',
      id: this.ids.id('FA'),
      serial: `${maker.make.slice(0, 2).toUpperCase()}${this.rng.int(100_000, 9_999_999)}`,
      serialObliterated: options.obliterated ?? false,
      make: maker.make,
      model: model.model,
      caliber: model.caliber,
      kind: model.kind,
      manufacturer: maker.name,
    };
    this.sink.add(f);
    return f;
  }

  sale(dealer: DealerInfo, firearm: FirearmRecord, purchaser: PersonRecord, day: number, multipleSale: boolean): SaleRecord {
    const s: SaleRecord = {
      type: 'sale',
      id: this.ids.id('SA'),
      fflLicense: dealer.record.license,
      firearmId: firearm.id,
      purchaserId: purchaser.id,
      soldOn: dayIso(day),
      multipleSale,
    };
    if (multipleSale) this.stats.multipleSales += 1;
    this.sink.add(s);
    return s;
  }

  /** The recovering agency of a gun sold by `dealer` and recovered in `state` (seeds/recovery-locality.ts). */
  agencyNear(state: string, dealer: DealerInfo | null): AgencyInfo {
    const km = this.world.recoveryLocalityKm;
    if (!km || !dealer || dealer.record.state !== state) return this.agencyIn(state);
    return localAgencies(this.world, dealer, km)?.pick(this.rng) ?? this.agencyIn(state);
  }

  agencyIn(state: string): AgencyInfo {
    const table = this.world.agenciesByState.get(state);
    if (table) return table.pick(this.rng);
    // A state without agencies at this scale: recover in the nearest-listed state that has some.
    const fallback = STATES.find((s) => this.world.agenciesByState.has(s.code))!;
    return this.world.agenciesByState.get(fallback.code)!.pick(this.rng);
  }

  scene(agency: AgencyInfo, atMs: number, kind: SceneRecord['kind']): SceneRecord {
    const s: SceneRecord = {
      type: 'scene',
      id: this.ids.id('SC'),
      occurredAt: msIso(atMs),
      kind,
      address: this.faker.location.streetAddress(),
      city: agency.record.city,
      state: agency.record.state,
      latitude: jitter(this.rng, agency.latitude, 0.05),
      longitude: jitter(this.rng, agency.longitude, 0.05),
      agencyOri: agency.record.ori,
    };
    this.sink.add(s);
    return s;
  }

  shootingKind(): SceneRecord['kind'] {
    return this.rng.weighted(SCENE_KINDS, [0.12, 0.3, 0.58]);
  }

  casingCaliber(): Caliber {
    return this.rng.pick(CASING_CALIBERS);
  }

  /** DOJ OIG: partners should enter casings within 24-48 hours; many take weeks or months (seeds/agency-behaviour.ts). */
  submissionMs(agency: AgencyInfo, recoveredMs: number, mustSubmit = false): number | null {
    if (!agency.behaviour.entersCasings && !mustSubmit) return null;
    const at = recoveredMs + entryDelayHours(this.rng, agency.behaviour) * HOUR_MS;
    // A series casing must be in NIBIN early enough for its leads (correlated up to 48 h later) to exist by the reference date.
    const latest = mustSubmit ? REF_MS - 3 * DAY_MS : REF_MS;
    return at <= latest ? at : mustSubmit ? latest : null;
  }

  casings(scene: SceneRecord, agency: AgencyInfo, caliber: Caliber, count: number, mustSubmit = false): CasingRecord[] {
    const out: CasingRecord[] = [];
    const base = Date.parse(scene.occurredAt);
    for (let i = 0; i < count; i++) {
      const recoveredMs = base + this.rng.int(30, 360) * 60_000;
      const submitted = this.submissionMs(agency, recoveredMs, mustSubmit);
      const c: CasingRecord = {
        type: 'casing',
        evidenceId: this.ids.id('EV'),
        caliber,
        recoveredAt: msIso(recoveredMs),
        submittedToNibinAt: submitted === null ? null : msIso(submitted),
        sceneId: scene.id,
        testFireOfFirearmId: null,
        firedFromFirearmId: null,
        firedFromConfirmedAt: null,
      };
      out.push(c);
    }
    return out;
  }

  /** The lab test-fire of a recovered gun (null when it would fall after the reference date). */
  testFire(firearm: FirearmRecord, recoveredDay: number): CasingRecord | null {
    const firedMs = (recoveredDay + this.rng.int(1, 10)) * DAY_MS + this.rng.int(9, 17) * HOUR_MS;
    const submitted = firedMs + this.rng.int(1, 48) * HOUR_MS;
    if (submitted > REF_MS - 3 * DAY_MS) return null;
    return {
      type: 'casing',
      evidenceId: this.ids.id('EV'),
      caliber: firearm.caliber,
      recoveredAt: msIso(firedMs),
      submittedToNibinAt: msIso(submitted),
      sceneId: null,
      testFireOfFirearmId: firearm.id,
      firedFromFirearmId: null,
      firedFromConfirmedAt: null,
    };
  }

  /** A NIBIN lead; returns null when either casing never reached NIBIN or the dates run past the reference date. */
  lead(a: CasingRecord, b: CasingRecord, status: LeadRecord['status']): LeadRecord | null {
    if (!a.submittedToNibinAt || !b.submittedToNibinAt) return null;
    const correlated = Math.max(Date.parse(a.submittedToNibinAt), Date.parse(b.submittedToNibinAt)) + this.rng.int(1, 48) * HOUR_MS;
    if (correlated > REF_MS) return null;
    let reviewed: number | null = status === 'UNREVIEWED' ? null : correlated + this.rng.int(4, 21 * 24) * HOUR_MS;
    if (reviewed !== null && reviewed > REF_MS) {
      if (status === 'REJECTED') return null;
      reviewed = REF_MS - HOUR_MS;
    }
    // Scores: true matches correlate high, false candidates spread lower (overlapping, as in practice).
    const score = status === 'REJECTED' ? this.rng.int(22, 78) : status === 'CONFIRMED' ? this.rng.int(72, 99) : this.rng.int(35, 95);
    return {
      type: 'lead',
      id: this.ids.id('LD'),
      casingA: a.evidenceId,
      casingB: b.evidenceId,
      correlatedAt: msIso(correlated),
      score,
      status,
      reviewedAt: reviewed === null ? null : msIso(reviewed),
    };
  }

  recovery(firearm: FirearmRecord, agency: AgencyInfo, day: number, sceneId: string | null, possessorId: string | null): RecoveryRecord {
    const r: RecoveryRecord = {
      type: 'recovery',
      id: this.ids.id('RC'),
      firearmId: firearm.id,
      recoveredOn: dayIso(day),
      address: this.faker.location.streetAddress(),
      city: agency.record.city,
      state: agency.record.state,
      latitude: jitter(this.rng, agency.latitude, 0.05),
      longitude: jitter(this.rng, agency.longitude, 0.05),
      agencyOri: agency.record.ori,
      sceneId,
      possessorId,
    };
    this.sink.add(r);
    return r;
  }

  /** A trace request and its outcome (seeds/trace-record.ts). */
  trace(args: Parameters<typeof makeTrace>[1]): TraceRecord | null {
    return makeTrace(this, args);
  }

  association(fromId: string, toId: string, sinceDay: number): void {
    this.sink.add({
      type: 'association',
      fromPersonId: fromId,
      toPersonId: toId,
      source: this.rng.pick(ASSOCIATION_SOURCES),
      since: dayIso(Math.min(sinceDay, REF_DAY)),
    });
  }
}
