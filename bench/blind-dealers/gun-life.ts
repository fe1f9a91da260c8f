/**
 * A gun's life at a planted dealer: the retail sale, and for a crime gun its recovery and trace.
 * `ordinaryTrade` is the lawful business every planted dealer has (bad or not): sales spread over
 * its active years, a share recovered in crime after a long, spread-out time-to-crime (the
 * national median is several years: ATF, Firearms Trace Data), traces answered within hours.
 */
import { DAY_MS, placesIn, REF_DAY, type BlindSink, type Place } from './kit.js';

/** The last day a planted recovery may fall on: its trace is requested and answered before REF_DAY. */
export const LAST_RECOVERY_DAY = REF_DAY - 40;

export interface Counts {
  sales: number;
  crimeGuns: number;
  multipleSales: number;
}

export function newCounts(): Counts {
  return { sales: 0, crimeGuns: 0, multipleSales: 0 };
}

/** A lawful trace answer: hours after ATF asked (most within a working day). */
export const promptAnswer = (sink: BlindSink) => sink.rng.logUniform(1, 28);

/**
 * Sells one gun; `multiple` marks a sale reported as a multiple sale (27 CFR 478.126a: two or
 * more handguns to one buyer within five business days).
 */
export function sell(
  sink: BlindSink,
  c: Counts,
  license: string,
  buyerId: string,
  day: number,
  kind: 'handgun' | 'long',
  multiple: boolean,
  obliterated = false,
) {
  const gun = sink.firearm(kind, obliterated);
  sink.sale(license, gun.id, buyerId, day, multiple);
  c.sales++;
  if (multiple) c.multipleSales++;
  return gun;
}

/**
 * Recovers and traces a sold gun `ttc` days after its sale when that day is not past
 * LAST_RECOVERY_DAY; the possessor is someone else unless `possessorIsBuyer`.
 */
export function recoverSold(
  sink: BlindSink,
  c: Counts,
  g: {
    license: string;
    firearmId: string;
    buyerId: string;
    soldDay: number;
    ttc: number;
    place: Place;
    possessorIsBuyer?: boolean;
    answerHours: number | null;
  },
): boolean {
  const day = g.soldDay + Math.round(g.ttc);
  if (day > LAST_RECOVERY_DAY) return false;
  const possessor = g.possessorIsBuyer ? g.buyerId : sink.person(g.place, { day: g.soldDay, min: 18, max: 40 });
  const recovery = sink.recovery(g.firearmId, day, g.place, possessor);
  sink.trace({
    recovery,
    recoveredDay: day,
    outcome: 'COMPLETED',
    dealer: g.license,
    purchaserId: g.buyerId,
    answerHours: g.answerHours,
    ttcDays: day - g.soldDay,
  });
  c.crimeGuns++;
  return true;
}

/** Any place in `state`, or one of `elsewhere`'s places for an out-of-state recovery. */
export function recoveryPlace(sink: BlindSink, home: Place, outOfState: boolean, elsewhere?: string[]): Place {
  if (!outOfState) return sink.rng.chance(0.7) ? home : sink.rng.pick(placesIn(home.state));
  const states = (elsewhere ?? ['NY', 'NJ', 'MA', 'IL', 'MD', 'GA', 'VA', 'SC', 'NC', 'FL', 'PA', 'OH', 'TX']).filter((s) => s !== home.state);
  return sink.rng.pick(placesIn(sink.rng.pick(states)));
}

export interface TradeOptions {
  sales: number;
  firstDay: number;
  lastDay: number;
  /** Share of sold guns recovered in crime (when the recovery falls before LAST_RECOVERY_DAY). */
  crimeRate: number;
  /** Share of sales that are a pair of handguns to one buyer within five business days. */
  pairShare: number;
  outOfStateShare: number;
  /** Time-to-crime range of the crime guns, days (log-uniform). */
  ttc: [number, number];
  /** Answer delay in hours of this dealer's traces (log-uniform). */
  answer?: [number, number];
  handgunShare?: number;
}

/** A dealer's ordinary business: mostly one-off local buyers, a few pairs, some guns in crime years later. */
export function ordinaryTrade(sink: BlindSink, c: Counts, license: string, home: Place, o: TradeOptions): void {
  const r = sink.rng;
  let sold = 0;
  while (sold < o.sales) {
    const day = r.int(o.firstDay, o.lastDay);
    const buyer = sink.person(home, { day, min: 21, max: 70 });
    const pair = r.chance(o.pairShare);
    const n = pair ? 2 : 1;
    for (let i = 0; i < n; i++) {
      const kind = pair || r.chance(o.handgunShare ?? 0.6) ? 'handgun' : 'long';
      const soldDay = day + (pair ? r.int(0, 3) * i : 0);
      const gun = sell(sink, c, license, buyer, Math.min(soldDay, o.lastDay), kind, pair);
      sold++;
      if (!r.chance(o.crimeRate)) continue;
      recoverSold(sink, c, {
        license,
        firearmId: gun.id,
        buyerId: buyer,
        soldDay: Math.min(soldDay, o.lastDay),
        ttc: r.logUniform(o.ttc[0], o.ttc[1]),
        place: recoveryPlace(sink, home, r.chance(o.outOfStateShare)),
        possessorIsBuyer: r.chance(0.15),
        answerHours: o.answer ? r.logUniform(o.answer[0], o.answer[1]) : promptAnswer(sink),
      });
    }
  }
}

/** Years active → the first and last sale day of a dealer (no sale after the last recovery day). */
export function activeDays(years: number, lastDay = LAST_RECOVERY_DAY - 30): { firstDay: number; lastDay: number } {
  return { firstDay: Math.round(lastDay - years * 365.25), lastDay };
}

export const ms = (day: number) => day * DAY_MS;
