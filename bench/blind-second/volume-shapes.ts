/**
 * Volume shapes: one person buying a great many guns (for a receiver, for a pipeline, or to resell
 * without a license), guns of several buyers ending with one receiver, and a dealer who sells in
 * bulk to straw buyers. Unlicensed dealing was the channel NFCTA vol. III (2024) found most often
 * alongside straw purchasing in 2017–2021 investigations; corrupt licensees were few (Following
 * the Gun, 2000: under a tenth of investigations) but moved the most guns per case.
 */
import type { PersonRecord } from '../../src/import/record.types.js';
import { storeDay } from './calendar.js';
import type { Bought, CaseBook } from './case-book.js';
import { SPORTING_GUNS, STREET_PISTOLS, TRAFFICKED_RIFLES } from './catalog.js';
import { caseStart, keepOnRecord, spreadDays, TIE_SOURCES, toStreet } from './street.js';

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * One buyer, dozens of handguns in a few months, one to three per visit, spread over many stores
 * (small rural ones too) so no store sees a pattern: a Milwaukee federal complaint (39 handguns from
 * 15 Wisconsin stores in about three months, paid in cash, for a felon). The felon is on record
 * only if police find him holding one of the guns or note the tie.
 */
export function loneProlificBuyer(book: CaseBook): void {
  const { rng, places } = book;
  const state = places.sourceState(rng);
  const span = rng.int(45, 200);
  const start = caseStart(book, span);
  const nGuns = rng.int(15, 45);
  const nStores = rng.int(5, 15);
  const evadesReports = rng.chance(0.6);
  const c = book.open('B2_LONE_PROLIFIC_BUYER', true, { state, span, nGuns, evadesReports });
  const buyer = book.person({ state, age: [21, 40], onDay: start });
  const stores = places.dealers(state, nStores, rng, true);
  const guns: Bought[] = [];
  const lastAt = new Map<string, number>();
  let day = storeDay(start);
  while (guns.length < nGuns && day <= start + span) {
    // An evasive buyer never goes back to a store within a week, so no multiple-sale report links his visits.
    const open = evadesReports ? stores.filter((s) => day - (lastAt.get(s.license) ?? -99) > 8) : stores;
    const store = rng.pick(open.length ? open : stores);
    const n = evadesReports
      ? 1
      : rng.weighted([
          [1, 3],
          [2, 3],
          [3, 2],
        ] as const);
    for (let i = 0; i < n && guns.length < nGuns; i++) guns.push(book.buy(c, buyer, store, day, rng.pick(STREET_PISTOLS)));
    lastAt.set(store.license, day);
    day = storeDay(day + rng.int(1, Math.max(2, Math.round((2 * span) / nGuns))));
  }
  const receiverSeen = rng.chance(0.5);
  const receiver = receiverSeen ? book.person({ state, city: buyer.city, age: [25, 45], onDay: start }) : undefined;
  const tied = !!receiver && rng.chance(0.5);
  if (receiver && tied) book.associate(buyer, receiver, rng.pick(TIE_SOURCES), start + rng.int(0, span));
  const out = toStreet(book, c, guns, {
    share: rng.float(0.1, 0.3),
    medianDays: rng.int(40, 250),
    state,
    cities: [buyer.city, places.city(state, rng)],
    noPossessor: rng.float(0.2, 0.4),
    crew: receiver ? [receiver] : undefined,
    reuse: 0.3,
    atLeastOne: true,
  });
  // A receiver on record at all is on record through a gun found with him, or failing that a noted tie.
  if (receiver) keepOnRecord(book, c, receiver, guns, buyer);
  Object.assign(c.truth.params, { stores: stores.length, guns: guns.length, receiverSeen, recovered: out.length });
}

/**
 * A buyer in a source state fills orders phoned in by two to four brokers in a strict-law city
 * and couriers carry the guns north by bus or rental car; some guns are sold locally on the way.
 * Modelled on the 2021 SDNY Georgia–New York case (at least 87 guns in 30 purchases from six
 * dealers over eight months, orders placed by the New York defendants).
 */
export function pipelineCourier(book: CaseBook): void {
  const { rng, places } = book;
  const src = places.sourceState(rng);
  const dst = places.destinationState(src, rng);
  const span = rng.int(120, 300);
  const start = caseStart(book, span);
  const visits = rng.int(12, 35);
  const nBrokers = rng.int(2, 4);
  const c = book.open('B2_PIPELINE_COURIER', true, { src, dst, span, visits, nBrokers });
  const buyer = book.person({ state: src, age: [21, 35], onDay: start });
  const stores = places.dealers(src, rng.int(3, 6), rng);
  const guns: Bought[] = [];
  for (const d of spreadDays(book, start, span, visits)) {
    const store = rng.pick(stores);
    const n = rng.weighted([
      [1, 2],
      [2, 3],
      [3, 3],
      [4, 2],
      [5, 1],
    ] as const);
    for (let i = 0; i < n; i++) guns.push(book.buy(c, buyer, store, storeDay(d), rng.chance(0.08) ? rng.pick(TRAFFICKED_RIFLES) : rng.pick(STREET_PISTOLS)));
  }
  const brokers = Array.from({ length: nBrokers }, () => book.person({ state: dst, age: [22, 40], onDay: start }));
  for (const b of brokers) {
    if (rng.chance(0.7)) book.associate(b, buyer, rng.pick(['PHONE_RECORDS', 'INFORMANT', 'ARREST_REPORT']), start + rng.int(0, span));
  }
  const local = rng.float(0.1, 0.35);
  const north = guns.filter(() => !rng.chance(local));
  const south = guns.filter((g) => !north.includes(g));
  const cities = [places.city(dst, rng), places.city(dst, rng)];
  toStreet(book, c, north, {
    share: rng.float(0.1, 0.3),
    medianDays: rng.int(60, 300),
    state: dst,
    cities,
    noPossessor: 0.3,
    crew: brokers,
    reuse: 0.2,
    atLeastOne: true,
  });
  toStreet(book, c, south, { share: rng.float(0.05, 0.2), medianDays: rng.int(90, 400), state: src, cities: [buyer.city], noPossessor: 0.35 });
  // A broker with neither a recorded tie nor a gun found with him would be nowhere in the records: give him one of the two.
  for (const b of brokers) keepOnRecord(book, c, b, north, buyer);
  Object.assign(c.truth.params, { guns: guns.length, stores: stores.length, localShare: round2(local) });
}

/**
 * Several buyers with no tie among them on record, each buying a few guns over a year or two at
 * their own stores (some in other states), whose guns end with one receiver: found when a search
 * warrant at his home turns up several traced guns at once, plus guns he passed on.
 */
export function convergentReceiver(book: CaseBook): void {
  const { rng, places } = book;
  const dst = rng.chance(0.6) ? places.destinationState('', rng) : places.sourceState(rng);
  const span = rng.int(180, 720);
  const start = caseStart(book, span);
  const nBuyers = rng.int(3, 7);
  const seizure = rng.int(2, 6);
  const c = book.open('B2_CONVERGENT_RECEIVER', true, { dst, span, nBuyers, seizure });
  const receiver = book.person({ state: dst, age: [22, 45], onDay: start });
  const guns: Bought[] = [];
  const states = new Set<string>();
  for (let i = 0; i < nBuyers; i++) {
    const st = places.shopStates.includes(dst) && rng.chance(0.4) ? dst : places.sourceState(rng);
    states.add(st);
    const b = book.person({ state: st, age: [21, 50], onDay: start });
    const store = places.dealers(st, 1, rng, rng.chance(0.3))[0]!;
    for (const d of spreadDays(book, start, span, rng.int(1, 3))) guns.push(book.buy(c, b, store, storeDay(d), rng.pick(STREET_PISTOLS)));
  }
  // The warrant: a day after the last purchase when several of the guns are still in his home.
  const lastBuy = Math.max(...guns.map((g) => g.day));
  const warrant = lastBuy + rng.int(10, 200);
  const seized = rng.sample(guns, Math.min(seizure, guns.length));
  for (const g of seized) book.recover(c, g.id, warrant, dst, receiver.city, receiver);
  const rest = guns.filter((g) => !c.recovered.has(g.id));
  toStreet(book, c, rest, {
    share: rng.float(0.1, 0.3),
    medianDays: rng.int(60, 300),
    state: dst,
    cities: [receiver.city],
    noPossessor: 0.3,
    atLeastOne: !c.recovered.size,
  });
  keepOnRecord(book, c, receiver, guns);
  Object.assign(c.truth.params, { guns: guns.length, buyerStates: states.size });
}

/**
 * An unlicensed dealer: buys new guns at retail, often several of one model at once, and resells
 * them at gun shows, online or from his car without background checks (Everytown's summary of
 * NFCTA vol. III; the 2024 "engaged in the business" rule). Buyers of his guns are strangers in
 * many towns, some in neighbouring states; he is himself the retail buyer.
 */
export function unlicensedReseller(book: CaseBook): void {
  const { rng, places } = book;
  const state = places.sourceState(rng);
  const span = rng.int(180, 720);
  const start = caseStart(book, span);
  const visits = rng.int(8, 25);
  const longGunShare = rng.float(0, 0.3);
  const venue = rng.pick(['gun-show', 'online', 'street'] as const);
  const c = book.open('B2_UNLICENSED_RESELLER', true, { state, span, visits, longGunShare: round2(longGunShare), venue });
  const seller = book.person({ state, age: [28, 65], onDay: start });
  const stores = places.dealers(state, rng.int(2, 5), rng);
  const guns: Bought[] = [];
  for (const d of spreadDays(book, start, span, visits)) {
    const store = rng.pick(stores);
    const model = rng.chance(longGunShare) ? rng.pick([...SPORTING_GUNS.filter((g) => g.kind === 'RIFLE'), ...TRAFFICKED_RIFLES]) : rng.pick(STREET_PISTOLS);
    const n = rng.weighted([
      [1, 2],
      [2, 3],
      [3, 2],
      [5, 1],
    ] as const);
    for (let i = 0; i < n; i++) guns.push(book.buy(c, seller, store, storeDay(d), model));
  }
  const other = places.destinationState(state, rng);
  const share = rng.float(0.08, 0.25);
  const home = guns.filter(() => rng.chance(0.65));
  const away = guns.filter((g) => !home.includes(g));
  const cities = [seller.city, places.city(state, rng), places.city(state, rng)];
  toStreet(book, c, home, { share, medianDays: rng.int(150, 600), state, cities, noPossessor: 0.3, atLeastOne: true });
  toStreet(book, c, away, { share, medianDays: rng.int(150, 600), state: other, cities: [places.city(other, rng), places.city(other, rng)], noPossessor: 0.3 });
  Object.assign(c.truth.params, { guns: guns.length, stores: stores.length, other });
}

/**
 * A gun-show vendor without a license whose stock is bought at retail by relatives and friends,
 * then sold from his table across the state's show circuit. He never buys himself; the ties
 * to his suppliers come from surveillance at shows or interviews (DOJ OIG 2007 on ATF gun-show
 * operations; Following the Gun 2000: gun shows in 14 % of investigations).
 */
export function gunShowVendor(book: CaseBook): void {
  const { rng, places } = book;
  const state = places.sourceState(rng);
  const span = rng.int(180, 540);
  const start = caseStart(book, span);
  const nSuppliers = rng.int(2, 4);
  const c = book.open('B2_GUN_SHOW_VENDOR', true, { state, span, nSuppliers });
  const vendor = book.person({ state, age: [35, 70], onDay: start });
  c.hubs.add(vendor.id);
  const guns: Bought[] = [];
  const suppliers: PersonRecord[] = [];
  let ties = 0;
  for (let i = 0; i < nSuppliers; i++) {
    const family = rng.chance(0.5);
    const s = book.person({
      state,
      household: family && rng.chance(0.4) ? vendor : undefined,
      lastName: family ? vendor.lastName : undefined,
      age: [21, 65],
      onDay: start,
    });
    suppliers.push(s);
    if (rng.chance(0.6) || (i === nSuppliers - 1 && ties === 0)) {
      book.associate(vendor, s, family ? 'FAMILY' : rng.pick(['SURVEILLANCE', 'INFORMANT', 'FIELD_INTERVIEW']), start + rng.int(-200, span));
      ties++;
    }
    const stores = places.dealers(state, rng.int(2, 4), rng);
    for (const d of spreadDays(book, start, span, rng.int(3, 10))) {
      const n = rng.int(1, 3);
      const store = rng.pick(stores);
      for (let k = 0; k < n; k++) guns.push(book.buy(c, s, store, storeDay(d), rng.chance(0.2) ? rng.pick(SPORTING_GUNS) : rng.pick(STREET_PISTOLS)));
    }
  }
  const other = places.destinationState(state, rng);
  const cities = [places.city(state, rng), places.city(state, rng), places.city(state, rng)];
  const share = rng.float(0.06, 0.2);
  const away = guns.filter(() => rng.chance(0.3));
  toStreet(
    book,
    c,
    guns.filter((g) => !away.includes(g)),
    { share, medianDays: rng.int(200, 700), state, cities, noPossessor: 0.3, atLeastOne: true },
  );
  toStreet(book, c, away, { share, medianDays: rng.int(200, 700), state: other, cities: [places.city(other, rng)], noPossessor: 0.3 });
  Object.assign(c.truth.params, { guns: guns.length, ties, other });
}

/**
 * A small licensed dealer who knowingly sells in bulk to a few straw buyers, ten to twenty-five
 * guns in one sale, for a gang in another state: the 2002 Ohio case (sales of 16, 15 and 25
 * handguns within days to straw buyers from Wilberforce; guns to the East Orange, NJ, gang).
 */
export function corruptDealerBulk(book: CaseBook): void {
  const { rng, places } = book;
  const src = places.sourceState(rng);
  const dst = places.destinationState(src, rng);
  const span = rng.int(7, 60);
  const start = caseStart(book, span);
  const nBuyers = rng.int(2, 5);
  const c = book.open('B2_CORRUPT_DEALER_BULK', true, { src, dst, span, nBuyers });
  const store = places.smallDealer(src, rng);
  const leader = book.person({ state: dst, age: [22, 38], onDay: start });
  const crew = [leader, ...Array.from({ length: rng.int(2, 5) }, () => book.person({ state: dst, city: leader.city, age: [17, 30], onDay: start }))];
  const guns: Bought[] = [];
  for (let i = 0; i < nBuyers; i++) {
    const b = book.person({ state: src, age: [21, 24], onDay: start });
    if (rng.chance(0.5)) book.associate(leader, b, rng.pick(TIE_SOURCES), start + rng.int(0, span + 90));
    for (const d of spreadDays(book, start, span, rng.int(1, 2))) {
      const n = rng.int(6, 20);
      for (let k = 0; k < n; k++) guns.push(book.buy(c, b, store, storeDay(d), rng.pick(STREET_PISTOLS)));
    }
  }
  for (const m of crew.slice(1)) if (rng.chance(0.35)) book.associate(leader, m, 'ARREST_REPORT', start + rng.int(-365, span));
  const share = rng.float(0.1, 0.3);
  toStreet(book, c, guns, { share, medianDays: rng.int(60, 400), state: dst, cities: [leader.city], noPossessor: 0.25, crew, reuse: 0.5, atLeastOne: true });
  keepOnRecord(book, c, leader, guns, crew[1]);
  Object.assign(c.truth.params, { guns: guns.length, recoveryShare: round2(share) });
}
