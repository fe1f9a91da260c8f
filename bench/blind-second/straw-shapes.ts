/**
 * Straw-purchase shapes: people who pass the background check buy for someone who does not or
 * will not. Straw purchasing is the most common channel in ATF trafficking investigations, both in
 * Following the Gun (2000: nearly half of 1,530 investigations) and in NFCTA vol. III (2024:
 * 9,708 investigations 2017–2021, straw purchasing and unlicensed dealing leading).
 */
import type { PersonRecord } from '../../src/import/record.types.js';
import { storeDay } from './calendar.js';
import type { Bought, CaseBook } from './case-book.js';
import { STREET_PISTOLS, TRAFFICKED_RIFLES, type GunModel } from './catalog.js';
import { caseStart, keepOnRecord, spreadDays, TIE_SOURCES, toStreet } from './street.js';

/** A street gun, now and then a rifle (rifles are a minority of trafficked guns in the press-release counts). */
const streetGun = (book: CaseBook, rifleShare: number): GunModel =>
  book.rng.chance(rifleShare) ? book.rng.pick(TRAFFICKED_RIFLES) : book.rng.pick(STREET_PISTOLS);

/** Buyers, their dealers and how many guns each buys, drawn the same way for the two ring shapes. */
function ringPurchases(book: CaseBook, c: ReturnType<CaseBook['open']>, buyers: PersonRecord[], src: string, start: number, span: number, dealers: number) {
  const { rng, places } = book;
  const stores = places.dealers(src, dealers, rng);
  const rifleShare = rng.float(0, 0.15);
  const guns: Bought[] = [];
  for (const b of buyers) {
    const visits = rng.int(1, 4);
    for (const day of spreadDays(book, start, span, visits)) {
      const store = rng.pick(stores);
      const n = rng.weighted([
        [1, 4],
        [2, 3],
        [3, 2],
        [4, 1],
      ] as const);
      for (let i = 0; i < n; i++) guns.push(book.buy(c, b, store, storeDay(day), streetGun(book, rifleShare)));
    }
  }
  return { guns, stores: stores.length, rifleShare };
}

/**
 * A broker in the market city sends several straw buyers to stores (often in another state); the
 * ties between broker and buyers are on record (arrest reports, phone records, informants), as in
 * the SDNY Georgia-to-New-York case (2021: buyers and couriers, orders placed by the New York side).
 */
export function brokeredStrawRing(book: CaseBook): void {
  const { rng, places } = book;
  const interstate = rng.chance(0.6);
  const src = places.sourceState(rng);
  const dst = interstate ? places.destinationState(src, rng) : src;
  const span = rng.int(30, 270);
  const start = caseStart(book, span);
  const nBuyers = rng.int(3, 8);
  const tieShare = rng.float(0.5, 1);
  const c = book.open('B2_BROKERED_STRAW_RING', true, { interstate, src, dst, span, nBuyers, tieShare });
  const homeCity = places.city(src, rng);
  const broker = book.person({ state: dst, age: [24, 45], onDay: start });
  c.hubs.add(broker.id);
  const buyers = Array.from({ length: nBuyers }, () => book.person({ state: src, city: rng.chance(0.7) ? homeCity : undefined, age: [21, 40], onDay: start }));
  const p = ringPurchases(book, c, buyers, src, start, span, rng.int(1, 4));
  let ties = 0;
  for (const b of buyers)
    if (rng.chance(tieShare) || (ties === 0 && b === buyers[buyers.length - 1])) {
      book.associate(broker, b, rng.pick(TIE_SOURCES), start + rng.int(-400, span));
      ties++;
    }
  const crew = [broker, ...Array.from({ length: rng.int(1, 4) }, () => book.person({ state: dst, age: [17, 35], onDay: start }))];
  for (const m of crew.slice(1)) if (rng.chance(0.3)) book.associate(broker, m, rng.pick(TIE_SOURCES), start + rng.int(-300, span));
  const share = rng.float(0.1, 0.4);
  toStreet(book, c, p.guns, {
    share,
    medianDays: rng.int(60, 330),
    state: dst,
    cities: [places.city(dst, rng), places.city(dst, rng)],
    noPossessor: rng.float(0.15, 0.4),
    crew,
    reuse: 0.4,
    atLeastOne: true,
  });
  Object.assign(c.truth.params, { dealers: p.stores, guns: p.guns.length, ties, recoveryShare: Math.round(share * 100) / 100 });
}

/**
 * The same ring with nothing on record tying its people together: buyers from one town who shop
 * the same stores in the same weeks, their guns surfacing in one market city. Investigators meet
 * this first, from trace results, before any interview links the buyers (ATF Following the Gun:
 * most trafficking investigations start from trace data or a recovered gun).
 */
export function untiedStrawRing(book: CaseBook): void {
  const { rng, places } = book;
  const interstate = rng.chance(0.55);
  const src = places.sourceState(rng);
  const dst = interstate ? places.destinationState(src, rng) : src;
  const span = rng.int(20, 200);
  const start = caseStart(book, span);
  const nBuyers = rng.int(2, 7);
  const brokerSeen = rng.chance(0.35);
  const c = book.open('B2_UNTIED_STRAW_RING', true, { interstate, src, dst, span, nBuyers, brokerSeen });
  const homeCity = places.city(src, rng);
  const buyers = Array.from({ length: nBuyers }, () => book.person({ state: src, city: homeCity, age: [21, 35], onDay: start }));
  const p = ringPurchases(book, c, buyers, src, start, span, rng.int(1, 3));
  const cities = [places.city(dst, rng)];
  let crew: PersonRecord[] | undefined;
  if (brokerSeen) {
    // The broker is only ever on record as the person found holding one of the guns.
    const broker = book.person({ state: dst, city: cities[0], age: [22, 40], onDay: start });
    const first = p.guns[rng.int(0, p.guns.length - 1)]!;
    book.recover(c, first.id, first.day + rng.int(20, 200), dst, cities[0]!, broker);
    crew = [broker];
  }
  const rest = p.guns.filter((g) => !c.recovered.has(g.id));
  const share = rng.float(0.1, 0.35);
  toStreet(book, c, rest, {
    share,
    medianDays: rng.int(45, 300),
    state: dst,
    cities,
    noPossessor: rng.float(0.2, 0.45),
    crew,
    reuse: 0.2,
    atLeastOne: !c.recovered.size,
  });
  if (crew) keepOnRecord(book, c, crew[0]!, p.guns);
  Object.assign(c.truth.params, { dealers: p.stores, guns: p.guns.length, recoveryShare: Math.round(share * 100) / 100 });
}

/**
 * A recruiter pays many people to buy once each: one or two handguns per person, often driven to
 * the store together on the same day, then never seen buying again. The Wilberforce (Ohio) case
 * used college students this way; DOJ press releases describe recruiters paying buyers per gun.
 */
export function recruiterOneTimers(book: CaseBook): void {
  const { rng, places } = book;
  const interstate = rng.chance(0.5);
  const src = places.sourceState(rng);
  const dst = interstate ? places.destinationState(src, rng) : src;
  const span = rng.int(14, 150);
  const start = caseStart(book, span);
  const nBuyers = rng.int(6, 20);
  const tieShare = rng.chance(0.35) ? 0 : rng.float(0.1, 0.6);
  const carpool = rng.chance(0.5);
  // A rifle run: young buyers (18 is the federal minimum for a long gun at a dealer) each buy one
  // AK- or AR-pattern rifle, as in the 2011 Arizona indictments of straw buyers for Mexican cartels.
  const rifleRun = rng.chance(0.25);
  const c = book.open('B2_RECRUITER_ONE_TIMERS', true, { interstate, src, dst, span, nBuyers, tieShare, carpool, rifleRun });
  const recruiter = book.person({ state: src, age: [23, 45], onDay: start });
  const stores = places.dealers(src, rng.int(1, 3), rng, rng.chance(0.3));
  const buyers = Array.from({ length: nBuyers }, () => book.person({ state: src, city: recruiter.city, age: rifleRun ? [18, 24] : [21, 26], onDay: start }));
  const guns: Bought[] = [];
  let tripDay = storeDay(start);
  let tripStore = rng.pick(stores);
  buyers.forEach((b, i) => {
    // A car-load of two to four buyers shares a store and a day.
    if (!carpool || i % rng.int(2, 4) === 0) {
      tripDay = storeDay(start + rng.int(0, span));
      tripStore = rng.pick(stores);
    }
    const n = rng.chance(rifleRun ? 0.2 : 0.45) ? 2 : 1;
    for (let k = 0; k < n; k++) guns.push(book.buy(c, b, tripStore, tripDay, rifleRun ? rng.pick(TRAFFICKED_RIFLES) : rng.pick(STREET_PISTOLS)));
    if (rng.chance(tieShare)) book.associate(recruiter, b, rng.pick(TIE_SOURCES), start + rng.int(0, span + 200));
  });
  const share = rng.float(0.08, 0.35);
  toStreet(book, c, guns, {
    share,
    medianDays: rng.int(60, 400),
    state: dst,
    cities: [places.city(dst, rng), places.city(dst, rng), places.city(dst, rng)],
    noPossessor: rng.float(0.2, 0.4),
    crew: [recruiter],
    reuse: 0.05,
    atLeastOne: true,
  });
  // With no tie on record the recruiter is known only if police find one of the guns with him.
  keepOnRecord(book, c, recruiter, guns);
  Object.assign(c.truth.params, { dealers: stores.length, guns: guns.length, recoveryShare: Math.round(share * 100) / 100 });
}

/**
 * A prohibited man's girlfriend, sister or mother buys for him, a few handguns over months or
 * years at stores near home; the guns turn up with him or his friends. A small, common shape in
 * DOJ straw-purchase pleas; the tie (shared address, a domestic incident report) may or may not
 * be on record.
 */
export function partnerStraw(book: CaseBook): void {
  const { rng, places } = book;
  const state = places.sourceState(rng);
  const span = rng.int(60, 720);
  const start = caseStart(book, span);
  const nGuns = rng.int(2, 6);
  const sameAddress = rng.chance(0.5);
  const tie = rng.chance(0.5);
  const c = book.open('B2_PARTNER_STRAW', true, { state, span, nGuns, sameAddress, tie });
  const him = book.person({ state, age: [19, 34], onDay: start });
  const her = book.person({ state, household: sameAddress ? him : undefined, age: [21, 40], onDay: start });
  if (tie) book.associate(her, him, rng.pick(['DOMESTIC_INCIDENT', 'FIELD_INTERVIEW', 'ARREST_REPORT', 'SOCIAL_MEDIA']), start - rng.int(0, 600));
  const stores = places.dealers(state, rng.int(1, 2), rng, true);
  const guns = spreadDays(book, start, span, nGuns).map((d) => book.buy(c, her, rng.pick(stores), storeDay(d), rng.pick(STREET_PISTOLS)));
  const friends = [him, him, book.person({ state, city: him.city, age: [17, 30], onDay: start })];
  toStreet(book, c, guns, {
    share: rng.float(0.3, 0.6),
    medianDays: rng.int(30, 300),
    state,
    cities: [him.city],
    noPossessor: 0.15,
    crew: friends,
    reuse: 0.75,
    atLeastOne: true,
  });
  keepOnRecord(book, c, him, guns, her);
}

/**
 * A straw buyer covers the diversion by reporting the guns lost or stolen, a pattern ATF and
 * prosecutors describe (and the reason several states require prompt theft reports): either a
 * string of separate "thefts" over months, or one report filed once police trace a gun back.
 */
export function falseTheftCover(book: CaseBook): void {
  const { rng, places } = book;
  const interstate = rng.chance(0.4);
  const src = places.sourceState(rng);
  const dst = interstate ? places.destinationState(src, rng) : src;
  const span = rng.int(30, 240);
  const start = caseStart(book, span);
  const mode = rng.chance(0.5) ? 'serial-reports' : 'report-after-trace';
  const c = book.open('B2_FALSE_THEFT_COVER', true, { interstate, src, dst, span, mode });
  const buyer = book.person({ state: src, age: [21, 45], onDay: start });
  const brokerTie = rng.chance(0.4);
  const broker = book.person({ state: dst, age: [22, 40], onDay: start });
  if (brokerTie) book.associate(broker, buyer, rng.pick(TIE_SOURCES), start + rng.int(0, span));
  const stores = places.dealers(src, rng.int(1, 3), rng);
  const guns = spreadDays(book, start, span, rng.int(4, 12)).map((d) => book.buy(c, buyer, rng.pick(stores), storeDay(d), rng.pick(STREET_PISTOLS)));
  const where = { state: src, city: buyer.city };
  if (mode === 'serial-reports') {
    // Two to four reports on different days, each for a few guns, before most are recovered.
    const batches = rng.int(2, 4);
    guns.forEach((g, i) => {
      const batchDay = g.day + rng.int(5, 60) + (i % batches) * rng.int(15, 90);
      book.theft(g.id, rng.pick(['VEHICLE_BREAK_IN', 'OTHER_THEFT', 'RESIDENCE_BURGLARY'] as const), batchDay, rng.int(0, 3), where);
    });
  }
  const recovered = toStreet(book, c, guns, {
    share: rng.float(0.25, 0.5),
    medianDays: rng.int(60, 250),
    state: dst,
    cities: [places.city(dst, rng)],
    noPossessor: 0.3,
    crew: [broker],
    reuse: 0.25,
    atLeastOne: true,
  });
  keepOnRecord(book, c, broker, guns, buyer);
  if (mode === 'report-after-trace' && recovered.length) {
    // The police call comes a few weeks after the first recovery; he then reports every gun he still "had" as stolen months ago.
    const report = Math.min(...recovered.map((r) => r.day)) + rng.int(10, 60);
    const claimed = report - rng.int(20, 120);
    for (const g of guns) {
      const occurred = Math.max(g.day + 1, claimed);
      book.theft(g.id, 'RESIDENCE_BURGLARY', occurred, Math.max(0, report - occurred), where);
    }
  }
  Object.assign(c.truth.params, { guns: guns.length, brokerTie });
}
