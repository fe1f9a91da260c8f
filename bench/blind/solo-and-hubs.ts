/**
 * Trafficking by one buyer, and rings seen from where the guns end: a receiving person, a
 * receiving address, a stash house. Sources: ATF, Following the Gun (2000) — straw purchasers
 * and unlicensed sellers as the two largest channels, multiple sales and short time-to-crime as
 * the trace indicators; NFCTA vol. III (2023) — unlicensed dealing, stash houses, girlfriends and
 * relatives buying for prohibited partners.
 */
import { ringOutcome, round, scatter, shop, sourceState, startDay } from './fates.js';
import type { Planter } from './kit.js';

/** One buyer who keeps buying handguns for others: repeat visits, a few stores, guns recovered from many people. */
export function loneProlificBuyer(p: Planter): void {
  const source = sourceState(p);
  const span = p.rng.int(60, 720);
  const start = startDay(p, span);
  const o = ringOutcome(p, source, 0.5, start, [3, 15], [60, 500]);
  const params = { source, span, guns: p.rng.int(6, 30), dealers: p.rng.int(1, 5), ...o.params, recoverShare: round(p.rng.real(0.2, 0.6)) };
  p.begin('BLIND_LONE_PROLIFIC', true, params);
  const b = p.person('buyer', p.address(source), p.rng.int(21, 50), start);
  const guns = shop(p, b, p.dealers(source, params.dealers), start, span, params.guns, Math.ceil(params.guns / p.rng.int(1, 4)));
  scatter(p, guns, { ...o.outcome, recoverShare: params.recoverShare });
}

/**
 * Engaging in the business without a license (18 U.S.C. 922(a)(1)(A)): buys many at retail,
 * often several at once, resells to strangers — mostly in-state (gun shows, parking lots, online),
 * each recovered gun from a different person, in many cities.
 */
export function unlicensedDealer(p: Planter): void {
  const source = sourceState(p);
  const span = p.rng.int(180, 1080);
  const start = startDay(p, span, p.bg.firstRecovery - 250);
  const interstate = p.rng.chance(0.3);
  const params = {
    source,
    span,
    interstate,
    guns: p.rng.int(8, 40),
    dealers: p.rng.int(1, 4),
    recoverShare: round(p.rng.real(0.2, 0.5)),
    possessorShare: round(p.rng.real(0.4, 0.9)),
    ttcMedian: p.rng.int(150, 700),
  };
  p.begin('BLIND_UNLICENSED_DEALER', true, params);
  const b = p.person('buyer', p.address(source), p.rng.int(25, 60), start);
  const guns = shop(p, b, p.dealers(source, params.dealers), start, span, params.guns, Math.ceil(params.guns / p.rng.int(2, 5)));
  scatter(p, guns, {
    ...params,
    ttcSigma: 0.9,
    place: () => {
      const state = p.destination(source, interstate && p.rng.chance(0.6));
      return { state, city: p.city(state) };
    },
    // A stranger each time: a new customer.
    holder: () => {
      const state = p.destination(source, interstate);
      return p.person('possessor', p.address(state), p.rng.int(17, 40), start);
    },
  });
}

/**
 * A receiver hub: several buyers whose guns end with one person (variant "person"), or with
 * several people recorded at one address (variant "address", a receiving household or trap house).
 */
export function receiverHub(p: Planter): void {
  const source = sourceState(p);
  const span = p.rng.int(30, 365);
  const start = startDay(p, span);
  const o = ringOutcome(p, source, 0.6, start, [2, 4], [30, 300]);
  const params = {
    source,
    span,
    variant: p.rng.chance(0.6) ? 'person' : 'address',
    buyers: p.rng.int(3, 6),
    dealers: p.rng.int(1, 3),
    hubShare: round(p.rng.real(0.4, 0.8)),
    assocShare: round(p.rng.real(0, 0.6)),
    ...o.params,
  };
  p.begin('BLIND_RECEIVER_HUB', true, params);
  const home = p.address(o.state, o.city);
  const hub = p.person('hub', home, p.rng.int(20, 40), start);
  const housemates = Array.from({ length: p.rng.int(2, 5) }, () => p.person('possessor', home, p.rng.int(17, 35), start));
  const holder = params.variant === 'person' ? () => (p.rng.chance(params.hubShare) ? hub : o.outcome.holder()) : () => p.rng.pick([hub, ...housemates]);
  const dealers = p.dealers(source, params.dealers);
  for (let i = 0; i < params.buyers; i++) {
    const b = p.person('buyer', p.address(source), p.rng.int(21, 35), start);
    scatter(p, shop(p, b, dealers, start, span, p.rng.int(1, 4), p.rng.int(1, 2)), { ...o.outcome, holder });
    if (p.rng.chance(params.assocShare)) p.associate(b, hub, 'FIELD_INTERVIEW', start);
  }
}

/**
 * A stash house: guns of several unconnected buyers seized together on one day at one address,
 * held by one person or by nobody recorded (a raid on an empty house). The rest scatter.
 */
export function stashHouse(p: Planter): void {
  const source = sourceState(p);
  const span = p.rng.int(30, 300);
  const start = startDay(p, span);
  const o = ringOutcome(p, source, 0.6, start, [2, 6], [60, 400]);
  const params = {
    source,
    span,
    buyers: p.rng.int(3, 6),
    dealers: p.rng.int(1, 3),
    seizedShare: round(p.rng.real(0.4, 0.9)),
    held: p.rng.chance(0.5),
    ...o.params,
  };
  p.begin('BLIND_STASH_HOUSE', true, params);
  const raid = start + span + p.rng.int(20, 200);
  const house = p.address(o.state, o.city);
  const holder = params.held ? p.person('hub', house, p.rng.int(19, 35), start) : null;
  const dealers = p.dealers(source, params.dealers);
  for (let i = 0; i < params.buyers; i++) {
    const b = p.person('buyer', p.address(source), p.rng.int(21, 35), start);
    for (const g of shop(p, b, dealers, start, span, p.rng.int(2, 5), p.rng.int(1, 2))) {
      if (p.rng.chance(params.seizedShare)) p.recover(g, raid, o.state, o.city, holder, house.address);
      else if (p.rng.chance(0.2)) scatter(p, [g], { ...o.outcome, recoverShare: 1 });
    }
  }
}

/**
 * A family ring: relatives at one address buy for a crew elsewhere (Following the Gun: straw
 * purchasers are often relatives or partners). Family ties are on record; the guns go to strangers.
 */
export function familyRing(p: Planter): void {
  const source = sourceState(p);
  const span = p.rng.int(30, 365);
  const start = startDay(p, span);
  const o = ringOutcome(p, source, 0.8, start, [2, 6], [60, 300]);
  const params = { source, span, buyers: p.rng.int(2, 4), dealers: p.rng.int(1, 2), familyTies: p.rng.chance(0.7), ...o.params };
  p.begin('BLIND_FAMILY_RING', true, params);
  const home = p.address(source);
  const surname = p.rng.pick(['Alcott', 'Bramwell', 'Dufresne', 'Greaves']);
  const dealers = p.dealers(source, params.dealers);
  const buyers = Array.from({ length: params.buyers }, () => p.person('buyer', home, p.rng.int(21, 60), start, surname));
  for (const b of buyers) scatter(p, shop(p, b, dealers, start, span, p.rng.int(2, 5), p.rng.int(1, 3)), o.outcome);
  if (params.familyTies) for (let i = 1; i < buyers.length; i++) p.associate(buyers[0]!, buyers[i]!, 'FAMILY', start - 3000);
}

/** A partner buying for a prohibited boyfriend: a few handguns, recovered from him, in-state, soon. */
export function prohibitedPartner(p: Planter): void {
  const source = sourceState(p, 2);
  const span = p.rng.int(30, 360);
  const start = startDay(p, span);
  const city = p.city(source);
  const params = {
    source,
    span,
    guns: p.rng.int(2, 5),
    recoverShare: round(p.rng.real(0.5, 1)),
    partnerShare: 0.8,
    tie: p.rng.chance(0.5),
    ttcMedian: p.rng.int(30, 250),
  };
  p.begin('BLIND_PROHIBITED_PARTNER', true, params);
  const b = p.person('buyer', p.address(source, city), p.rng.int(21, 30), start);
  const partner = p.person('hub', p.address(source, city), p.rng.int(19, 32), start);
  const guns = shop(p, b, p.dealers(source, p.rng.int(1, 2)), start, span, params.guns, p.rng.int(1, 3));
  scatter(p, guns, {
    recoverShare: params.recoverShare,
    ttcMedian: params.ttcMedian,
    ttcSigma: 0.7,
    possessorShare: params.partnerShare,
    place: () => ({ state: source, city }),
    holder: () => partner,
  });
  if (params.tie) p.associate(b, partner, 'DOMESTIC_INCIDENT', start - 200);
}
