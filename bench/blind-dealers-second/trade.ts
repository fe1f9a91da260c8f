/**
 * What every planted dealer has, bad or lawful: an ordinary retail trade over its years in
 * business (ordinary buyers, some returning customers), of which a small share of guns is, years
 * later, recovered by police and traced. Most guns are never recovered. Plus the shared step
 * "a gun is recovered and traced" that the shapes use for their own crime guns.
 */
import type { FirearmRecord, PersonRecord, RecoveryRecord, SaleRecord } from '../../src/import/record.types.js';
import { REF_DAY, workInstant } from './calendar.js';
import type { AnswerHabit, Dealer, Ledger } from './ledger.js';

export interface TradeProfile {
  perYear: number;
  handgunShare: number;
  /** Share of sales made to a customer who bought here before. */
  repeatShare: number;
  /** Share of long-gun buyers who live in `neighbour` (legal for long guns, 18 U.S.C. 922(b)(3)). */
  neighbourLongShare?: number;
  neighbour?: string;
  /** Share of sold guns ever recovered in crime (most after the reference day, so never seen). */
  lifetimeRecovery: number;
  /** Median sale-to-recovery days of those (NFCTA Vol. II: a few years, long-tailed). */
  ttcMedianDays: number;
  /** Share of recoveries in the dealer's own state (NFCTA Vol. II: most crime guns are recovered in-state). */
  localShare: number;
  /** Share of recovered guns whose owner reported them stolen first. */
  ownerTheftShare: number;
  sceneShare: number;
  habit: AnswerHabit;
}

export interface TradeSale {
  sale: SaleRecord;
  gun: FirearmRecord;
  buyer: PersonRecord;
  day: number;
  /** The day police recovered it, when they did. */
  recoveredDay?: number;
}

export interface TradeResult {
  sales: TradeSale[];
  recovered: number;
}

/** The ordinary trade from the dealer's opening to the reference day. */
export function lawfulTrade(ledger: Ledger, dealer: Dealer, p: TradeProfile, start = dealer.opened): TradeResult {
  const rng = ledger.rng;
  const span = REF_DAY - 1 - start;
  const count = Math.max(1, Math.round((p.perYear * span) / 365.25));
  const days = Array.from({ length: count }, () => start + Math.floor(rng.next() * span)).sort((a, b) => a - b);
  const regulars: PersonRecord[] = [];
  const sales: TradeSale[] = [];
  let recovered = 0;
  for (const day of days) {
    const handgun = rng.chance(p.handgunShare);
    let buyer: PersonRecord;
    if (regulars.length > 10 && rng.chance(p.repeatShare)) buyer = rng.pick(regulars);
    else {
      const away = !handgun && p.neighbour && rng.chance(p.neighbourLongShare ?? 0);
      buyer = ledger.person(away ? p.neighbour! : dealer.state, day, 21, 78);
      if (!away) regulars.push(buyer);
    }
    const gun = ledger.gun(handgun);
    const sale = ledger.sell(dealer, gun, buyer, day);
    const sold: TradeSale = { sale, gun, buyer, day };
    sales.push(sold);
    if (!rng.chance(p.lifetimeRecovery)) continue;
    const recDay = day + Math.max(2, Math.round(rng.logNormal(p.ttcMedianDays, 1.0)));
    if (recDay > REF_DAY - 1) continue;
    const state = rng.chance(p.localShare) ? (buyer.state === dealer.state || rng.chance(0.5) ? dealer.state : buyer.state) : otherState(ledger, dealer.state);
    const roll = rng.next();
    const possessor = roll < 0.3 ? buyer : roll < 0.85 ? ledger.person(state, recDay, 17, 45) : null;
    if (possessor !== buyer && recDay - day > 4 && rng.chance(p.ownerTheftShare)) {
      const stolen = rng.int(day + 1, recDay - 2);
      const agency = ledger.atlas.agency(rng, buyer.state);
      ledger.theft(gun, rng.chance(0.6) ? 'RESIDENCE_BURGLARY' : 'VEHICLE_BREAK_IN', stolen, workInstant(stolen + rng.int(0, 3), rng.next()), agency.ori, null);
    }
    recoverAndTrace(ledger, { gun, sale, dealer, day: recDay, state, possessor, sceneShare: p.sceneShare, habit: p.habit });
    sold.recoveredDay = recDay;
    recovered++;
  }
  return { sales, recovered };
}

/** A state near the dealer's (three in four) or anywhere. */
export function otherState(ledger: Ledger, home: string): string {
  return ledger.rng.chance(0.75) ? ledger.rng.pick(ledger.atlas.nearest(home, 3)) : ledger.rng.pick(ledger.atlas.states);
}

export interface CrimeGun {
  gun: FirearmRecord;
  sale: SaleRecord | null;
  dealer: Dealer;
  day: number;
  state: string;
  possessor: PersonRecord | null;
  sceneShare: number;
  habit: AnswerHabit;
}

/** A crime gun recovered by an agency of `state` on `day`, then traced back to `dealer`. */
export function recoverAndTrace(ledger: Ledger, c: CrimeGun): { recovery: RecoveryRecord; dealerAskedMs: number | null } | null {
  if (c.day > REF_DAY - 1) return null;
  const agency = ledger.atlas.agency(ledger.rng, c.state);
  const recovery = ledger.recover(c.gun, c.day, agency, c.possessor, c.sceneShare);
  const traced = ledger.trace(recovery, agency, c.dealer, c.sale, c.habit);
  return { recovery, dealerAskedMs: traced?.dealerAskedMs ?? null };
}

/** An ordinary trade profile, with a shape's overrides. */
export const ordinary = (ledger: Ledger, perYear: number, habit: AnswerHabit, over: Partial<TradeProfile> = {}): TradeProfile => ({
  perYear,
  handgunShare: ledger.rng.between(0.45, 0.65),
  repeatShare: ledger.rng.between(0.1, 0.25),
  lifetimeRecovery: ledger.rng.between(0.02, 0.045),
  ttcMedianDays: ledger.rng.int(1800, 3300),
  localShare: ledger.rng.between(0.75, 0.9),
  ownerTheftShare: ledger.rng.between(0.1, 0.3),
  sceneShare: 0.25,
  habit,
  ...over,
});

/** Sells `count` guns to one buyer over `spreadDays` from `day` (0: all on one visit). */
export function buyingTrip(ledger: Ledger, dealer: Dealer, buyer: PersonRecord, day: number, count: number, handgunShare: number, spreadDays = 0): TradeSale[] {
  const out: TradeSale[] = [];
  for (let i = 0; i < count; i++) {
    const d = Math.min(REF_DAY - 2, day + (spreadDays ? ledger.rng.int(0, spreadDays) : 0));
    const gun = ledger.gun(ledger.rng.chance(handgunShare));
    out.push({ sale: ledger.sell(dealer, gun, buyer, d), gun, buyer, day: d });
  }
  return out;
}

export interface CrimeFate {
  recoverShare: number;
  ttcMedianDays: number;
  ttcSigma: number;
  /** Where a recovered gun turns up. */
  state: () => string;
  habit: AnswerHabit;
  sceneShare: number;
  /** Chance that an arrest report links the possessor to the purchaser. */
  linkShare: number;
}

/** Decides whether a sold gun becomes a crime gun, and if so recovers and traces it. Returns true when recovered. */
export function crimeFate(ledger: Ledger, dealer: Dealer, s: TradeSale, f: CrimeFate): boolean {
  const rng = ledger.rng;
  if (!rng.chance(f.recoverShare)) return false;
  const day = s.day + Math.max(3, Math.round(rng.logNormal(f.ttcMedianDays, f.ttcSigma)));
  if (day > REF_DAY - 1) return false;
  const state = f.state();
  const possessor = rng.chance(0.85) ? ledger.person(state, day, 16, 32) : null;
  if (possessor && rng.chance(f.linkShare)) ledger.associate(possessor, s.buyer, rng.pick(['ARREST_REPORT', 'FIELD_INTERVIEW', 'INFORMANT']), day);
  return recoverAndTrace(ledger, { gun: s.gun, sale: s.sale, dealer, day, state, possessor, sceneShare: f.sceneShare, habit: f.habit }) != null;
}
