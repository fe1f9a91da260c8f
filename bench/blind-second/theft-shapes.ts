/**
 * Theft-based supply that is trafficking: guns stolen to be sold on the street. ATF counts
 * thousands of guns stolen from licensees each year (NFCTA vol. II, 2023, FFL theft/loss
 * reports), most by burglary, and a quarter of dealers surveyed by Wintemute (2013) had a theft
 * in five years; residential burglary is the larger source overall and often goes unreported
 * (Following the Gun 2000: residential theft in about a tenth of investigations, FFL theft in
 * about a seventh).
 */
import type { PersonRecord } from '../../src/import/record.types.js';
import { storeDay, YEAR } from './calendar.js';
import type { Bought, CaseBook } from './case-book.js';
import { SPORTING_GUNS, STREET_PISTOLS } from './catalog.js';
import { caseStart, keepOnRecord, TIE_SOURCES, toStreet } from './street.js';

/**
 * A crew breaks into a gun store at night and takes five to forty guns, mostly handguns from the
 * display cases; the licensee reports the theft to ATF within a day or two (Form 3310.11). The
 * guns have no retail sale: they go through a fence to the street in the store's state and, for
 * some crews, up a corridor to a strict-law city.
 */
export function dealerBurglary(book: CaseBook): void {
  const { rng, places } = book;
  const state = places.sourceState(rng);
  const interstate = rng.chance(0.3);
  const dst = interstate ? places.destinationState(state, rng) : state;
  const nGuns = rng.int(5, 40);
  const smallStore = rng.chance(0.6);
  const theftDay = caseStart(book, 30);
  const fenceSeen = rng.chance(0.6);
  const c = book.open('B2_DEALER_BURGLARY', true, { state, dst, interstate, nGuns, smallStore, fenceSeen });
  const store = smallStore ? places.smallDealer(state, rng) : places.dealers(state, 1, rng)[0]!;
  const storeCity = places.city(state, rng);
  const guns: Bought[] = [];
  for (let i = 0; i < nGuns; i++) {
    const id = book.unsold(c, store, rng.chance(0.85) ? rng.pick(STREET_PISTOLS) : rng.pick(SPORTING_GUNS));
    guns.push({ id, day: theftDay, buyer: '' });
    book.theft(id, 'FFL_THEFT', theftDay, rng.int(0, 2), { state, city: storeCity }, store);
  }
  const crew: PersonRecord[] = [];
  if (fenceSeen) {
    const fence = book.person({ state: dst, age: [20, 45], onDay: theftDay });
    crew.push(fence);
    for (let i = rng.int(0, 2); i > 0; i--) {
      const m = book.person({ state, city: storeCity, age: [17, 30], onDay: theftDay });
      book.associate(fence, m, rng.pick(TIE_SOURCES), theftDay + rng.int(-200, 100));
      crew.push(m);
    }
  }
  toStreet(book, c, guns, {
    share: rng.float(0.15, 0.45),
    medianDays: rng.int(20, 200),
    sigma: 1,
    lateShare: 0.15,
    state: dst,
    cities: [places.city(dst, rng), places.city(dst, rng)],
    noPossessor: rng.float(0.2, 0.4),
    crew,
    reuse: 0.3,
    atLeastOne: true,
  });
  const fence = crew[0];
  // The fence is on record through his crew's ties or a stolen gun found with him.
  if (fence) keepOnRecord(book, c, fence, guns);
}

/**
 * A burglar and a fence work one metro area: several homes burgled over months, each holding
 * guns its owners bought lawfully years before. Some owners report the theft at once, some never
 * notice or report (most states do not require it). The fence sells the guns on; they surface
 * with young men in the same city within months of the burglary, years after the sale.
 */
export function homeBurglaryFence(book: CaseBook): void {
  const { rng, places } = book;
  const state = places.sourceState(rng);
  const span = rng.int(60, 365);
  const start = caseStart(book, span) + rng.int(0, 200);
  const homes = rng.int(3, 8);
  const reportShare = rng.float(0.3, 0.85);
  const c = book.open('B2_HOME_BURGLARY_FENCE', true, { state, span, homes, reportShare: Math.round(reportShare * 100) / 100 });
  const city = places.city(state, rng);
  const fence = book.person({ state, city, age: [22, 50], onDay: start });
  const stolen: Bought[] = [];
  let reported = 0;
  for (let h = 0; h < homes; h++) {
    const burgled = Math.min(start + rng.int(0, span), book.lastRecovery - 30);
    const bought = burgled - Math.round(rng.float(1, 18) * YEAR);
    const owner = book.person({ state, city: rng.chance(0.8) ? city : undefined, age: [25, 70], onDay: bought });
    const stores = places.dealers(state, rng.int(1, 2), rng, true);
    const report = rng.chance(reportShare);
    if (report) reported++;
    for (let k = rng.int(1, 5); k > 0; k--) {
      const day = storeDay(Math.min(bought + rng.int(0, Math.round(3 * YEAR)), burgled - 30));
      const g = book.buy(c, owner, rng.pick(stores), day, rng.chance(0.55) ? rng.pick(SPORTING_GUNS) : rng.pick(STREET_PISTOLS));
      stolen.push({ ...g, day: burgled });
      if (report) book.theft(g.id, 'RESIDENCE_BURGLARY', burgled, rng.int(0, 3), { state, city: owner.city });
    }
  }
  const crew = [fence, book.person({ state, city, age: [17, 28], onDay: start })];
  book.associate(fence, crew[1]!, rng.pick(TIE_SOURCES), start + rng.int(-300, span));
  toStreet(book, c, stolen, {
    share: rng.float(0.2, 0.5),
    medianDays: rng.int(20, 250),
    state,
    cities: [city, places.city(state, rng)],
    noPossessor: 0.3,
    crew,
    reuse: 0.3,
    atLeastOne: true,
  });
  c.hubs.add(fence.id);
  Object.assign(c.truth.params, { guns: stolen.length, reportedHomes: reported });
}
