/**
 * Look-alikes that are not trafficking and must not be reported. ATF, Following the Gun (2000)
 * and NFCTA vol. II–III: most crime guns with a long time-to-crime passed through theft or
 * private transfers years after a lawful sale; collectors, ranges and security firms buy in
 * volume lawfully; burglaries put a household's guns in strangers' hands at once.
 */
import { round, sourceState } from './fates.js';
import { dayOf, type Dealer, type Planter } from './kit.js';

const stranger = (p: Planter, state: string, onDay: number) => p.person('possessor', p.address(state), p.rng.int(16, 40), onDay);
const latestSale = (p: Planter) => p.bg.lastRecovery - 30;

/** Buy days spread over `years` ending at `end`, grouped into visits of 1–3 guns. */
function history(p: Planter, buyer: string, dealers: Dealer[], end: number, years: number, guns: number, longShare: number) {
  const out: Array<{ id: string; day: number; state: string }> = [];
  while (out.length < guns) {
    const day = end - p.rng.int(0, Math.round(years * 365));
    out.push(...p.buy(buyer, p.rng.pick(dealers), day, Math.min(guns - out.length, p.rng.int(1, 3)), p.rng.chance(longShare)));
  }
  return out;
}

/** A collector: many purchases over many years, some multiple sales; a gun rarely recovered, and then years later. */
export function collector(p: Planter): void {
  const state = sourceState(p);
  const params = {
    state,
    guns: p.rng.int(15, 80),
    years: p.rng.int(5, 20),
    dealers: p.rng.int(1, 4),
    longShare: round(p.rng.real(0.1, 0.5)),
    recovered: p.rng.int(0, 2),
  };
  p.begin('DECOY_COLLECTOR', false, params);
  const end = latestSale(p) - p.rng.int(0, 700);
  const b = p.person('buyer', p.address(state), p.rng.int(40, 70), end - params.years * 365);
  const guns = history(p, b, p.dealers(state, params.dealers), end, params.years, params.guns, params.longShare);
  for (const g of guns.sort(() => p.rng.next() - 0.5).slice(0, params.recovered)) {
    const taken = g.day + p.rng.logNormalDays(2200, 0.4);
    // Stolen in a burglary, reported half the time; recovered from a stranger later.
    if (p.rng.chance(0.5)) p.theft(g.id, 'RESIDENCE_BURGLARY', taken, taken + p.rng.int(0, 3), state);
    p.recover(g, taken + p.rng.int(10, 400), state, p.city(state), stranger(p, state, taken));
  }
}

/** A family: relatives at one address own guns; some are recovered from another relative at home (a domestic call, a search). */
export function family(p: Planter): void {
  const state = sourceState(p);
  const params = { state, adults: p.rng.int(2, 4), gunsMax: p.rng.int(1, 4), recovered: p.rng.int(1, 3), ties: p.rng.chance(0.6) };
  p.begin('DECOY_FAMILY', false, params);
  const home = p.address(state);
  // Late enough that a relative's recovery falls inside the data's recovery window.
  const start = p.rng.int(p.bg.firstRecovery - 300, latestSale(p) - 400);
  const surname = p.rng.pick(['Harrow', 'Kittredge', 'Mossberg', 'Ashdown']);
  const adults = Array.from({ length: params.adults }, () => p.person('buyer', home, p.rng.int(21, 65), start - 3650, surname));
  const dealers = p.dealers(state, 2);
  const guns = adults.flatMap((a) => history(p, a, dealers, start + p.rng.int(0, 150), p.rng.int(1, 10), p.rng.int(1, params.gunsMax), 0.3));
  for (const g of guns.slice(0, params.recovered)) {
    const owner = p.records.find((r) => r.type === 'sale' && r.firearmId === g.id);
    const holder = p.rng.pick(adults.filter((a) => owner?.type !== 'sale' || a !== owner.purchaserId));
    p.recover(g, g.day + p.rng.logNormalDays(700, 1.0), state, home.city, holder, home.address);
  }
  if (params.ties) for (let i = 1; i < adults.length; i++) p.associate(adults[0]!, adults[i]!, 'FAMILY', start - 3650);
}

/** A residence burglary: several guns of one household stolen at once, reported or not, recovered from strangers. */
export function residenceBurglary(p: Planter): void {
  const state = sourceState(p);
  const params = {
    state,
    owners: p.rng.int(1, 2),
    guns: p.rng.int(3, 10),
    stolen: p.rng.int(2, 6),
    reported: p.rng.chance(0.7),
    recoverShare: round(p.rng.real(0.4, 0.9)),
    outOfState: round(p.rng.real(0, 0.3)),
    recentBuy: p.rng.chance(0.3),
  };
  p.begin('DECOY_RESIDENCE_BURGLARY', false, params);
  const burglary = p.rng.int(p.bg.firstRecovery - 200, p.bg.lastRecovery - 60);
  const home = p.address(state);
  const owners = Array.from({ length: params.owners }, () => p.person('buyer', home, p.rng.int(25, 70), burglary - 5000));
  const dealers = p.dealers(state, 2);
  const guns = owners.flatMap((o) => history(p, o, dealers, burglary - 30, p.rng.int(1, 12), Math.ceil(params.guns / owners.length), 0.3));
  // Some households had bought shortly before (a new gun after a scare).
  if (params.recentBuy) guns.push(...p.buy(owners[0]!, dealers[0]!, burglary - p.rng.int(20, 240), p.rng.int(1, 2)));
  const stolen = guns.sort(() => p.rng.next() - 0.5).slice(0, params.stolen);
  const thief = stranger(p, state, burglary);
  for (const g of stolen) {
    if (params.reported) p.theft(g.id, 'RESIDENCE_BURGLARY', burglary, burglary + p.rng.int(0, 5), state);
    if (!p.rng.chance(params.recoverShare)) continue;
    const away = p.rng.chance(params.outOfState);
    const at = p.destination(state, away);
    const holder = p.rng.chance(0.25) ? thief : p.rng.chance(0.8) ? stranger(p, at, burglary) : null;
    p.recover(g, burglary + p.rng.logNormalDays(150, 1.0), at, p.city(at), holder);
  }
}

/**
 * A dealer burglary: guns taken from a licensee's stock (never sold, so no purchaser), reported
 * by the dealer (FFL_THEFT), recovered from strangers. The people it involves are the possessors.
 */
export function dealerTheft(p: Planter): void {
  const state = sourceState(p);
  const params = { state, guns: p.rng.int(5, 20), recoverShare: round(p.rng.real(0.3, 0.7)) };
  p.begin('DECOY_DEALER_THEFT', false, params);
  const dealer = p.dealers(state, 1)[0]!;
  const day = p.rng.int(p.bg.firstRecovery - 100, p.bg.lastRecovery - 60);
  for (let i = 0; i < params.guns; i++) {
    const g = p.stockGun(dealer);
    p.theft(g.id, 'FFL_THEFT', day, day + 1, state, dealer.license);
    if (p.rng.chance(params.recoverShare)) p.recover({ id: g.id, day }, day + p.rng.logNormalDays(120, 1.0), state, p.city(state), stranger(p, state, day));
  }
}

/** A range or security company's buyer: handguns in bulk (multiple sales), a few later lost or stolen, one found with an employee. */
export function rangeOrSecurity(p: Planter): void {
  const state = sourceState(p);
  const params = {
    state,
    kind: p.rng.pick(['RANGE', 'SECURITY']),
    bulks: p.rng.int(2, 6),
    perBulk: p.rng.int(4, 10),
    years: p.rng.int(1, 6),
    recovered: p.rng.int(0, 3),
  };
  p.begin('DECOY_RANGE_SECURITY', false, params);
  const end = latestSale(p) - p.rng.int(0, 500);
  const buyer = p.person('buyer', p.address(state), p.rng.int(35, 65), end - 4000);
  const dealers = p.dealers(state, p.rng.int(1, 2));
  const guns = Array.from({ length: params.bulks }, () => p.buy(buyer, p.rng.pick(dealers), end - p.rng.int(0, params.years * 365), params.perBulk)).flat();
  const staff = Array.from({ length: p.rng.int(2, 6) }, () => p.person('other', p.address(state), p.rng.int(21, 50), end));
  if (p.rng.chance(0.5)) for (const s of staff) p.associate(buyer, s, 'EMPLOYER', end - 800);
  for (const g of guns.sort(() => p.rng.next() - 0.5).slice(0, params.recovered)) {
    const taken = g.day + p.rng.logNormalDays(500, 1.0);
    if (p.rng.chance(0.6)) p.theft(g.id, 'VEHICLE_BREAK_IN', taken, taken + p.rng.int(0, 4), state);
    const holder = p.rng.chance(0.3) ? p.rng.pick(staff) : stranger(p, state, taken);
    p.recover(g, taken + p.rng.int(5, 300), state, p.city(state), holder);
  }
}

/** A lawful buyer whose one gun was stolen from a car, reported or not, and recovered from a stranger. */
export function lawfulOneStolen(p: Planter): void {
  const state = sourceState(p);
  const params = { state, guns: p.rng.int(1, 3), reported: p.rng.chance(0.6), stolenAfterDays: p.rng.int(30, 1500) };
  p.begin('DECOY_LAWFUL_ONE_STOLEN', false, params);
  const first = p.rng.int(dayOf('2017-01-01'), latestSale(p) - 200);
  const b = p.person('buyer', p.address(state), p.rng.int(21, 60), first);
  const guns = history(p, b, p.dealers(state, 1), first + 365, 1, params.guns, 0.2);
  const g = guns[0]!;
  const taken = g.day + params.stolenAfterDays;
  if (params.reported) p.theft(g.id, 'VEHICLE_BREAK_IN', taken, taken + p.rng.int(0, 2), state);
  p.recover(g, taken + p.rng.logNormalDays(90, 1.0), state, p.city(state), stranger(p, state, taken));
}
