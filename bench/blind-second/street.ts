/**
 * What happens to a case's guns after they leave the buyer: most are never recovered, some are
 * recovered within months, a few years later, some with nobody recorded holding them. And when a
 * case starts, so that its recoveries can fall in the background's recovery window.
 *
 * Sources for the ranges: ATF's Following the Gun (2000) counts trafficked guns per investigation
 * in the dozens to hundreds while recoveries are a small fraction; the 2003 Ohio–New Jersey case
 * (Wilberforce straw buyers, about 76 guns to East Orange) had 15 recovered, about 20 %. ATF trace
 * reports treat a time-to-crime under three years (and especially under one) as a trafficking
 * indicator, and NFCTA vol. II (2023) reports short time-to-crime rising among traced guns.
 */
import type { PersonRecord } from '../../src/import/record.types.js';
import { YEAR } from './calendar.js';
import type { Bought, Case, CaseBook } from './case-book.js';

export interface StreetPlan {
  /** Chance that each gun is ever recovered by police. */
  share: number;
  /** Median days from sale (or theft) to recovery, and the log-normal spread. */
  medianDays: number;
  sigma?: number;
  /** Chance that a recovery comes years later than the rest (a gun that kept circulating). */
  lateShare?: number;
  /** Where the guns surface: one state, its cities (one is picked per recovery). */
  state: string;
  cities: string[];
  /** Chance that nobody is recorded as holding the gun (dumped, found at a scene, thrown from a car). */
  noPossessor: number;
  /** Known people who may hold the guns (a broker, a gang's members), used with chance `reuse`. */
  crew?: PersonRecord[];
  reuse?: number;
  /** Recover at least one gun when the window allows it: most cases are opened from a recovered gun's trace. */
  atLeastOne?: boolean;
}

/** Sends `guns` (each from its own day) to the street per `plan`; returns the guns recovered and their recovery days. */
export function toStreet(book: CaseBook, c: Case, guns: ReadonlyArray<Pick<Bought, 'id' | 'day'>>, plan: StreetPlan): Array<{ id: string; day: number }> {
  const { rng } = book;
  const out: Array<{ id: string; day: number }> = [];
  const order = rng.shuffle(guns);
  order.forEach((g, i) => {
    const forced = plan.atLeastOne && !out.length && i === order.length - 1;
    if (!forced && !rng.chance(plan.share)) return;
    for (let attempt = 0; attempt < (forced ? 6 : 1); attempt++) {
      let delay = rng.logNormal(plan.medianDays / (attempt + 1), plan.sigma ?? 0.9);
      if (!forced && rng.chance(plan.lateShare ?? 0.1)) delay += rng.float(2, 6) * YEAR;
      const day = g.day + Math.max(1, Math.round(delay));
      const city = rng.pick(plan.cities);
      const holder = rng.chance(plan.noPossessor)
        ? null
        : plan.crew?.length && rng.chance(plan.reuse ?? 0)
          ? rng.pick(plan.crew)
          : streetHolder(book, plan.state, city, day);
      if (book.recover(c, g.id, day, plan.state, city, holder)) {
        out.push({ id: g.id, day });
        break;
      }
    }
  });
  return out;
}

/** Someone found holding a gun: crime-gun possessors skew young (ATF youth crime gun reports: most 18–35). */
export const streetHolder = (book: CaseBook, state: string, city: string, day: number): PersonRecord =>
  book.person({
    state,
    city,
    age: book.rng.weighted([
      [[17, 20], 2],
      [[21, 29], 5],
      [[30, 45], 3],
    ] as const),
    onDay: day,
  });

/**
 * A first day for a case lasting `spanDays`, so that guns bought during it can be recovered
 * inside the background's window: from two years before the first recovery to a quarter-year
 * before the last.
 */
export function caseStart(book: CaseBook, spanDays: number): number {
  const latest = book.lastRecovery - spanDays - 90;
  const earliest = Math.min(book.firstRecovery - Math.round(2 * YEAR), latest);
  return book.rng.int(earliest, latest);
}

/** Days of a span drawn in order: `n` store days between `start` and `start + span`. */
export function spreadDays(book: CaseBook, start: number, span: number, n: number): number[] {
  return Array.from({ length: n }, () => start + book.rng.int(0, Math.max(0, span))).sort((a, b) => a - b);
}

/** A case's tie between two people, from one of the sources investigators record them from. */
export const TIE_SOURCES = ['ARREST_REPORT', 'FIELD_INTERVIEW', 'INFORMANT', 'SOCIAL_MEDIA', 'PHONE_RECORDS', 'JAIL_CALLS'] as const;

/**
 * Makes sure a hub who exists in the records is mentioned by some other record: found holding one
 * of the case's guns not yet recovered or, failing that (and when `tieTo` is given), a noted tie.
 * Returns whether the hub is on record; a hub who is not stays out of the case's truth.
 */
export function keepOnRecord(book: CaseBook, c: Case, hub: PersonRecord, guns: ReadonlyArray<Pick<Bought, 'id' | 'day'>>, tieTo?: PersonRecord): boolean {
  const { rng } = book;
  if (!book.isMentioned(hub.id)) {
    const spare = rng.shuffle(guns).find((g) => !c.recovered.has(g.id));
    const found = !!spare && book.recover(c, spare.id, spare.day + rng.int(10, 200), hub.state, hub.city, hub);
    if (!found && tieTo) book.associate(hub, tieTo, rng.pick(TIE_SOURCES), spare?.day ?? book.lastRecovery - rng.int(30, 400));
  }
  if (book.isMentioned(hub.id)) c.hubs.add(hub.id);
  return book.isMentioned(hub.id);
}
