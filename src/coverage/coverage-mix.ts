import type { GeoPoint } from '../common/geo-point.type.js';
import { stateOfOri } from '../common/ori.js';
import type { RecoveryRow } from '../metrics/metric-cells.compute.js';
import { distanceDecay, type DistanceDecay } from './coverage-distance.js';

/**
 * Where a dealer's untraced crime guns are. Only a trace reveals a recovered gun's dealer, so the
 * guns an agency recovers and does not trace have no dealer in the graph (DOJ-IG, Frontline: the
 * departments that trace few guns leave "huge holes" in what ATF knows about dealers). This model
 * shares each agency's untraced guns out among dealers:
 *
 * - **Dealer mix of a state.** The traced guns recovered in a state (NCIC: the ORI's first two
 *   letters) show which dealers supply that state's crime guns: p(d | s) = T(d, s) / Tr(s), with
 *   T(d, s) the routine traces resolved to dealer d and Tr(s) every routine trace in s (resolved or
 *   not, so a share of the untraced guns stays with no dealer, as traced ones do). Whether an agency
 *   traces a gun does not depend on who sold it (missing at random given the agency), so every
 *   routine trace is a fair draw from the mix.
 * - **Prior for agency a:** λ(d, a) ~ Gamma(mean m = R(a) · p(d | s), shape κ): R(a) the agency's
 *   routine recoveries. κ says how far one agency's supply departs from its state's (guns recovered
 *   near where they were sold make it small); it is estimated from the data (method of moments on
 *   the traces: Var T = μ + μ²/κ, the negative binomial), never set by hand.
 * - **Posterior:** the agency traced T(d, a) of them at its rate r(a), so λ | T ~ Gamma(κ + T,
 *   κ/m + r), and its untraced guns of d, Poisson(λ (1 − r)) given λ, have mean
 *   (1 − r)(κ + T)/(κ/m + r). With κ → 0 this is Horvitz–Thompson (T/r per agency); with κ → ∞
 *   it is the state mix. An agency that never traces still gets its share, where HT gives nothing.
 *
 * - **Distance** (src/coverage/coverage-distance.ts): where the recoveries' and the dealers' places
 *   are known, the prior mean is m = R(a) · p(d | s) · w(d, a), with w the decay of how far the
 *   traced guns travelled from their dealer, normalised per agency (flat, w = 1, when guns travel
 *   as the state mix says). κ is then the departure the distance does not explain.
 *
 * Guns of reported networks (`investigated`) were traced by an investigation whatever the agency's
 * routine: they count as observed and stay out of the rates, the mix and κ.
 */
export interface MixEstimate {
  license: string;
  /** Traces resolved to the dealer (routine and investigated). */
  traced: number;
  /** Posterior mean of its recovered crime guns, traced + untraced. */
  estimated: number;
  /**
   * Variance of the untraced part: the spread of the count around its mean, plus the uncertainty
   * of the dealer's share p(d | s), itself estimated from T(d, s) traces (Poisson, delta method).
   */
  variance: number;
}

interface AgencyTally {
  ori: string;
  state: string;
  recoveries: number;
  traced: number;
  /** Routine traces resolved to each dealer. */
  byDealer: Map<string, number>;
  /** Sums for the centroid of its recoveries' places. */
  latitudeSum: number;
  longitudeSum: number;
  placed: number;
}

/** A weight of dealer d among agency a's guns; 1 everywhere without distance. */
export type MixWeight = (ori: string, license: string) => number;
const FLAT: MixWeight = () => 1;

function tally(recoveries: readonly RecoveryRow[], investigated: ReadonlySet<string>) {
  const agencies = new Map<string, AgencyTally>();
  const certain = new Map<string, number>();
  const dealerPlace = new Map<string, GeoPoint>();
  for (const r of recoveries) {
    const trace = r.traces.find((t) => t.license);
    const license = trace?.license ?? null;
    if (license && trace!.dealerLatitude != null && trace!.dealerLongitude != null)
      dealerPlace.set(license, { latitude: trace!.dealerLatitude, longitude: trace!.dealerLongitude });
    if (r.firearmId !== null && investigated.has(r.firearmId)) {
      if (license) certain.set(license, (certain.get(license) ?? 0) + 1);
      continue;
    }
    let a = agencies.get(r.ori);
    if (!a)
      agencies.set(
        r.ori,
        (a = { ori: r.ori, state: stateOfOri(r.ori), recoveries: 0, traced: 0, byDealer: new Map(), latitudeSum: 0, longitudeSum: 0, placed: 0 }),
      );
    a.recoveries += 1;
    if (r.latitude != null && r.longitude != null) {
      a.latitudeSum += r.latitude;
      a.longitudeSum += r.longitude;
      a.placed += 1;
    }
    if (r.traces.some((t) => t.requestedMs !== null)) a.traced += 1;
    if (license) a.byDealer.set(license, (a.byDealer.get(license) ?? 0) + 1);
  }
  return { agencies: [...agencies.values()], certain, dealerPlace };
}

function decayOf(agencies: readonly AgencyTally[], dealerPlace: ReadonlyMap<string, GeoPoint>): DistanceDecay {
  return distanceDecay(
    agencies.map((a) => ({
      ori: a.ori,
      state: a.state,
      place: a.placed > 0 ? { latitude: a.latitudeSum / a.placed, longitude: a.longitudeSum / a.placed } : null,
      byDealer: a.byDealer,
    })),
    dealerPlace,
  );
}

interface StateMix {
  agencies: AgencyTally[];
  traced: number;
  byDealer: Map<string, number>;
}

function mixes(agencies: readonly AgencyTally[]): Map<string, StateMix> {
  const out = new Map<string, StateMix>();
  for (const a of agencies) {
    let s = out.get(a.state);
    if (!s) out.set(a.state, (s = { agencies: [], traced: 0, byDealer: new Map() }));
    s.agencies.push(a);
    s.traced += a.traced;
    for (const [d, n] of a.byDealer) s.byDealer.set(d, (s.byDealer.get(d) ?? 0) + n);
  }
  return out;
}

/** What κ is estimated from: each state's routine traces by dealer, and each of its agencies'. */
export interface ShapeState {
  traced: number;
  byDealer: ReadonlyMap<string, number>;
  agencies: ReadonlyArray<{ ori: string; traced: number; byDealer: ReadonlyMap<string, number> }>;
}

/**
 * 1/κ by the method of moments over every (dealer, agency) pair of a state: the expected routine
 * traces of d at a are μ = Tr(a) · p(d | s) · w(d, a); Σ[(T − μ)² − μ] / Σ μ² (never below 0). Pairs
 * with no trace count with T = 0, summed over the state's dealers per agency.
 */
export function inverseShape(states: ReadonlyMap<string, ShapeState>, weight: MixWeight = FLAT): number {
  let excess = 0;
  let scale = 0;
  for (const s of states.values()) {
    if (s.traced === 0) continue;
    for (const a of s.agencies) {
      for (const [d, n] of s.byDealer) {
        const mu = (a.traced * n * weight(a.ori, d)) / s.traced;
        const t = a.byDealer.get(d) ?? 0;
        scale += mu * mu;
        excess += (t - mu) ** 2 - mu;
      }
    }
  }
  return scale > 0 ? Math.max(0, excess / scale) : 0;
}

export function estimateByMix(recoveries: readonly RecoveryRow[], investigated: ReadonlySet<string> = new Set()): MixEstimate[] {
  const { agencies, certain, dealerPlace } = tally(recoveries, investigated);
  const states = mixes(agencies);
  const weight = decayOf(agencies, dealerPlace).weight;
  const invKappa = inverseShape(states, weight);
  const out = new Map<string, MixEstimate>();
  const entry = (license: string) => {
    let e = out.get(license);
    if (!e) out.set(license, (e = { license, traced: 0, estimated: 0, variance: 0 }));
    return e;
  };
  for (const s of states.values()) {
    if (s.traced === 0) continue;
    for (const [d, n] of s.byDealer) {
      const e = entry(d);
      const p = n / s.traced;
      // d(untraced mean)/dp summed over the state's agencies, for the share's own uncertainty.
      let slope = 0;
      for (const a of s.agencies) {
        const t = a.byDealer.get(d) ?? 0;
        const r = a.recoveries > 0 ? a.traced / a.recoveries : 1;
        const w = weight(a.ori, d);
        const m = a.recoveries * p * w;
        e.traced += t;
        e.estimated += t;
        if (r >= 1 || m === 0) continue;
        // Posterior mean and variance of the untraced count (negative binomial): κ → ∞ when 1/κ = 0.
        if (invKappa === 0) {
          e.estimated += (1 - r) * m;
          e.variance += (1 - r) * m;
          slope += (1 - r) * a.recoveries * w;
          continue;
        }
        const kappa = 1 / invKappa;
        const rate = kappa / m + r;
        const mean = ((1 - r) * (kappa + t)) / rate;
        e.estimated += mean;
        e.variance += mean + (mean * mean) / (kappa + t);
        slope += (((1 - r) * (kappa + t) * kappa) / (m * m * rate * rate)) * a.recoveries * w;
      }
      // Var p(d | s) = T(d, s) / Tr(s)² (T(d, s) Poisson).
      e.variance += (slope * slope * n) / (s.traced * s.traced);
    }
  }
  for (const [d, n] of certain) {
    const e = entry(d);
    e.traced += n;
    e.estimated += n;
  }
  return [...out.values()];
}
