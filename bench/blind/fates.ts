/**
 * Shared steps of the trafficking shapes: when a case starts, how its buyers shop, and where its
 * guns end up. Time-to-crime is log-normal (long-tailed, as in ATF trace data); a gun whose
 * recovery would fall after the background's last recovery is simply not recovered yet.
 */
import { dayOf, SOURCE_STATES, type Dealer, type Planter } from './kit.js';

/** A case's first purchase day: early enough that its guns can reach the recovery window. */
export function startDay(p: Planter, spanDays: number, earliest = p.bg.firstRecovery - 150): number {
  const latest = Math.max(earliest + 1, p.bg.lastRecovery - spanDays - 90);
  return p.rng.int(Math.max(earliest, dayOf('2019-01-01')), latest);
}

/** A source state with enough busy dealers. */
export function sourceState(p: Planter, minDealers = 4): string {
  const ok = SOURCE_STATES.filter((s) => (p.bg.dealersByState.get(s)?.length ?? 0) >= minDealers);
  return p.rng.pick(ok);
}

/**
 * Purchase events of one buyer: `guns` handguns in `events` visits spread over `span` days, each
 * visit at one of `dealers`. Visits never fall on the same day.
 */
export function shop(p: Planter, buyer: string, dealers: Dealer[], start: number, span: number, guns: number, events: number) {
  const k = Math.max(1, Math.min(events, guns));
  const days = new Set<number>();
  while (days.size < k) days.add(start + p.rng.int(0, Math.max(k, span)));
  const sorted = [...days].sort((a, b) => a - b);
  const counts = sorted.map(() => 1);
  for (let i = k; i < guns; i++) counts[p.rng.int(0, k - 1)]! += 1;
  return sorted.flatMap((d, i) => p.buy(buyer, p.rng.pick(dealers), d, counts[i]!));
}

export interface Outcome {
  /** Share of the guns police recover (within the data window). */
  recoverShare: number;
  ttcMedian: number;
  ttcSigma: number;
  /** Share of recoveries with a possessor recorded. */
  possessorShare: number;
  /** Where recovered: state and city. */
  place: () => { state: string; city: string };
  /** Who held a recovered gun (when recorded). */
  holder: () => string;
}

/** Recovers each gun with the outcome's chances; returns how many were recovered. */
export function scatter(p: Planter, guns: Array<{ id: string; day: number }>, o: Outcome): number {
  let n = 0;
  for (const g of guns) {
    if (!p.rng.chance(o.recoverShare)) continue;
    const at = o.place();
    const holder = p.rng.chance(o.possessorShare) ? o.holder() : null;
    if (p.recover(g, g.day + p.rng.logNormalDays(o.ttcMedian, o.ttcSigma), at.state, at.city, holder)) n++;
  }
  return n;
}

/** A pool of `n` people living in `state` (street possessors of a destination market), drawn lazily. */
export function possessorPool(p: Planter, state: string, city: string, n: number, onDay: number): () => string {
  const pool: string[] = [];
  return () => {
    if (pool.length < n && (pool.length === 0 || p.rng.chance(0.6))) pool.push(p.person('possessor', p.address(state, city), p.rng.int(17, 34), onDay));
    return p.rng.pick(pool);
  };
}

/** Draws the shared parameters of a ring's outcome: interstate or not, a destination city, TTC. */
export function ringOutcome(p: Planter, source: string, interstateP: number, start: number, poolSize: [number, number], ttc: [number, number]) {
  const interstate = p.rng.chance(interstateP);
  const state = p.destination(source, interstate);
  const city = p.city(state);
  const params = {
    interstate,
    destination: `${city}, ${state}`,
    recoverShare: round(p.rng.real(0.3, 0.9)),
    possessorShare: round(p.rng.real(0.4, 0.95)),
    ttcMedian: p.rng.int(ttc[0], ttc[1]),
    ttcSigma: round(p.rng.real(0.5, 1.0)),
    pool: p.rng.int(poolSize[0], poolSize[1]),
  };
  const holder = possessorPool(p, state, city, params.pool, start);
  const outcome: Outcome = { ...params, place: () => ({ state, city }), holder };
  return { params, outcome, state, city };
}

export const round = (x: number) => Math.round(x * 100) / 100;
