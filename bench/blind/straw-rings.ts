/**
 * Straw-purchasing rings (ATF, Following the Gun, 2000: straw purchasing by associates was the
 * most frequent channel in its trafficking investigations; NFCTA vol. III, 2023: straw
 * purchasing remains the leading method, guns moving up the Iron Pipeline from GA/VA/SC/NC/FL to
 * NY/NJ/MA/MD markets).
 */
import { ringOutcome, round, scatter, shop, sourceState, startDay } from './fates.js';
import type { Planter } from './kit.js';

const buyerAge = (p: Planter) => (p.rng.chance(0.6) ? p.rng.int(21, 26) : p.rng.int(27, 45));

/**
 * A ring run by a broker who is in the records: several buyers, a few guns each, recovered from
 * the broker's street customers; some buyer–broker ties known (arrest reports, informants).
 */
export function strawRingWithBroker(p: Planter): void {
  const source = sourceState(p);
  const span = p.rng.int(30, 420);
  const start = startDay(p, span);
  const o = ringOutcome(p, source, 0.7, start, [2, 8], [45, 400]);
  const params = {
    source,
    span,
    buyers: p.rng.int(2, 7),
    dealers: p.rng.int(1, 4),
    gunsMax: p.rng.int(2, 6),
    assocShare: round(p.rng.real(0.4, 1)),
    ...o.params,
  };
  p.begin('BLIND_STRAW_RING_BROKER', true, params);
  const broker = p.person('hub', p.address(o.state, o.city), p.rng.int(22, 40), start);
  const dealers = p.dealers(source, params.dealers);
  const home = p.city(source);
  const buyers = Array.from({ length: params.buyers }, () => p.person('buyer', p.address(source, home), buyerAge(p), start));
  let tied = 0;
  buyers.forEach((b, i) => {
    const guns = p.rng.int(2, params.gunsMax);
    scatter(p, shop(p, b, dealers, start, span, guns, p.rng.int(1, 3)), {
      ...o.outcome,
      // The broker himself is sometimes caught with a gun of the ring.
      holder: () => (p.rng.chance(0.2) ? broker : o.outcome.holder()),
    });
    if (p.rng.chance(params.assocShare) || (i === buyers.length - 1 && tied === 0)) {
      p.associate(b, broker, p.rng.pick(['ARREST_REPORT', 'INFORMANT', 'FIELD_INTERVIEW']), start - p.rng.int(0, 400));
      tied++;
    }
  });
}

/** The same ring with nothing tying the buyers: no broker record, no associations; only where the guns end. */
export function strawRingNoTies(p: Planter): void {
  const source = sourceState(p);
  const span = p.rng.int(30, 420);
  const start = startDay(p, span);
  const o = ringOutcome(p, source, 0.7, start, [2, 8], [45, 400]);
  const params = { source, span, buyers: p.rng.int(2, 7), dealers: p.rng.int(1, 4), gunsMax: p.rng.int(2, 6), ...o.params };
  p.begin('BLIND_STRAW_RING_NO_TIES', true, params);
  const dealers = p.dealers(source, params.dealers);
  for (let i = 0; i < params.buyers; i++) {
    const b = p.person('buyer', p.address(source), buyerAge(p), start);
    scatter(p, shop(p, b, dealers, start, span, p.rng.int(2, params.gunsMax), p.rng.int(1, 3)), o.outcome);
  }
}

/** A recruiter who pays many people to buy one handgun each (one-time buyers); few ties on record. */
export function recruiterOneTimeBuyers(p: Planter): void {
  const source = sourceState(p);
  const span = p.rng.int(20, 240);
  const start = startDay(p, span);
  const o = ringOutcome(p, source, 0.6, start, [3, 10], [30, 300]);
  const params = { source, span, buyers: p.rng.int(5, 15), dealers: p.rng.int(1, 3), assocShare: round(p.rng.real(0, 0.3)), ...o.params };
  p.begin('BLIND_RECRUITER_ONE_TIME', true, params);
  const recruiter = p.person('hub', p.address(source), p.rng.int(23, 40), start);
  const dealers = p.dealers(source, params.dealers);
  for (let i = 0; i < params.buyers; i++) {
    const b = p.person('buyer', p.address(source), buyerAge(p), start);
    scatter(p, p.buy(b, p.rng.pick(dealers), start + p.rng.int(0, span), 1), o.outcome);
    if (p.rng.chance(params.assocShare)) p.associate(recruiter, b, 'INFORMANT', start);
  }
}

/**
 * Buyers who each spread their purchases over many stores, one gun per visit, to stay clear of
 * multiple-sale reports (a known evasion: Following the Gun, 2000; NFCTA vol. III on "store hopping").
 */
export function storeHoppers(p: Planter): void {
  const source = sourceState(p, 8);
  const span = p.rng.int(60, 540);
  const start = startDay(p, span);
  const o = ringOutcome(p, source, 0.7, start, [3, 10], [45, 400]);
  const params = {
    source,
    span,
    buyers: p.rng.int(2, 5),
    storesEach: p.rng.int(4, 8),
    broker: p.rng.chance(0.5),
    assocShare: round(p.rng.real(0, 0.5)),
    ...o.params,
  };
  p.begin('BLIND_STORE_HOPPERS', true, params);
  const broker = params.broker ? p.person('hub', p.address(o.state, o.city), p.rng.int(22, 40), start) : null;
  for (let i = 0; i < params.buyers; i++) {
    const b = p.person('buyer', p.address(source), buyerAge(p), start);
    const stores = p.dealers(source, params.storesEach);
    // One handgun per store, visits at least 8 days apart: never a multiple sale.
    const step = Math.max(8, Math.floor(span / stores.length));
    const guns = stores.flatMap((d, k) => p.buy(b, d, start + k * step + p.rng.int(0, Math.max(0, step - 8)), 1));
    scatter(p, guns, o.outcome);
    if (broker && p.rng.chance(params.assocShare)) p.associate(b, broker, 'SOCIAL_MEDIA', start);
  }
}

/**
 * A slow ring kept up over two to four years: each buyer buys a single handgun every few months,
 * so no purchase looks unusual; the guns keep surfacing in one market with TTC of one to three years.
 */
export function slowMultiYearRing(p: Planter): void {
  const source = sourceState(p);
  const span = p.rng.int(730, 1460);
  const start = startDay(p, span, p.bg.firstRecovery - 300);
  const o = ringOutcome(p, source, 0.6, start, [3, 12], [180, 700]);
  const params = {
    source,
    span,
    buyers: p.rng.int(3, 6),
    dealers: p.rng.int(1, 4),
    everyDays: p.rng.int(60, 200),
    assocShare: round(p.rng.real(0.3, 0.8)),
    ...o.params,
  };
  p.begin('BLIND_SLOW_MULTIYEAR_RING', true, params);
  const broker = p.person('hub', p.address(o.state, o.city), p.rng.int(25, 45), start);
  const dealers = p.dealers(source, params.dealers);
  for (let i = 0; i < params.buyers; i++) {
    const b = p.person('buyer', p.address(source), buyerAge(p), start);
    const guns = [];
    for (let d = start + p.rng.int(0, 60); d < start + span; d += params.everyDays + p.rng.int(-20, 20)) guns.push(...p.buy(b, p.rng.pick(dealers), d, 1));
    scatter(p, guns, o.outcome);
    if (p.rng.chance(params.assocShare)) p.associate(b, broker, 'ARREST_REPORT', start + p.rng.int(0, span));
  }
}
