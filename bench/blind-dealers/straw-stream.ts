/**
 * What the bad dealers share: the ordinary guns' time-to-crime, where a dealer and its destination
 * are, and a straw-buyer stream (ATF, "Following the Gun" (2000): short time-to-crime, multiple
 * sales and guns found out of state with someone else mark trafficking; 27 CFR 478.126a).
 */
import { LAST_RECOVERY_DAY, promptAnswer, recoverSold, recoveryPlace, sell, type Counts } from './gun-life.js';
import { DESTINATIONS, PLACES, SOURCES, type BlindSink, type Place } from './kit.js';

/** Ordinary guns' time-to-crime: median ≈ 3.3 years, about a quarter under one year. */
export const NORMAL_TTC: [number, number] = [120, 12_000];

export const sourcePlace = (sink: BlindSink, rural?: boolean) =>
  sink.rng.pick(PLACES.filter((p) => SOURCES.includes(p.state) && (rural === undefined || !!p.rural === rural)));
export const destinationCity = (sink: BlindSink) => sink.rng.pick(PLACES.filter((p) => DESTINATIONS.includes(p.state) && !p.rural));

/** Records the dealer's counts in its planted parameters. */
export function counted(sink: BlindSink, c: Counts, license: string) {
  const d = sink.dealers.find((x) => x.license === license)!;
  Object.assign(d.params, c);
}

/**
 * Straw-buyer bundles: `guns` handguns bought by a few young straw buyers in bundles of 2–4 (a
 * share of bundles inside five business days, reported as multiple sales), recovered fast, mostly
 * in a destination state, from someone else.
 */
export function strawStream(
  sink: BlindSink,
  c: Counts,
  license: string,
  home: Place,
  o: { guns: number; straws: number; firstDay: number; multipleShare: number; ttc: [number, number]; oosShare: number; recoveredShare: number; dest: Place },
) {
  const r = sink.rng;
  const straws = Array.from({ length: o.straws }, () => sink.person(home, { day: o.firstDay, min: 21, max: 29 }));
  let sold = 0;
  while (sold < o.guns) {
    const buyer = r.pick(straws);
    const bundle = Math.min(r.int(2, 4), o.guns - sold);
    const inWindow = r.chance(o.multipleShare);
    const start = r.int(o.firstDay, LAST_RECOVERY_DAY - 60);
    for (let i = 0; i < bundle; i++) {
      // Inside five business days (0–4 calendar days apart) or spread weeks apart to dodge the report.
      const day = Math.min(start + (inWindow ? r.int(0, 4) : i * r.int(8, 30)), LAST_RECOVERY_DAY - 45);
      const gun = sell(sink, c, license, buyer, day, 'handgun', inWindow && bundle >= 2);
      sold++;
      if (!r.chance(o.recoveredShare)) continue;
      const out = r.chance(o.oosShare);
      recoverSold(sink, c, {
        license,
        firearmId: gun.id,
        buyerId: buyer,
        soldDay: day,
        ttc: r.logUniform(o.ttc[0], o.ttc[1]),
        place: out ? (r.chance(0.8) ? o.dest : recoveryPlace(sink, home, true, DESTINATIONS)) : home,
        possessorIsBuyer: r.chance(0.05),
        answerHours: promptAnswer(sink),
      });
    }
  }
}
