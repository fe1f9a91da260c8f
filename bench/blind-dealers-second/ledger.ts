/**
 * The planted records and how each is made: dealers, people, guns, sales, recoveries, traces,
 * theft/loss reports, scenes and associations. Shapes say what happens; the ledger writes it
 * down in the import's record formats (src/model/records/) and keeps every id unique.
 */
import { formatFflLicense } from '../../src/common/ffl-license.js';
import type {
  AgencyRecord,
  AssociationRecord,
  FflRecord,
  FirearmRecord,
  GraphRecord,
  PersonRecord,
  RecoveryRecord,
  SaleRecord,
  SceneRecord,
  TheftRecord,
  TraceRecord,
} from '../../src/import/record.types.js';
import type { Backdrop, FirearmSpec } from '../blind-harness/dealers.contract.js';
import { DAY_MS, HOUR_MS, LAST_INSTANT, REF_DAY, dayIso, dayOfInstant, instantIso, workInstant } from './calendar.js';
import { type Atlas, centroidOf, streetAddress } from './geography.js';
import { FIRST_NAMES, LAST_NAMES, SHOP_WORDS, SHOP_KINDS } from './names.js';
import type { Rng } from './random.js';

export interface Dealer {
  license: string;
  state: string;
  city: string;
  opened: number;
}

/** When the dealer answers NTC's request: hours after being asked, or null for never. */
export type AnswerHabit = (rng: Rng) => number | null;

/** 27 CFR 478.25a: a licensee answers a trace request within 24 hours; most do within a working day. */
export const PROMPT: AnswerHabit = (rng) => rng.between(0.5, 22);

export class Ledger {
  readonly records: GraphRecord[] = [];
  private readonly sales: SaleRecord[] = [];
  private readonly kinds = new Map<string, string>();
  private readonly associations = new Set<string>();
  private readonly licenses = new Set<string>();
  private readonly specs: { handgun: FirearmSpec[]; long: FirearmSpec[] };
  private n = 0;

  constructor(
    readonly rng: Rng,
    readonly atlas: Atlas,
    private readonly backdrop: Backdrop,
  ) {
    const known = (s: FirearmSpec) => backdrop.manufacturers.has(s.manufacturer);
    this.specs = { handgun: backdrop.specs.handgun.filter(known), long: backdrop.specs.long.filter(known) };
    if (!this.specs.handgun.length || !this.specs.long.length) throw new Error('the backdrop offers no gun specs with known manufacturers');
  }

  private id(kind: string): string {
    return `B2D-${kind}-${(++this.n).toString(36).toUpperCase()}`;
  }

  /**
   * A license number in the format of src/common/ffl-license.ts. The sequence is drawn from
   * 90000–99999, a range reserved here, and re-drawn on any collision with the backdrop or ours.
   */
  private license(type: '01' | '02'): string {
    for (;;) {
      const candidate = formatFflLicense({
        region: String(this.rng.int(1, 9)),
        irsDistrict: String(this.rng.int(10, 99)),
        countyFips: String(this.rng.int(1, 199) * 2 - 1).padStart(3, '0'),
        licenseType: type,
        expiresYearDigit: String(this.rng.int(6, 9)),
        expiresMonth: this.rng.int(1, 12),
        sequence: String(this.rng.int(90000, 99999)),
      });
      if (!this.backdrop.licenses.has(candidate) && !this.licenses.has(candidate)) {
        this.licenses.add(candidate);
        return candidate;
      }
    }
  }

  openDealer(state: string, opened: number, type: '01' | '02' = '01', namePrefix?: string): Dealer {
    const agency = this.atlas.agency(this.rng, state);
    const license = this.license(type);
    const [lat, lon] = centroidOf(agency.state);
    const name = `${namePrefix ?? this.rng.pick(SHOP_WORDS)} ${type === '02' ? 'Pawn & Loan' : this.rng.pick(SHOP_KINDS)}`;
    const ffl: FflRecord = {
      type: 'ffl',
      license,
      name,
      licenseType: type,
      premisesAddress: streetAddress(this.rng),
      city: agency.city,
      state: agency.state,
      latitude: Math.round((lat + this.rng.between(-0.5, 0.5)) * 1e5) / 1e5,
      longitude: Math.round((lon + this.rng.between(-0.5, 0.5)) * 1e5) / 1e5,
    };
    this.records.push(ffl);
    return { license, state: agency.state, city: agency.city, opened };
  }

  /** A person aged between minAge and maxAge on `day`. */
  person(state: string, day: number, minAge: number, maxAge: number): PersonRecord {
    const ageDays = this.rng.between(minAge + 0.02, maxAge + 0.98) * 365.25;
    const city = this.atlas.agency(this.rng, state).city;
    const p: PersonRecord = {
      type: 'person',
      id: this.id('P'),
      firstName: this.rng.pick(FIRST_NAMES),
      lastName: this.rng.pick(LAST_NAMES),
      dateOfBirth: dayIso(day - ageDays),
      address: streetAddress(this.rng),
      city,
      state,
    };
    this.records.push(p);
    return p;
  }

  gun(handgun: boolean): FirearmRecord {
    const spec = this.rng.pick(handgun ? this.specs.handgun : this.specs.long);
    const letters = 'ABCDEFGHJKLMNPRSTVWXYZ';
    const serial = `${letters[this.rng.int(0, 21)]}${letters[this.rng.int(0, 21)]}${this.rng.int(100000, 9999999)}`;
    const g: FirearmRecord = { type: 'firearm', id: this.id('F'), serial, serialObliterated: false, ...spec };
    this.kinds.set(g.id, g.kind);
    this.records.push(g);
    return g;
  }

  /** A retail sale; multipleSale is set for all sales at the end (see finish). */
  sell(dealer: Dealer, gun: FirearmRecord, buyer: PersonRecord, day: number): SaleRecord {
    const s: SaleRecord = {
      type: 'sale',
      id: this.id('S'),
      fflLicense: dealer.license,
      firearmId: gun.id,
      purchaserId: buyer.id,
      soldOn: dayIso(day),
      multipleSale: false,
    };
    this.sales.push(s);
    this.records.push(s);
    return s;
  }

  /** A police recovery in the agency's jurisdiction; a share come from a shooting scene. */
  recover(gun: FirearmRecord, day: number, agency: AgencyRecord, possessor: PersonRecord | null, sceneShare: number): RecoveryRecord {
    const place = this.atlas.placeNear(this.rng, agency);
    let sceneId: string | null = null;
    if (this.rng.chance(sceneShare)) {
      const scene: SceneRecord = {
        type: 'scene',
        id: this.id('SC'),
        occurredAt: instantIso((day - this.rng.int(0, 2)) * DAY_MS + this.rng.between(0, 23) * HOUR_MS),
        kind: this.rng.pick(['HOMICIDE', 'NON_FATAL_SHOOTING', 'SHOTS_FIRED', 'SHOTS_FIRED', 'RECOVERY_ONLY'] as const),
        address: place.address,
        city: place.city,
        state: place.state,
        latitude: place.latitude,
        longitude: place.longitude,
        agencyOri: agency.ori,
      };
      this.records.push(scene);
      sceneId = scene.id;
    }
    const r: RecoveryRecord = {
      type: 'recovery',
      id: this.id('R'),
      firearmId: gun.id,
      recoveredOn: dayIso(day),
      ...place,
      agencyOri: agency.ori,
      sceneId,
      possessorId: possessor?.id ?? null,
    };
    this.records.push(r);
    return r;
  }

  /**
   * An ATF trace of a recovery: the agency asks within days (NFCTA Vol. II: most requests soon
   * after recovery), NTC asks the dealer a few days later, the dealer answers per its habit, NTC
   * closes the trace. Without a dealer the trace stops at NO_DEALER or NOT_TRACEABLE; without a
   * sale on the dealer's books it ends NO_PURCHASER. A step that would pass the reference day
   * leaves the trace PENDING. Returns the trace and when the dealer was asked (ms), if it was.
   */
  trace(
    recovery: RecoveryRecord,
    agency: AgencyRecord,
    dealer: Dealer | null,
    sale: SaleRecord | null,
    habit: AnswerHabit,
  ): { trace: TraceRecord; dealerAskedMs: number | null } | null {
    const rng = this.rng;
    const recDay = Date.parse(`${recovery.recoveredOn}T00:00:00Z`) / DAY_MS;
    const lag = rng.chance(0.7) ? rng.int(0, 7) : rng.chance(0.85) ? rng.int(8, 45) : rng.int(46, 180);
    const requested = workInstant(recDay + lag, rng.next());
    if (requested > LAST_INSTANT) return null;
    const t: TraceRecord = {
      type: 'trace',
      id: this.id('T'),
      agencyOri: agency.ori,
      recoveryId: recovery.id,
      requestedAt: instantIso(requested),
      completedAt: null,
      outcome: 'PENDING',
      dealerRequestedAt: null,
      dealerRespondedAt: null,
      timeToCrimeDays: null,
      resolvedDealerLicense: null,
      resolvedPurchaserId: null,
    };
    this.records.push(t);
    const close = (ms: number, outcome: TraceRecord['outcome']) => {
      if (ms <= LAST_INSTANT) {
        t.completedAt = instantIso(ms);
        t.outcome = outcome;
      }
    };
    if (!dealer) {
      close(requested + rng.between(1, 12) * DAY_MS, rng.chance(0.6) ? 'NO_DEALER' : 'NOT_TRACEABLE');
      return { trace: t, dealerAskedMs: null };
    }
    const asked = requested + rng.between(0.5, 4) * DAY_MS;
    if (asked > LAST_INSTANT) return { trace: t, dealerAskedMs: null };
    // NTC asks a dealer only once the distributor's records named it: the dealer is known from here on.
    t.dealerRequestedAt = instantIso(asked);
    t.resolvedDealerLicense = dealer.license;
    const hours = habit(rng);
    if (hours == null) {
      // Never answered: NTC closes it from the distributor's record, no purchaser.
      const closed = asked + rng.between(30, 90) * DAY_MS;
      close(closed, 'NO_PURCHASER');
      return { trace: t, dealerAskedMs: asked };
    }
    const answered = asked + hours * HOUR_MS;
    if (answered > LAST_INSTANT) return { trace: t, dealerAskedMs: asked };
    t.dealerRespondedAt = instantIso(answered);
    const done = answered + rng.between(0.1, 2) * DAY_MS;
    if (done > LAST_INSTANT) return { trace: t, dealerAskedMs: asked };
    if (sale) {
      t.resolvedPurchaserId = sale.purchaserId;
      t.timeToCrimeDays = Math.round(recDay - Date.parse(`${sale.soldOn}T00:00:00Z`) / DAY_MS);
      close(done, 'COMPLETED');
    } else close(done, 'NO_PURCHASER');
    return { trace: t, dealerAskedMs: asked };
  }

  /** A theft or loss report of one gun (ATF Form 3310.11 for a licensee, a police report for an owner). */
  theft(
    gun: FirearmRecord,
    kind: TheftRecord['kind'],
    occurred: number,
    reportedMs: number,
    agencyOri: string | null,
    fflLicense: string | null,
  ): TheftRecord | null {
    const reported = Math.max(reportedMs, occurred * DAY_MS + HOUR_MS);
    if (reported > LAST_INSTANT || occurred > REF_DAY) return null;
    const t: TheftRecord = {
      type: 'theft',
      id: this.id('X'),
      firearmId: gun.id,
      kind,
      occurredOn: dayIso(occurred),
      reportedAt: instantIso(reported),
      reportingAgencyOri: agencyOri,
      reportingFflLicense: fflLicense,
    };
    this.records.push(t);
    return t;
  }

  /** A known link between two people (an arrest report naming both), once per pair. */
  associate(from: PersonRecord, to: PersonRecord, source: string, day: number): void {
    const key = `${from.id}>${to.id}`;
    if (from.id === to.id || this.associations.has(key) || this.associations.has(`${to.id}>${from.id}`)) return;
    this.associations.add(key);
    const a: AssociationRecord = { type: 'association', fromPersonId: from.id, toPersonId: to.id, source, since: dayIso(Math.min(day, REF_DAY)) };
    this.records.push(a);
  }

  /**
   * Marks multiple sales: two or more handguns to one buyer from one dealer within five business
   * days (27 CFR 478.126a, ATF Form 3310.4); seven calendar days stand in for five business days.
   */
  finish(): void {
    const byBuyer = new Map<string, SaleRecord[]>();
    for (const s of this.sales) {
      const kind = this.kinds.get(s.firearmId);
      if (kind !== 'PISTOL' && kind !== 'REVOLVER') continue;
      const key = `${s.fflLicense}|${s.purchaserId}`;
      byBuyer.set(key, [...(byBuyer.get(key) ?? []), s]);
    }
    for (const list of byBuyer.values()) {
      if (list.length < 2) continue;
      const days = list.map((s) => dayOfInstant(Date.parse(`${s.soldOn}T00:00:00Z`)));
      list.forEach((s, i) => {
        s.multipleSale = days.some((d, j) => j !== i && Math.abs(d - days[i]!) <= 7);
      });
    }
  }
}
