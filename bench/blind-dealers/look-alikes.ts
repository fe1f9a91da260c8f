/**
 * Lawful dealers that share one surface feature with a bad one (many traces, many old traces,
 * out-of-state recoveries, thefts, short time-to-crime on a tiny count, a high-crime city).
 * None of them must rank high.
 */
import { NORMAL_TTC } from './straw-stream.js';
import { activeDays, LAST_RECOVERY_DAY, ms, newCounts, ordinaryTrade, promptAnswer, recoveryPlace, sell, recoverSold, type Counts } from './gun-life.js';
import { BORDERS, HIGH_CRIME, HOUR_MS, PLACES, placeNamed, placesIn, type BlindSink } from './kit.js';

function counted(sink: BlindSink, c: Counts, license: string) {
  Object.assign(sink.dealers.find((x) => x.license === license)!.params, c);
}

/** A big-box retailer: a large trade with a normal share of guns later used in crime. */
export function bigBox(sink: BlindSink): void {
  const r = sink.rng;
  const home = r.pick(PLACES.filter((p) => !p.rural));
  const p = { years: r.int(10, 20), sales: r.int(600, 1500), crimeRate: r.real(0.1, 0.22) };
  const d = sink.dealer('BIG_BOX', false, '01', home, { ...p, crimeRate: p.crimeRate.toFixed(2) });
  const c = newCounts();
  ordinaryTrade(sink, c, d.license, home, { ...p, ...activeDays(p.years), pairShare: r.real(0.03, 0.07), outOfStateShare: r.real(0.2, 0.3), ttc: NORMAL_TTC });
  counted(sink, c, d.license);
}

/** A pawn shop with many traced guns, all old: sold 5–16 years before they turned up in crime. */
export function pawnOldGuns(sink: BlindSink): void {
  const r = sink.rng;
  const home = r.pick(PLACES);
  const p = { years: r.int(16, 22), sales: r.int(100, 300), oldCrimeGuns: r.int(15, 40) };
  const d = sink.dealer('PAWN_OLD_GUNS', false, '02', home, p);
  const c = newCounts();
  const { firstDay } = activeDays(p.years);
  ordinaryTrade(sink, c, d.license, home, {
    sales: p.sales,
    firstDay,
    lastDay: LAST_RECOVERY_DAY - 30,
    crimeRate: 0.03,
    pairShare: 0.03,
    outOfStateShare: 0.2,
    ttc: [2000, 6000],
  });
  for (let i = 0; i < p.oldCrimeGuns; i++) {
    const soldDay = r.int(firstDay, LAST_RECOVERY_DAY - 5 * 365);
    const buyer = sink.person(home, { day: soldDay, min: 21, max: 70 });
    const gun = sell(sink, c, d.license, buyer, soldDay, r.chance(0.6) ? 'handgun' : 'long', false);
    const ttc = Math.min(r.logUniform(1825, 6000), LAST_RECOVERY_DAY - soldDay);
    recoverSold(sink, c, {
      license: d.license,
      firearmId: gun.id,
      buyerId: buyer,
      soldDay,
      ttc,
      place: recoveryPlace(sink, home, r.chance(0.2)),
      answerHours: promptAnswer(sink),
    });
  }
  counted(sink, c, d.license);
}

/** A border-town dealer: its customers live on both sides, its guns turn up across the line years later. */
export function borderTown(sink: BlindSink): void {
  const r = sink.rng;
  const border = r.pick(BORDERS);
  const home = placeNamed(border.dealer);
  const p = { years: r.int(10, 20), sales: r.int(100, 300), acrossShare: r.real(0.6, 0.9), crimeRate: r.real(0.1, 0.2) };
  const d = sink.dealer('BORDER_TOWN', false, '01', home, {
    ...p,
    across: border.across,
    acrossShare: p.acrossShare.toFixed(2),
    crimeRate: p.crimeRate.toFixed(2),
  });
  const c = newCounts();
  const { firstDay, lastDay } = activeDays(p.years);
  for (let i = 0; i < p.sales; i++) {
    const day = r.int(firstDay, lastDay);
    const buyer = sink.person(home, { day, min: 21, max: 70 });
    const gun = sell(sink, c, d.license, buyer, day, r.chance(0.6) ? 'handgun' : 'long', false);
    if (!r.chance(p.crimeRate)) continue;
    const place = r.chance(p.acrossShare) ? r.pick(placesIn(border.across)) : home;
    recoverSold(sink, c, {
      license: d.license,
      firearmId: gun.id,
      buyerId: buyer,
      soldDay: day,
      ttc: r.logUniform(1100, 4000),
      place,
      possessorIsBuyer: r.chance(0.3),
      answerHours: promptAnswer(sink),
    });
  }
  counted(sink, c, d.license);
}

/**
 * A burgled dealer: one break-in, 8–25 guns taken, reported to police and ATF within 48 hours
 * (27 CFR 478.39a); some stolen guns recovered in crime soon after, traced back to the store.
 */
export function burgledDealer(sink: BlindSink): void {
  const r = sink.rng;
  const home = r.pick(PLACES);
  const p = { years: r.int(5, 15), sales: r.int(50, 200), stolen: r.int(8, 25), recoveredShare: r.real(0.3, 0.6), reportHours: r.int(2, 40) };
  const d = sink.dealer('BURGLED_PROMPT_REPORT', false, '01', home, { ...p, recoveredShare: p.recoveredShare.toFixed(2) });
  const c = newCounts();
  const { firstDay, lastDay } = activeDays(p.years);
  ordinaryTrade(sink, c, d.license, home, {
    sales: p.sales,
    firstDay,
    lastDay,
    crimeRate: r.real(0.05, 0.12),
    pairShare: 0.05,
    outOfStateShare: 0.25,
    ttc: NORMAL_TTC,
  });
  const burglary = r.int(Math.max(firstDay, LAST_RECOVERY_DAY - 4 * 365), LAST_RECOVERY_DAY - 90);
  const police = sink.agencyIn(home);
  const reported = ms(burglary) + (8 + p.reportHours) * HOUR_MS;
  for (let i = 0; i < p.stolen; i++) {
    const gun = sink.firearm(r.chance(0.75) ? 'handgun' : 'long');
    sink.fflTheft(gun.id, d.license, 'FFL_THEFT', burglary, reported, police.ori);
    const day = burglary + Math.round(r.logUniform(20, 500));
    if (!r.chance(p.recoveredShare) || day > LAST_RECOVERY_DAY) continue;
    const place = recoveryPlace(sink, home, r.chance(0.4));
    const recovery = sink.recovery(gun.id, day, place, sink.person(place, { day, min: 17, max: 35 }));
    sink.trace({ recovery, recoveredDay: day, outcome: 'NO_PURCHASER', dealer: d.license, purchaserId: null, answerHours: promptAnswer(sink), ttcDays: null });
    c.crimeGuns++;
  }
  counted(sink, c, d.license);
}

/** A new dealer: licensed months ago, a small trade, one or two traces (necessarily with a short time-to-crime). */
export function newDealer(sink: BlindSink): void {
  const r = sink.rng;
  const home = r.pick(PLACES);
  const p = { months: r.int(6, 14), sales: r.int(10, 40), traces: r.int(1, 2) };
  const d = sink.dealer('NEW_DEALER', false, '01', home, p);
  const c = newCounts();
  const firstDay = LAST_RECOVERY_DAY - Math.round(p.months * 30.4);
  ordinaryTrade(sink, c, d.license, home, {
    sales: p.sales,
    firstDay,
    lastDay: LAST_RECOVERY_DAY - 20,
    crimeRate: 0,
    pairShare: 0.04,
    outOfStateShare: 0,
    ttc: NORMAL_TTC,
  });
  for (let i = 0; i < p.traces; i++) {
    const soldDay = r.int(firstDay, LAST_RECOVERY_DAY - 40);
    const buyer = sink.person(home, { day: soldDay, min: 21, max: 70 });
    const gun = sell(sink, c, d.license, buyer, soldDay, 'handgun', false);
    const ttc = Math.min(r.int(20, 200), LAST_RECOVERY_DAY - soldDay);
    recoverSold(sink, c, {
      license: d.license,
      firearmId: gun.id,
      buyerId: buyer,
      soldDay,
      ttc,
      place: recoveryPlace(sink, home, r.chance(0.2)),
      answerHours: promptAnswer(sink),
    });
  }
  counted(sink, c, d.license);
}

/** A dealer in a high-crime city: many local crime guns, normal time-to-crime, normal conduct. */
export function highCrimeCity(sink: BlindSink): void {
  const r = sink.rng;
  const home = placeNamed(r.pick(HIGH_CRIME));
  const p = { years: r.int(8, 18), sales: r.int(100, 350), crimeRate: r.real(0.15, 0.3) };
  const d = sink.dealer('HIGH_CRIME_CITY', false, '01', home, { ...p, crimeRate: p.crimeRate.toFixed(2) });
  const c = newCounts();
  ordinaryTrade(sink, c, d.license, home, { ...p, ...activeDays(p.years), pairShare: 0.06, outOfStateShare: r.real(0.05, 0.15), ttc: NORMAL_TTC });
  counted(sink, c, d.license);
}

export const LOOK_ALIKES: Record<string, (sink: BlindSink) => void> = {
  BIG_BOX: bigBox,
  PAWN_OLD_GUNS: pawnOldGuns,
  BORDER_TOWN: borderTown,
  BURGLED_PROMPT_REPORT: burgledDealer,
  NEW_DEALER: newDealer,
  HIGH_CRIME_CITY: highCrimeCity,
};
