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
import type { SeedManifest } from './manifest.js';
import { Prng, scramble, WeightedTable } from './prng.js';
import { entryDelayHours } from './agency-behaviour.js';
import type { RecordSink } from './record-sink.js';
import { jitter, TOP_DEALER_TRACE_SHARE, type AgencyInfo, type DealerInfo, type World } from './world.js';

/** Opaque, unique ids: a per-kind sequence number through a 32-bit bijection. */
export class IdAllocator {
  private readonly next = new Map<string, number>();
  constructor(private readonly key: number) {}

  id(prefix: string): string {
    const n = this.next.get(prefix) ?? 0;
    this.next.set(prefix, n + 1);
    // Two keyed bijections of the sequence number: unique within a generation, and 64 bits
    // wide so that two seeds (or scales) loaded into one database practically never collide.
    let key = this.key;
    for (let i = 0; i < prefix.length; i++) key = Math.imul(key ^ prefix.charCodeAt(i), 0x01000193) >>> 0;
    const hi = scramble(n, key).toString(36).toUpperCase().padStart(7, '0');
    const lo = scramble(n, (key ^ 0x5bd1e995) >>> 0)
      .toString(36)
      .toUpperCase()
      .padStart(7, '0');
    return `${prefix}-${hi}${lo}`;
  }
}

/**
 * Time-to-crime targets (ATF NFCTA 2017–2021): about 25% of traced guns under one year,
 * about 46% at three years or less. Ordinary guns draw their bucket from a controller that
 * steers the running share of completed traces toward the targets, so planted short
 * time-to-crime guns (rings, rogue dealers) do not push the totals off.
 */
export class TimeToCrime {
  completed = 0;
  underYear = 0;
  upTo3Years = 0;
  static readonly UNDER_1Y = 0.25;
  static readonly UP_TO_3Y = 0.46;

  normal(rng: Prng): number {
    const n = this.completed + 1;
    const wantA = TimeToCrime.UNDER_1Y * n - this.underYear;
    const wantAB = TimeToCrime.UP_TO_3Y * n - this.upTo3Years;
    const pA = clamp(TimeToCrime.UNDER_1Y + 0.08 * wantA, 0.01, 0.95);
    const pB = clamp(TimeToCrime.UP_TO_3Y - TimeToCrime.UNDER_1Y + 0.08 * (wantAB - wantA), 0.01, 0.95);
    const r = rng.next() * Math.max(1, pA + pB + 0.0001);
    if (r < pA) return rng.int(1, 364);
    if (r < pA + pB) return rng.int(365, 1095);
    return Math.min(9_500, 1096 + Math.floor(-Math.log(1 - rng.next()) * 2_400));
  }

  /** Rogue dealers: most of their traced guns reach crime within a year. */
  rogue(rng: Prng): number {
    const r = rng.next();
    if (r < 0.72) return rng.int(20, 364);
    if (r < 0.95) return rng.int(365, 1095);
    return rng.int(1096, 3000);
  }

  observe(days: number): void {
    this.completed += 1;
    if (days < 365) this.underYear += 1;
    if (days <= 1095) this.upTo3Years += 1;
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** Running facts about what was generated, for the manifest's calibration block. */
export class GenerationStats {
  readonly tracesByDealer = new Map<string, number>();
  /** Traces that resolved a dealer, and those that resolved one of the planted top 1.2%. */
  resolved = 0;
  resolvedTop = 0;
  readonly ttc = new TimeToCrime();
  interstate = 0;
  multipleSales = 0;
  unanswered = 0;
  readonly examples: SeedManifest['traceExamples'] = [];
  readonly exampleLimit = 40;
}

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

  /**
   * A trace request and its outcome. Dealers normally answer the NTC within 24 hours;
   * rogue dealers often do not (an unanswered request leaves the trace PENDING with the
   * dealer known from the distribution chain but no purchaser).
   */
  trace(args: {
    recovery: RecoveryRecord;
    agency: AgencyInfo;
    sale: SaleRecord | null;
    dealer: DealerInfo | null;
    purchaser: PersonRecord | null;
    obliterated: boolean;
    mustComplete?: boolean;
    requestLagDays?: number;
  }): TraceRecord | null {
    const { recovery, agency, sale, dealer, purchaser } = args;
    const recoveredDay = Math.floor(Date.parse(`${recovery.recoveredOn}T00:00:00Z`) / DAY_MS);
    const lagDays = args.requestLagDays ?? (agency.traceRate >= 1 ? this.rng.int(0, 3) : this.rng.int(1, 60));
    const requestedMs = (recoveredDay + lagDays) * DAY_MS + this.rng.int(8, 18) * HOUR_MS;
    if (requestedMs > REF_MS - 2 * HOUR_MS) return null;
    const t: TraceRecord = {
      type: 'trace',
      id: this.ids.id('T'),
      agencyOri: agency.record.ori,
      recoveryId: recovery.id,
      requestedAt: msIso(requestedMs),
      completedAt: null,
      outcome: 'PENDING',
      dealerRequestedAt: null,
      dealerRespondedAt: null,
      timeToCrimeDays: null,
      resolvedDealerLicense: null,
      resolvedPurchaserId: null,
    };
    const complete = (atMs: number) => (atMs <= REF_MS ? msIso(atMs) : null);
    if (!sale || !dealer || !purchaser) {
      t.completedAt = complete(requestedMs + this.rng.int(2, 10) * DAY_MS);
      t.outcome = t.completedAt ? 'NO_DEALER' : 'PENDING';
    } else if (args.obliterated && !args.mustComplete && this.rng.chance(0.35)) {
      t.completedAt = complete(requestedMs + this.rng.int(1, 5) * DAY_MS);
      t.outcome = t.completedAt ? 'NOT_TRACEABLE' : 'PENDING';
    } else {
      const askedMs = requestedMs + this.rng.int(2, 48) * HOUR_MS;
      t.dealerRequestedAt = msIso(Math.min(askedMs, REF_MS - HOUR_MS));
      t.resolvedDealerLicense = dealer.record.license;
      const unansweredP = args.mustComplete ? 0 : dealer.rogue ? 0.4 : 0.02;
      const r = this.rng.next();
      const respondedMs = r < unansweredP ? null : r < unansweredP + 0.08 ? askedMs + this.rng.int(25, 120) * HOUR_MS : askedMs + this.rng.int(1, 23) * HOUR_MS;
      if (respondedMs === null || respondedMs > REF_MS) {
        if (askedMs + 24 * HOUR_MS < REF_MS) this.stats.unanswered += 1;
      } else {
        t.dealerRespondedAt = msIso(respondedMs);
        const doneMs = respondedMs + this.rng.int(1, 72) * HOUR_MS;
        if (doneMs <= REF_MS) {
          t.completedAt = msIso(doneMs);
          if (!args.mustComplete && this.rng.chance(0.05)) {
            t.outcome = 'NO_PURCHASER';
          } else {
            t.outcome = 'COMPLETED';
            t.resolvedPurchaserId = purchaser.id;
            const soldDay = Math.floor(Date.parse(`${sale.soldOn}T00:00:00Z`) / DAY_MS);
            t.timeToCrimeDays = recoveredDay - soldDay;
          }
        }
      }
    }
    if (t.resolvedDealerLicense) {
      this.stats.resolved += 1;
      if (dealer!.top) this.stats.resolvedTop += 1;
      this.stats.tracesByDealer.set(t.resolvedDealerLicense, (this.stats.tracesByDealer.get(t.resolvedDealerLicense) ?? 0) + 1);
    }
    if (t.outcome === 'COMPLETED' && sale && dealer && purchaser) {
      this.stats.ttc.observe(t.timeToCrimeDays!);
      if (purchaser.state !== recovery.state) this.stats.interstate += 1;
      if (this.stats.examples.length < this.stats.exampleLimit && this.rng.chance(0.2)) {
        this.stats.examples.push({
          firearmId: recovery.firearmId,
          dealerLicense: dealer.record.license,
          purchaserId: purchaser.id,
          soldOn: sale.soldOn,
          recoveredOn: recovery.recoveredOn,
          timeToCrimeDays: t.timeToCrimeDays!,
          recoveredState: recovery.state,
          purchaserState: purchaser.state,
        });
      }
    }
    this.sink.add(t);
    return t;
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
