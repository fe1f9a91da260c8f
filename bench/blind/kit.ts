/**
 * The blind evaluation's toolkit: a PRNG of its own, the background world's dealers and cities,
 * and a builder that writes one planted case as ordinary records (person, ffl, firearm, sale,
 * recovery, association, theft) with `BL-` ids that cannot collide with the background's.
 *
 * Written without reading the project's typology generator or its rules: the shapes follow ATF,
 * Following the Gun (2000) and NFCTA vol. III (2023); the numbers are this file's own choices.
 */
import type { GraphRecord } from '../../src/import/record.types.js';
import type { Background, CaseTruth, Dealer } from '../blind-harness/trafficking.contract.js';

export { backgroundOf, type Background, type CaseTruth, type Dealer } from '../blind-harness/trafficking.contract.js';

/** mulberry32: small, seeded, independent of the background generator's PRNG. */
export class Rng {
  private s: number;
  constructor(seed: number, stream: string) {
    let h = seed >>> 0;
    for (const ch of stream) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    this.s = h ^ 0x2545f491;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
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
    if (xs.length === 0) throw new Error('pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  normal(): number {
    const u = Math.max(this.next(), 1e-9);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  /** Log-normal days with the given median and spread (time-to-crime is long-tailed). */
  logNormalDays(median: number, sigma: number): number {
    return Math.max(1, Math.round(median * Math.exp(sigma * this.normal())));
  }
}

export const DAY_MS = 86_400_000;
export const dayOf = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
export const isoOf = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

/** Source states of the Iron Pipeline and their destination markets (NFCTA vol. III; Following the Gun, 2000). */
export const SOURCE_STATES = ['GA', 'VA', 'SC', 'NC', 'FL', 'TX', 'OH', 'PA'] as const;
const DESTINATIONS: Record<string, string[]> = {
  GA: ['NY', 'NJ', 'MA', 'MD'],
  VA: ['NY', 'NJ', 'MD', 'MA'],
  SC: ['NY', 'NJ', 'MD'],
  NC: ['NY', 'NJ', 'MD', 'PA'],
  FL: ['NY', 'NJ', 'MA'],
  TX: ['IL', 'NY'],
  OH: ['IL', 'NY', 'PA'],
  PA: ['NY', 'NJ'],
};

const STREETS = ['Juniper', 'Halsey', 'Marlow', 'Quarry', 'Tanager', 'Wicket', 'Foxglove', 'Brindle', 'Osage', 'Pellham', 'Corliss', 'Vantage'];
const SUFFIX = ['Street', 'Avenue', 'Court', 'Lane', 'Road', 'Terrace'];
const FIRST = ['Avery', 'Jordan', 'Casey', 'Morgan', 'Riley', 'Quinn', 'Jamie', 'Devon', 'Taylor', 'Reese', 'Kendall', 'Shawn', 'Toni', 'Darnell', 'Maria'];
const LAST = ['Okafor', 'Brennan', 'Vasquez', 'Lindqvist', 'Pruitt', 'Hollis', 'Danvers', 'Mbeki', 'Castellano', 'Whitlock', 'Ferreira', 'Ng'];
const HANDGUNS = [
  { make: 'Glock', model: '19', caliber: '9mm Luger', kind: 'PISTOL' },
  { make: 'Taurus', model: 'G2C', caliber: '9mm Luger', kind: 'PISTOL' },
  { make: 'Hi-Point', model: 'C9', caliber: '9mm Luger', kind: 'PISTOL' },
  { make: 'Smith & Wesson', model: 'SD40', caliber: '.40 S&W', kind: 'PISTOL' },
  { make: 'Ruger', model: 'LCP', caliber: '.380 ACP', kind: 'PISTOL' },
  { make: 'Smith & Wesson', model: '642', caliber: '.38 Special', kind: 'REVOLVER' },
] as const;
const LONG_GUNS = [
  { make: 'Ruger', model: '10/22', caliber: '.22 LR', kind: 'RIFLE' },
  { make: 'Remington', model: '870', caliber: '12 gauge', kind: 'SHOTGUN' },
  { make: 'Winchester', model: '70', caliber: '.30-06 Springfield', kind: 'RIFLE' },
] as const;

/** Writes the records of planted cases; `cases` holds their truth. */
export class Planter {
  readonly records: GraphRecord[] = [];
  readonly cases: CaseTruth[] = [];
  private n = 0;
  private readonly usedDealers = new Map<string, Dealer>();
  private readonly handgunSales: Array<{ saleIndex: number; buyer: string; license: string; day: number }> = [];
  private current: CaseTruth | null = null;

  constructor(
    readonly rng: Rng,
    readonly bg: Background,
    private readonly prefix: string,
  ) {}

  private next(kind: string): string {
    return `${this.prefix}-${kind}${(++this.n).toString(36).toUpperCase()}`;
  }

  begin(typology: string, trafficking: boolean, params: CaseTruth['params']): CaseTruth {
    const c: CaseTruth = {
      id: this.next('C'),
      typology,
      trafficking,
      params,
      buyerIds: [],
      hubIds: [],
      possessorIds: [],
      firearmIds: [],
      recoveredFirearmIds: [],
    };
    this.cases.push(c);
    this.current = c;
    return c;
  }

  private get c(): CaseTruth {
    if (!this.current) throw new Error('begin() a case first');
    return this.current;
  }

  dealers(state: string, k: number): Dealer[] {
    const all = this.bg.dealersByState.get(state) ?? [];
    const out = new Set<Dealer>();
    while (out.size < Math.min(k, all.length)) out.add(this.rng.pick(all));
    return [...out];
  }

  city(state: string): string {
    return this.rng.pick(this.bg.citiesByState.get(state) ?? ['Springfield']);
  }

  address(state: string, city = this.city(state)): { address: string; city: string; state: string } {
    return { address: `${this.rng.int(10, 9899)} ${this.rng.pick(STREETS)} ${this.rng.pick(SUFFIX)}`, city, state };
  }

  destination(source: string, interstate: boolean): string {
    return interstate ? this.rng.pick(DESTINATIONS[source] ?? ['NY']) : source;
  }

  /** A person aged `age` on `onDay`; role decides where the truth lists them. */
  person(
    role: 'buyer' | 'hub' | 'possessor' | 'other',
    home: { address: string; city: string; state: string },
    age: number,
    onDay: number,
    lastName?: string,
  ): string {
    const id = this.next('P');
    const born = onDay - Math.round(age * 365.25) - this.rng.int(0, 300);
    this.records.push({ type: 'person', id, firstName: this.rng.pick(FIRST), lastName: lastName ?? this.rng.pick(LAST), dateOfBirth: isoOf(born), ...home });
    if (role === 'buyer') this.c.buyerIds.push(id);
    else if (role === 'hub') this.c.hubIds.push(id);
    else if (role === 'possessor') this.c.possessorIds.push(id);
    return id;
  }

  /** `n` guns bought on one day at one dealer (handguns unless `long`). Multiple-sale flags are set in `finish`. */
  buy(buyer: string, dealer: Dealer, day: number, n: number, long = false): Array<{ id: string; day: number; state: string }> {
    this.usedDealers.set(dealer.license, dealer);
    const out: Array<{ id: string; day: number; state: string }> = [];
    for (let i = 0; i < n; i++) {
      const id = this.next('F');
      const g = long ? this.rng.pick(LONG_GUNS) : this.rng.pick(HANDGUNS);
      this.records.push({ type: 'firearm', id, serial: `BLS${this.n}`, serialObliterated: false, ...g, manufacturer: g.make });
      if (!long) this.handgunSales.push({ saleIndex: this.records.length, buyer, license: dealer.license, day });
      this.records.push({
        type: 'sale',
        id: this.next('S'),
        fflLicense: dealer.license,
        firearmId: id,
        purchaserId: buyer,
        soldOn: isoOf(day),
        multipleSale: false,
      });
      this.c.firearmIds.push(id);
      out.push({ id, day, state: dealer.state });
    }
    return out;
  }

  /** A handgun in a dealer's stock, never sold (no sale record). */
  stockGun(dealer: Dealer): { id: string } {
    this.usedDealers.set(dealer.license, dealer);
    const id = this.next('F');
    const g = this.rng.pick(HANDGUNS);
    this.records.push({ type: 'firearm', id, serial: `BLS${this.n}`, serialObliterated: false, ...g, manufacturer: g.make });
    this.c.firearmIds.push(id);
    return { id };
  }

  /** A police recovery, if its day falls inside the background's recovery window (later ones have not happened yet). */
  recover(gun: { id: string; day: number }, day: number, state: string, city: string, possessor: string | null, address?: string): boolean {
    if (day < gun.day || day < this.bg.firstRecovery || day > this.bg.lastRecovery) return false;
    this.records.push({
      type: 'recovery',
      id: this.next('R'),
      firearmId: gun.id,
      recoveredOn: isoOf(day),
      address: address ?? `${this.rng.int(1, 999)} ${this.rng.pick(STREETS)} ${this.rng.pick(SUFFIX)}`,
      city,
      state,
      latitude: 40,
      longitude: -75,
      agencyOri: `${state}0000000`,
      sceneId: null,
      possessorId: possessor,
    });
    this.c.recoveredFirearmIds.push(gun.id);
    return true;
  }

  associate(a: string, b: string, source: string, sinceDay: number): void {
    this.records.push({ type: 'association', fromPersonId: a, toPersonId: b, source, since: isoOf(sinceDay) });
  }

  theft(gunId: string, kind: 'RESIDENCE_BURGLARY' | 'VEHICLE_BREAK_IN' | 'FFL_THEFT', occurred: number, reported: number, state: string, ffl?: string): void {
    this.records.push({
      type: 'theft',
      id: this.next('T'),
      firearmId: gunId,
      kind,
      occurredOn: isoOf(occurred),
      reportedAt: `${isoOf(reported)}T15:00:00Z`,
      reportingAgencyOri: `${state}0000000`,
      reportingFflLicense: ffl ?? null,
    });
  }

  /** Adds the dealers' records and sets multipleSale: 2+ handguns to one buyer at one dealer within 5 business days (27 CFR 478.126a). */
  finish(): GraphRecord[] {
    const business = (d: number) => {
      const wd = new Date(d * DAY_MS).getUTCDay();
      return wd !== 0 && wd !== 6;
    };
    const businessDaysBetween = (a: number, b: number) => {
      let n = 0;
      for (let d = Math.min(a, b); d <= Math.max(a, b); d++) n += business(d) ? 1 : 0;
      return n;
    };
    const byKey = new Map<string, typeof this.handgunSales>();
    for (const s of this.handgunSales)
      (byKey.get(`${s.buyer}|${s.license}`) ?? byKey.set(`${s.buyer}|${s.license}`, []).get(`${s.buyer}|${s.license}`)!).push(s);
    for (const sales of byKey.values())
      for (const s of sales)
        if (sales.some((o) => o !== s && businessDaysBetween(o.day, s.day) <= 5)) {
          const r = this.records[s.saleIndex];
          if (r?.type === 'sale') r.multipleSale = true;
        }
    const ffls: GraphRecord[] = [...this.usedDealers.values()].map((d) => ({
      type: 'ffl',
      license: d.license,
      name: `Background dealer ${d.license}`,
      licenseType: d.license.split('-')[3] as never,
      premisesAddress: 'background',
      city: 'background',
      state: d.state,
      latitude: 40,
      longitude: -75,
    }));
    return [...ffls, ...this.records];
  }
}
