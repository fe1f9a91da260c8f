/**
 * Bad dealers, each on top of an ordinary trade. Parameters are drawn per dealer from the ranges
 * written here (chosen from the domain, not from the project's generator or scoring).
 * Sources: ATF, "Following the Gun" (2000): 1.2% of dealers account for 57% of crime-gun traces,
 * short time-to-crime (< 3 years, < 1 year strong) and multiple sales mark trafficking;
 * 27 CFR 478.126a (multiple sales), 478.125 (records), 478.39a (theft/loss within 48 hours),
 * 18 U.S.C. 923(g)(7) (trace answer within 24 hours).
 */
import { activeDays, LAST_RECOVERY_DAY, ms, newCounts, ordinaryTrade, promptAnswer, recoverSold, recoveryPlace, sell } from './gun-life.js';
import { HOUR_MS, placesIn, type BlindSink } from './kit.js';
import { counted, destinationCity, NORMAL_TTC, sourcePlace, strawStream } from './straw-stream.js';

/** A retailer selling to straw buyers for a trafficker: short TTC, multiple sales, guns found out of state with others. */
export function rogueStrawRetailer(sink: BlindSink): void {
  const r = sink.rng;
  const home = sourcePlace(sink);
  const p = {
    years: r.int(4, 12),
    sales: r.int(60, 300),
    guns: r.int(15, 40),
    straws: r.int(3, 8),
    multipleShare: r.real(0.5, 0.9),
    oosShare: r.real(0.55, 0.9),
  };
  const d = sink.dealer('ROGUE_STRAW_RETAILER', true, '01', home, { ...p, multipleShare: p.multipleShare.toFixed(2), oosShare: p.oosShare.toFixed(2) });
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
  strawStream(sink, c, d.license, home, {
    ...p,
    firstDay: Math.max(firstDay, LAST_RECOVERY_DAY - 4 * 365),
    ttc: [20, 700],
    recoveredShare: r.real(0.5, 0.8),
    dest: destinationCity(sink),
  });
  counted(sink, c, d.license);
}

/**
 * A dealer selling off the books: traced guns it has no sale record of (27 CFR 478.125), answered
 * "no purchaser" late or never, some with serials filed off and restored by the lab.
 */
export function offBooksDealer(sink: BlindSink): void {
  const r = sink.rng;
  const home = sourcePlace(sink);
  const p = {
    years: r.int(5, 15),
    sales: r.int(40, 200),
    offBook: r.int(10, 30),
    unanswered: r.real(0.2, 0.5),
    obliterated: r.real(0.2, 0.5),
    oosShare: r.real(0.3, 0.7),
  };
  const d = sink.dealer('OFF_BOOKS', true, '01', home, {
    ...p,
    unanswered: p.unanswered.toFixed(2),
    obliterated: p.obliterated.toFixed(2),
    oosShare: p.oosShare.toFixed(2),
  });
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
    answer: [12, 120],
  });
  const dest = destinationCity(sink);
  for (let i = 0; i < p.offBook; i++) {
    const gun = sink.firearm(r.chance(0.85) ? 'handgun' : 'long', r.chance(p.obliterated));
    const day = r.int(Math.max(firstDay + 60, LAST_RECOVERY_DAY - 5 * 365), LAST_RECOVERY_DAY);
    const place = r.chance(p.oosShare) ? dest : home;
    const recovery = sink.recovery(gun.id, day, place, sink.person(place, { day, min: 17, max: 35 }));
    const silent = r.chance(p.unanswered);
    sink.trace({
      recovery,
      recoveredDay: day,
      outcome: silent && day > LAST_RECOVERY_DAY - 120 ? 'PENDING' : 'NO_PURCHASER',
      dealer: d.license,
      purchaserId: null,
      answerHours: silent ? null : r.logUniform(24, 400),
      ttcDays: null,
    });
    c.crimeGuns++;
  }
  counted(sink, c, d.license);
}

/**
 * Diversions covered as thefts/losses: guns with no sale record that the dealer reports lost or
 * stolen, in many small reports, late (weeks after the claimed discovery) or only after ATF's trace
 * asked; the 48-hour rule of 27 CFR 478.39a is what a real loss would meet.
 */
export function lossCoverDealer(sink: BlindSink): void {
  const r = sink.rng;
  const home = sourcePlace(sink);
  const p = {
    years: r.int(5, 15),
    sales: r.int(60, 250),
    diverted: r.int(12, 30),
    reports: r.int(5, 12),
    afterTraceShare: r.real(0.3, 0.7),
    recoveredShare: r.real(0.6, 0.9),
  };
  const d = sink.dealer('LOSS_COVER', true, '01', home, { ...p, afterTraceShare: p.afterTraceShare.toFixed(2), recoveredShare: p.recoveredShare.toFixed(2) });
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
  const reportDays = Array.from({ length: p.reports }, () => r.int(Math.max(firstDay, LAST_RECOVERY_DAY - 5 * 365), LAST_RECOVERY_DAY - 200));
  const dest = destinationCity(sink);
  let traced = 0;
  for (let i = 0; i < p.diverted; i++) {
    const gun = sink.firearm(r.chance(0.85) ? 'handgun' : 'long');
    const claimed = r.pick(reportDays);
    const kind = r.chance(0.7) ? 'FFL_LOSS' : 'FFL_THEFT';
    const lateReport = ms(claimed) + r.int(5, 60) * 86_400_000 + r.int(9, 17) * HOUR_MS;
    const recoveredDay = claimed + Math.round(r.logUniform(30, 500));
    if (!r.chance(p.recoveredShare) || recoveredDay > LAST_RECOVERY_DAY) {
      sink.fflTheft(gun.id, d.license, kind, claimed, lateReport, null);
      continue;
    }
    const place = r.chance(0.5) ? dest : recoveryPlace(sink, home, false);
    const recovery = sink.recovery(gun.id, recoveredDay, place, sink.person(place, { day: recoveredDay, min: 17, max: 35 }));
    const before = sink.records.length;
    sink.trace({ recovery, recoveredDay, outcome: 'NO_PURCHASER', dealer: d.license, purchaserId: null, answerHours: promptAnswer(sink), ttcDays: null });
    const trace = sink.records[before] as { dealerRequestedAt: string };
    traced++;
    if (r.chance(p.afterTraceShare)) {
      // Filed only once the trace asked about the gun.
      sink.fflTheft(gun.id, d.license, kind, claimed, Date.parse(trace.dealerRequestedAt) + r.int(4, 240) * HOUR_MS, null);
    } else sink.fflTheft(gun.id, d.license, kind, claimed, Math.min(lateReport, ms(recoveredDay) - HOUR_MS), null);
  }
  c.crimeGuns += traced;
  counted(sink, c, d.license);
}

/** A small rural dealer feeding one corridor: few crime guns, all very fast, all in one distant city. */
export function corridorFeeder(sink: BlindSink): void {
  const r = sink.rng;
  const home = sourcePlace(sink, true);
  const p = { years: r.int(3, 10), sales: r.int(15, 45), guns: r.int(4, 9), straws: r.int(1, 2), multipleShare: r.real(0.3, 0.7) };
  const d = sink.dealer('CORRIDOR_FEEDER', true, '01', home, { ...p, multipleShare: p.multipleShare.toFixed(2) });
  const c = newCounts();
  const { firstDay, lastDay } = activeDays(p.years);
  ordinaryTrade(sink, c, d.license, home, {
    sales: p.sales,
    firstDay,
    lastDay,
    crimeRate: r.real(0.03, 0.08),
    pairShare: 0.04,
    outOfStateShare: 0.2,
    ttc: NORMAL_TTC,
  });
  strawStream(sink, c, d.license, home, {
    ...p,
    firstDay: Math.max(firstDay, LAST_RECOVERY_DAY - 3 * 365),
    ttc: [7, 150],
    oosShare: 1,
    recoveredShare: 1,
    dest: destinationCity(sink),
  });
  counted(sink, c, d.license);
}

/** A large, busy dealer whose bad sales (a straw stream) are a small share of a big lawful trade. */
export function dilutedLargeDealer(sink: BlindSink): void {
  const r = sink.rng;
  const home = sourcePlace(sink, false);
  const p = {
    years: r.int(8, 20),
    sales: r.int(700, 1400),
    guns: r.int(8, 20),
    straws: r.int(2, 4),
    multipleShare: r.real(0.5, 0.9),
    oosShare: r.real(0.6, 0.9),
  };
  const d = sink.dealer('DILUTED_LARGE', true, '01', home, { ...p, multipleShare: p.multipleShare.toFixed(2), oosShare: p.oosShare.toFixed(2) });
  const c = newCounts();
  const { firstDay, lastDay } = activeDays(p.years);
  ordinaryTrade(sink, c, d.license, home, {
    sales: p.sales,
    firstDay,
    lastDay,
    crimeRate: r.real(0.1, 0.2),
    pairShare: 0.06,
    outOfStateShare: 0.25,
    ttc: NORMAL_TTC,
  });
  strawStream(sink, c, d.license, home, {
    ...p,
    firstDay: Math.max(firstDay, LAST_RECOVERY_DAY - 3 * 365),
    ttc: [30, 365],
    recoveredShare: 1,
    dest: destinationCity(sink),
  });
  counted(sink, c, d.license);
}

/**
 * A pawn shop fencing stolen guns: guns reported stolen in residential burglaries are sold by the
 * shop weeks later to a few repeat buyers and recovered in crime within months.
 */
export function pawnFence(sink: BlindSink): void {
  const r = sink.rng;
  const home = sourcePlace(sink, false);
  const p = { years: r.int(4, 10), sales: r.int(50, 150), fenced: r.int(8, 20), buyers: r.int(2, 4), oosShare: r.real(0.1, 0.4) };
  const d = sink.dealer('PAWN_FENCE', true, '02', home, { ...p, oosShare: p.oosShare.toFixed(2) });
  const c = newCounts();
  const { firstDay, lastDay } = activeDays(p.years);
  ordinaryTrade(sink, c, d.license, home, {
    sales: p.sales,
    firstDay,
    lastDay,
    crimeRate: r.real(0.05, 0.12),
    pairShare: 0.03,
    outOfStateShare: 0.2,
    ttc: NORMAL_TTC,
  });
  const buyers = Array.from({ length: p.buyers }, () => sink.person(home, { day: firstDay, min: 21, max: 45 }));
  for (let i = 0; i < p.fenced; i++) {
    const stolenDay = r.int(Math.max(firstDay, LAST_RECOVERY_DAY - 3 * 365), LAST_RECOVERY_DAY - 120);
    const soldDay = stolenDay + r.int(5, 60);
    const buyer = r.pick(buyers);
    const gun = sell(sink, c, d.license, buyer, soldDay, r.chance(0.8) ? 'handgun' : 'long', false);
    const victimPlace = r.pick(placesIn(home.state));
    sink.add({
      type: 'theft',
      id: sink.id('TH'),
      firearmId: gun.id,
      kind: 'RESIDENCE_BURGLARY',
      occurredOn: new Date(ms(stolenDay)).toISOString().slice(0, 10),
      reportedAt: new Date(ms(stolenDay) + r.int(10, 60) * HOUR_MS).toISOString(),
      reportingAgencyOri: sink.agencyIn(victimPlace).ori,
      reportingFflLicense: null,
    });
    recoverSold(sink, c, {
      license: d.license,
      firearmId: gun.id,
      buyerId: buyer,
      soldDay,
      ttc: r.logUniform(15, 300),
      place: recoveryPlace(sink, home, r.chance(p.oosShare)),
      answerHours: promptAnswer(sink),
    });
  }
  counted(sink, c, d.license);
}

export const BAD_SHAPES: Record<string, (sink: BlindSink) => void> = {
  ROGUE_STRAW_RETAILER: rogueStrawRetailer,
  OFF_BOOKS: offBooksDealer,
  LOSS_COVER: lossCoverDealer,
  CORRIDOR_FEEDER: corridorFeeder,
  DILUTED_LARGE: dilutedLargeDealer,
  PAWN_FENCE: pawnFence,
};
