/**
 * Lawful behaviour that resembles trafficking in sales and recovery records. Each is common: most
 * multiple-sale reports describe lawful buyers, most guns stolen in burglaries were bought
 * lawfully, and family members buy at the same stores on the same days. Recovery shares here are
 * low (a lawful owner's guns reach police mostly after a theft, or as found or safekept property).
 */
import type { PersonRecord } from '../../src/import/record.types.js';
import { REFERENCE_DAY, storeDay, YEAR } from './calendar.js';
import type { Bought, CaseBook } from './case-book.js';
import { DUTY_PISTOLS, SPORTING_GUNS, STREET_PISTOLS } from './catalog.js';
import { caseStart, spreadDays, toStreet } from './street.js';

/**
 * A collector or enthusiast buys dozens of guns over years at one to three local stores, now and
 * then two handguns in a week (so a multiple-sale report), and almost none ever reach police.
 */
export function collector(book: CaseBook): void {
  const { rng, places } = book;
  const state = rng.pick(places.shopStates);
  const years = rng.float(2, 10);
  const span = Math.round(years * YEAR);
  const start = caseStart(book, span);
  const c = book.open('B2_LOOKALIKE_COLLECTOR', false, { state, years: Math.round(years * 10) / 10 });
  const me = book.person({ state, age: [35, 70], onDay: start });
  const stores = places.dealers(state, rng.int(1, 3), rng, true);
  const guns: Bought[] = [];
  for (const d of spreadDays(book, start, span, rng.int(8, 30))) {
    const n = rng.chance(0.25) ? 2 : 1;
    for (let i = 0; i < n; i++) guns.push(book.buy(c, me, rng.pick(stores), storeDay(d), rng.chance(0.6) ? rng.pick(SPORTING_GUNS) : rng.pick(STREET_PISTOLS)));
  }
  // Found property or a gun safekept after a medical call: recovered with the owner, or with nobody.
  toStreet(book, c, guns, { share: rng.float(0, 0.04), medianDays: rng.int(700, 2500), state, cities: [me.city], noPossessor: 0.5, crew: [me], reuse: 1 });
  Object.assign(c.truth.params, { guns: guns.length, stores: stores.length });
}

/**
 * Spouses and adult children at one address buy at the same store, sometimes together on one day
 * (a carry class, hunting season, the holidays); a family tie may be on record. A gun may later be
 * found with one of the family, often years later.
 */
export function familyHousehold(book: CaseBook): void {
  const { rng, places } = book;
  const state = rng.pick(places.shopStates);
  const span = Math.round(rng.float(0.5, 5) * YEAR);
  const start = caseStart(book, span);
  const size = rng.int(2, 4);
  const c = book.open('B2_LOOKALIKE_FAMILY_HOUSEHOLD', false, { state, span, size });
  const head = book.person({ state, age: [40, 65], onDay: start });
  const family = [head, ...Array.from({ length: size - 1 }, () => book.person({ state, household: head, age: [21, 40], onDay: start }))];
  for (const m of family.slice(1)) if (rng.chance(0.4)) book.associate(head, m, 'FAMILY', start - rng.int(0, 2000));
  const stores = places.dealers(state, rng.int(1, 2), rng, true);
  const guns: Bought[] = [];
  for (const d of spreadDays(book, start, span, rng.int(2, 5))) {
    const store = rng.pick(stores);
    // A family trip: one to all of them buy that day.
    for (const m of rng.sample(family, rng.int(1, family.length)))
      guns.push(book.buy(c, m, store, storeDay(d), rng.chance(0.5) ? rng.pick(SPORTING_GUNS) : rng.pick(STREET_PISTOLS)));
  }
  toStreet(book, c, guns, {
    share: rng.float(0, 0.08),
    medianDays: rng.int(400, 2500),
    state,
    cities: [head.city],
    noPossessor: 0.3,
    crew: family,
    reuse: 0.9,
  });
  Object.assign(c.truth.params, { guns: guns.length });
}

/**
 * An armed-guard company equips its guards: the owner buys a batch of identical duty pistols in
 * one or two visits (multiple-sale reports), or each guard buys the same model at the same store
 * within a few weeks. Now and then a guard's pistol is stolen from his car and reported at once,
 * and it surfaces in crime later.
 */
export function securityCompany(book: CaseBook): void {
  const { rng, places } = book;
  const state = rng.pick(places.shopStates);
  const span = rng.int(7, 60);
  const start = caseStart(book, span);
  const guards = rng.int(4, 12);
  const ownerBuys = rng.chance(0.5);
  const c = book.open('B2_LOOKALIKE_SECURITY_COMPANY', false, { state, span, guards, ownerBuys });
  const owner = book.person({ state, age: [35, 65], onDay: start });
  const staff = Array.from({ length: guards }, () => book.person({ state, city: owner.city, age: [21, 55], onDay: start }));
  for (const s of staff) if (rng.chance(0.3)) book.associate(owner, s, 'EMPLOYER', start - rng.int(30, 1500));
  const store = places.dealers(state, 1, rng)[0]!;
  const model = rng.pick([...DUTY_PISTOLS, STREET_PISTOLS[0]!]);
  const guns: Array<Bought & { holder: PersonRecord }> = [];
  if (ownerBuys) {
    const visits = spreadDays(book, start, span, rng.int(1, 2));
    staff.forEach((s, i) => guns.push({ ...book.buy(c, owner, store, storeDay(visits[i % visits.length]!), model), holder: s }));
  } else for (const s of staff) guns.push({ ...book.buy(c, s, store, storeDay(start + rng.int(0, span)), model), holder: s });
  if (rng.chance(0.4)) {
    const g = rng.pick(guns);
    const stolenOn = g.day + rng.int(60, 1500);
    if (book.theft(g.id, 'VEHICLE_BREAK_IN', stolenOn, rng.int(0, 1), { state, city: g.holder.city }))
      toStreet(book, c, [{ id: g.id, day: stolenOn }], {
        share: 0.7,
        medianDays: rng.int(60, 500),
        state,
        cities: [owner.city, places.city(state, rng)],
        noPossessor: 0.3,
      });
  }
  Object.assign(c.truth.params, { guns: guns.length, model: model.model });
}

/** A household's lawful guns, bought over years by one or two owners: the start of both burglary look-alikes. */
function armedHousehold(book: CaseBook, c: ReturnType<CaseBook['open']>, state: string, burgled: number) {
  const { rng, places } = book;
  const firstBuy = burgled - Math.round(rng.float(3, 20) * YEAR);
  const owner = book.person({ state, age: [25, 60], onDay: firstBuy });
  const owners = rng.chance(0.4) ? [owner, book.person({ state, household: owner, age: [21, 60], onDay: firstBuy })] : [owner];
  const stores = places.dealers(state, rng.int(1, 2), rng, true);
  const guns = spreadDays(book, firstBuy, burgled - firstBuy - 30, rng.int(3, 10)).map((d) =>
    book.buy(c, rng.pick(owners), rng.pick(stores), storeDay(d), rng.chance(0.5) ? rng.pick(SPORTING_GUNS) : rng.pick(STREET_PISTOLS)),
  );
  return { owner, guns };
}

/**
 * A lawful owner's home is burgled and several guns go at once; the owner reports the theft the
 * same day or the next. Over the following years the guns surface in crime across the metro area
 * with strangers: one lawful buyer, many crime guns, all reported stolen before recovery.
 */
export function burgledReported(book: CaseBook): void {
  const { rng, places } = book;
  const state = rng.pick(places.shopStates);
  const burgled = Math.min(caseStart(book, 0) + rng.int(0, 300), book.lastRecovery - 60);
  const c = book.open('B2_LOOKALIKE_BURGLED_REPORTED', false, { state });
  const { owner, guns } = armedHousehold(book, c, state, burgled);
  const taken = guns.filter(() => rng.chance(0.8));
  const stolen = (taken.length ? taken : guns).map((g) => ({ id: g.id, day: burgled }));
  for (const g of stolen) book.theft(g.id, 'RESIDENCE_BURGLARY', burgled, rng.int(0, 2), { state, city: owner.city });
  toStreet(book, c, stolen, {
    share: rng.float(0.2, 0.5),
    medianDays: rng.int(90, 700),
    state,
    cities: [owner.city, places.city(state, rng)],
    noPossessor: 0.3,
    atLeastOne: true,
  });
  Object.assign(c.truth.params, { guns: guns.length, stolen: stolen.length });
}

/**
 * The same burglary, never reported: the guns sat in a closet or a safe the owner rarely opened,
 * or the owner did not want police in the house. Trace results then lead back to a lawful buyer
 * with no theft report, which is what makes this look-alike hard.
 */
export function burgledUnreported(book: CaseBook): void {
  const { rng, places } = book;
  const state = rng.pick(places.shopStates);
  const burgled = Math.min(caseStart(book, 0) + rng.int(0, 300), book.lastRecovery - 60);
  const c = book.open('B2_LOOKALIKE_BURGLED_UNREPORTED', false, { state });
  const { owner, guns } = armedHousehold(book, c, state, burgled);
  const stolen = guns.filter(() => rng.chance(0.7)).map((g) => ({ id: g.id, day: burgled }));
  toStreet(book, c, stolen.length ? stolen : [{ id: guns[0]!.id, day: burgled }], {
    share: rng.float(0.15, 0.4),
    medianDays: rng.int(90, 900),
    state,
    cities: [owner.city, places.city(state, rng)],
    noPossessor: 0.35,
    atLeastOne: true,
  });
  Object.assign(c.truth.params, { guns: guns.length, stolen: stolen.length });
}

/** A lawful buyer of one or two guns has one stolen from a car; reported or not, it turns up in crime later. */
export function singleStolenGun(book: CaseBook): void {
  const { rng, places } = book;
  const state = rng.pick(places.shopStates);
  const bought = caseStart(book, 0) - rng.int(0, Math.round(4 * YEAR));
  const reported = rng.chance(0.6);
  const c = book.open('B2_LOOKALIKE_SINGLE_STOLEN_GUN', false, { state, reported });
  const me = book.person({ state, age: [21, 65], onDay: bought });
  const store = places.dealers(state, 1, rng, true)[0]!;
  const guns = [book.buy(c, me, store, storeDay(bought), rng.pick(STREET_PISTOLS))];
  if (rng.chance(0.3)) {
    // A later purchase that would fall after the reference day has not happened yet.
    const later = storeDay(bought + rng.int(60, 900));
    if (later <= REFERENCE_DAY) guns.push(book.buy(c, me, store, later, rng.pick(SPORTING_GUNS)));
  }
  const g = guns[0]!;
  const stolenOn = Math.max(g.day + 30, Math.min(book.lastRecovery - 200, g.day + rng.int(30, Math.round(5 * YEAR))));
  if (reported) book.theft(g.id, 'VEHICLE_BREAK_IN', stolenOn, rng.int(0, 2), { state, city: me.city });
  toStreet(book, c, [{ id: g.id, day: stolenOn }], {
    share: 1,
    medianDays: rng.int(30, 500),
    state,
    cities: [me.city, places.city(state, rng)],
    noPossessor: 0.3,
    atLeastOne: true,
  });
}

/**
 * A police department trades in its duty pistols and a dealer sells them used, one each to many
 * buyers across the state within a few weeks: many first-time-looking buyers, one store, one
 * model, one short window. A few turn up in crime years later.
 */
export function policeTradeIn(book: CaseBook): void {
  const { rng, places } = book;
  const state = rng.pick(places.shopStates);
  const span = rng.int(14, 60);
  const start = caseStart(book, span);
  const nBuyers = rng.int(15, 40);
  const c = book.open('B2_LOOKALIKE_POLICE_TRADE_IN', false, { state, span, nBuyers });
  const store = places.dealers(state, 1, rng)[0]!;
  const model = rng.pick(DUTY_PISTOLS);
  const guns: Bought[] = [];
  for (let i = 0; i < nBuyers; i++) {
    const b = book.person({ state, age: [21, 70], onDay: start });
    guns.push(book.buy(c, b, store, storeDay(start + rng.int(0, span)), model));
  }
  toStreet(book, c, guns, {
    share: rng.float(0.01, 0.06),
    medianDays: rng.int(900, 2500),
    sigma: 0.6,
    state,
    cities: [places.city(state, rng), places.city(state, rng)],
    noPossessor: 0.35,
  });
  Object.assign(c.truth.params, { guns: guns.length, model: model.model });
}

/**
 * A parent buys a handgun as a bona fide gift for an adult son or daughter (lawful: the buyer is
 * the actual buyer when the gun is a gift), sometimes one for each child; the child is later found
 * with it at a traffic stop. The family tie may be on record.
 */
export function giftToRelative(book: CaseBook): void {
  const { rng, places } = book;
  const state = rng.pick(places.shopStates);
  const span = Math.round(rng.float(0.2, 4) * YEAR);
  const start = caseStart(book, span);
  const kids = rng.int(1, 2);
  const c = book.open('B2_LOOKALIKE_GIFT_TO_RELATIVE', false, { state, kids });
  const parent = book.person({ state, age: [45, 70], onDay: start });
  const children = Array.from({ length: kids }, () =>
    book.person({ state, lastName: parent.lastName, household: rng.chance(0.4) ? parent : undefined, age: [21, 30], onDay: start }),
  );
  for (const k of children) if (rng.chance(0.5)) book.associate(parent, k, 'FAMILY', start - rng.int(0, 3000));
  const store = places.dealers(state, 1, rng, true)[0]!;
  const days = spreadDays(book, start, span, kids);
  const guns = children.map((k, i) => ({ ...book.buy(c, parent, store, storeDay(days[i]!), rng.pick(STREET_PISTOLS)), holder: k }));
  for (const g of guns)
    toStreet(book, c, [g], { share: 0.3, medianDays: rng.int(200, 1500), state, cities: [g.holder.city], noPossessor: 0, crew: [g.holder], reuse: 1 });
  Object.assign(c.truth.params, { guns: guns.length });
}
