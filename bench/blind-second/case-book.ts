/**
 * The records of the planted cases and their truth, written through a few verbs (a person, a
 * purchase at a dealer, a recovery, a theft report, a recorded tie) that keep the importer's rules:
 * buyers old enough for the gun, no date after the reference day, recoveries inside the
 * background's window and never before the sale, one ffl record per dealer sold from, and the
 * multiple-sale flag set exactly when one buyer took two or more handguns from one dealer within
 * five business days (27 CFR 478.126a).
 */
import type { Background, CaseTruth, Dealer } from '../blind-harness/trafficking.contract.js';
import { parseFflLicense } from '../../src/common/ffl-license.js';
import type { GraphRecord, PersonRecord, SaleRecord, TheftKind } from '../../src/import/record.types.js';
import { instantOn, isoOfDay, REFERENCE_DAY, withinFiveBusinessDays, YEAR } from './calendar.js';
import { firstName, isHandgun, lastName, type GunModel } from './catalog.js';
import { cityOri, Places, pointIn, streetAddress } from './places.js';
import type { Random } from './random.js';

export interface Case {
  truth: CaseTruth;
  buyers: Set<string>;
  hubs: Set<string>;
  possessors: Set<string>;
  recovered: Set<string>;
}

/** A gun bought at retail in a case: its id and the day it was sold. */
export interface Bought {
  id: string;
  day: number;
  buyer: string;
}

export interface PersonSpec {
  state: string;
  city?: string;
  /** Age range on `onDay`. */
  age: readonly [number, number];
  onDay: number;
  /** Share a household's address (family, company office). */
  household?: PersonRecord;
  lastName?: string;
}

export class CaseBook {
  readonly records: GraphRecord[] = [];
  private readonly cases: Case[] = [];
  private readonly sales: Array<{ sale: SaleRecord; handgun: boolean; day: number }> = [];
  private readonly ffls = new Set<string>();
  private readonly makers = new Set<string>();
  private readonly soldOn = new Map<string, number>();
  private readonly bornOn = new Map<string, number>();
  /** People in a recorded tie or found holding a gun: the ones a record other than their own mentions. */
  private readonly mentioned = new Set<string>();
  private seq = 0;
  /** Last day a recovery may carry: the background's last recovery, never after the reference day. */
  readonly lastRecovery: number;

  constructor(
    readonly bg: Background,
    private readonly backgroundSeed: number,
    readonly rng: Random,
    readonly places: Places,
  ) {
    this.lastRecovery = Math.min(bg.lastRecovery, REFERENCE_DAY);
  }

  get firstRecovery(): number {
    return this.bg.firstRecovery;
  }

  /** A record id under the author's prefix: B2-<backgroundSeed>-<kind><n>. */
  id(kind: string): string {
    return `B2-${this.backgroundSeed}-${kind}${++this.seq}`;
  }

  open(typology: string, trafficking: boolean, params: CaseTruth['params']): Case {
    const c: Case = {
      truth: { id: this.id('CASE'), typology, trafficking, params, buyerIds: [], hubIds: [], possessorIds: [], firearmIds: [], recoveredFirearmIds: [] },
      buyers: new Set(),
      hubs: new Set(),
      possessors: new Set(),
      recovered: new Set(),
    };
    this.cases.push(c);
    return c;
  }

  person(spec: PersonSpec): PersonRecord {
    const { rng } = this;
    const age = rng.int(spec.age[0], spec.age[1]);
    // A fraction of a year keeps the birthday away from the day the age is checked on.
    const born = Math.round(spec.onDay - (age + rng.float(0.03, 0.95)) * YEAR);
    const city = spec.household?.city ?? spec.city ?? this.places.city(spec.state, rng);
    const p: PersonRecord = {
      type: 'person',
      id: this.id('P'),
      firstName: firstName(rng),
      lastName: spec.lastName ?? spec.household?.lastName ?? lastName(rng),
      dateOfBirth: isoOfDay(born),
      address: spec.household?.address ?? streetAddress(rng),
      city,
      state: spec.household?.state ?? spec.state,
    };
    this.bornOn.set(p.id, born);
    this.records.push(p);
    return p;
  }

  private ffl(d: Dealer): void {
    if (this.ffls.has(d.license)) return;
    this.ffls.add(d.license);
    const parts = parseFflLicense(d.license);
    const city = this.places.city(d.state, this.rng);
    this.records.push({
      type: 'ffl',
      license: d.license,
      name: `${lastName(this.rng)} ${this.rng.pick(['Firearms', 'Guns & Ammo', 'Outdoors', 'Sporting Goods', 'Pawn & Gun', 'Arms'])}`,
      licenseType: parts?.licenseType ?? '01',
      premisesAddress: streetAddress(this.rng),
      city,
      state: d.state,
      ...pointIn(d.state, city, this.rng),
    });
  }

  private firearm(c: Case, model: GunModel): string {
    if (!this.makers.has(model.manufacturer)) {
      this.makers.add(model.manufacturer);
      this.records.push({ type: 'manufacturer', name: model.manufacturer, kind: model.makerKind, country: model.country });
    }
    const id = this.id('G');
    const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
    const serial = `${this.rng.pick([...letters])}${this.rng.pick([...letters])}${this.rng.pick([...letters])}${this.rng.int(100000, 999999)}`;
    this.records.push({
      type: 'firearm',
      id,
      serial,
      serialObliterated: false,
      make: model.make,
      model: model.model,
      caliber: model.caliber,
      kind: model.kind,
      manufacturer: model.manufacturer,
    });
    c.truth.firearmIds.push(id);
    return id;
  }

  /** A retail sale of a new gun to `buyer` at `dealer` on `day`; the caller keeps buyers old enough. */
  buy(c: Case, buyer: PersonRecord, dealer: Dealer, day: number, model: GunModel): Bought {
    if (day > REFERENCE_DAY) throw new Error(`sale after the reference day in ${c.truth.typology}`);
    this.ffl(dealer);
    const gun = this.firearm(c, model);
    const sale: SaleRecord = {
      type: 'sale',
      id: this.id('S'),
      fflLicense: dealer.license,
      firearmId: gun,
      purchaserId: buyer.id,
      soldOn: isoOfDay(day),
      multipleSale: false,
    };
    this.records.push(sale);
    this.sales.push({ sale, handgun: isHandgun(model), day });
    this.soldOn.set(gun, day);
    c.buyers.add(buyer.id);
    return { id: gun, day, buyer: buyer.id };
  }

  /** A gun that never had a retail sale (stolen from a dealer's inventory). */
  unsold(c: Case, dealer: Dealer, model: GunModel): string {
    this.ffl(dealer);
    return this.firearm(c, model);
  }

  /**
   * A police recovery; false (and nothing written) when the day falls outside the background's
   * recovery window or before the gun's sale: such a gun simply was not recovered yet.
   */
  recover(c: Case, gun: string, day: number, state: string, city: string, possessor: PersonRecord | null): boolean {
    const sold = this.soldOn.get(gun);
    if (day < this.firstRecovery || day > this.lastRecovery || (sold !== undefined && day < sold) || c.recovered.has(gun)) return false;
    if (possessor && (this.bornOn.get(possessor.id) ?? -Infinity) > day) return false;
    this.records.push({
      type: 'recovery',
      id: this.id('R'),
      firearmId: gun,
      recoveredOn: isoOfDay(day),
      address: streetAddress(this.rng),
      city,
      state,
      ...pointIn(state, city, this.rng),
      agencyOri: cityOri(state, city),
      sceneId: null,
      possessorId: possessor?.id ?? null,
    });
    c.recovered.add(gun);
    if (possessor) {
      c.possessors.add(possessor.id);
      this.mentioned.add(possessor.id);
    }
    return true;
  }

  /** A theft or loss report filed `delayDays` after it happened, by the city police and, for a dealer's loss, the licensee. */
  theft(gun: string, kind: TheftKind, day: number, delayDays: number, where: { state: string; city: string }, dealer?: Dealer): boolean {
    const reported = day + delayDays;
    if (reported > REFERENCE_DAY) return false;
    if (dealer) this.ffl(dealer);
    this.records.push({
      type: 'theft',
      id: this.id('T'),
      firearmId: gun,
      kind,
      occurredOn: isoOfDay(day),
      reportedAt: instantOn(reported, this.rng.int(8, 20), this.rng.int(0, 59)),
      reportingAgencyOri: dealer && this.rng.chance(0.3) ? null : cityOri(where.state, where.city),
      reportingFflLicense: dealer?.license ?? null,
    });
    return true;
  }

  /** A recorded tie between two people (never before either was 14, nor after the reference day). */
  associate(a: PersonRecord, b: PersonRecord, source: string, since: number): void {
    const earliest = Math.max(this.bornOn.get(a.id) ?? 0, this.bornOn.get(b.id) ?? 0) + Math.round(14 * YEAR);
    const day = Math.min(Math.max(since, earliest), REFERENCE_DAY);
    this.records.push({ type: 'association', fromPersonId: a.id, toPersonId: b.id, source, since: isoOfDay(day) });
    this.mentioned.add(a.id).add(b.id);
  }

  isMentioned(personId: string): boolean {
    return this.mentioned.has(personId);
  }

  /** Sets the multiple-sale flags and returns the records and the truth of every case. */
  finish(): { records: GraphRecord[]; cases: CaseTruth[] } {
    const groups = new Map<string, Array<{ sale: SaleRecord; day: number }>>();
    for (const s of this.sales) {
      if (!s.handgun) continue;
      const key = `${s.sale.purchaserId}|${s.sale.fflLicense}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(s);
    }
    for (const group of groups.values()) for (const s of group) s.sale.multipleSale = group.some((o) => o !== s && withinFiveBusinessDays(o.day, s.day));
    const cases = this.cases.map((c) => ({
      ...c.truth,
      buyerIds: [...c.buyers],
      hubIds: [...c.hubs],
      possessorIds: [...c.possessors],
      recoveredFirearmIds: c.truth.firearmIds.filter((g) => c.recovered.has(g)),
    }));
    return { records: this.records, cases };
  }
}
