import { distanceKm } from '../common/geo.js';
import type { GeoPoint } from '../common/geo-point.type.js';

/**
 * Where an agency's untraced guns come from, learned from the traces with distance (the dealer mix
 * of src/coverage/coverage-mix.ts). Crime guns are mostly recovered near where they were sold (ATF
 * trace data), so the guns an agency recovers come mostly from the dealers near it, and a dealer
 * whose neighbouring departments rarely trace is under-observed as a rule: the holes the DOJ-IG
 * Frontline review describes are geographic. A state's traced dealer mix is then biased towards
 * the dealers near agencies that trace, and spreads an agency's untraced guns over the whole state.
 *
 * Routine traces are a fair sample of each agency's guns (missing at random given the agency: the
 * estimator's own assumption), so a gun recovered by agency a came from dealer d with probability
 * π(d | a) = λ(d) · g(band(d, a)) / Σ λ g over the dealers of a's state, whatever a's trace rate:
 * λ(d) the dealer's pull, g the decay with distance (bands of DISTANCE_BAND_EDGES_KM). Both are
 * fitted to the traced pairs (a Poisson model with one intercept per agency, by iterative
 * proportional scaling; one pseudo-pair per band, so a band nothing reaches reads near 0, not 0/0).
 * λ is what corrects the bias: a dealer traced rarely because its neighbours rarely trace still
 * takes its share of their untraced guns. Where guns travel as the state mix says, π is the state
 * mix and nothing changes.
 *
 * The weight of dealer d at agency a is π(d | a) / p(d | s), p the traced share (what the mix uses
 * without distance), so an agency's guns are moved between dealers, never created. An agency's place
 * is the centroid of its recoveries; a dealer's its premises. Without an agency's place its weights
 * are 1; a dealer without a place takes g = 1.
 */
export const DISTANCE_BAND_EDGES_KM = [10, 25, 50, 100, 200, 400];
const PSEUDO_PAIRS = 1;
const MAX_ROUNDS = 200;

export interface DecayAgency {
  ori: string;
  state: string;
  place: GeoPoint | null;
  /** Routine traces resolved to each dealer. */
  byDealer: ReadonlyMap<string, number>;
}

export interface DistanceDecay {
  /** g per band, in the order of DISTANCE_BAND_EDGES_KM (the last band open). */
  decay: number[];
  /** Weight of dealer `license` among agency `ori`'s guns (1 where no place is known). */
  weight(ori: string, license: string): number;
}

export const bandOf = (km: number) => {
  let b = 0;
  while (b < DISTANCE_BAND_EDGES_KM.length && km >= DISTANCE_BAND_EDGES_KM[b]!) b += 1;
  return b;
};

/** A state's resolved dealer mix, shared by its agencies: dealer index, traced share p'(d | s), position by licence. */
interface StateDealers {
  dealer: Int32Array;
  share: Float64Array;
  position: Map<string, number>;
}

interface AgencyBands {
  ori: string;
  resolved: number;
  mix: StateDealers;
  /** The band of each dealer of the state's mix from this agency (-1: no place). */
  band: Int8Array;
  /** Σ λ g over the state's dealers, once fitted. */
  z: number;
}

export function distanceDecay(agencies: readonly DecayAgency[], dealerPlace: ReadonlyMap<string, GeoPoint>): DistanceDecay {
  const traced = new Map<string, Map<string, number>>();
  for (const a of agencies) {
    let m = traced.get(a.state);
    if (!m) traced.set(a.state, (m = new Map()));
    for (const [d, n] of a.byDealer) m.set(d, (m.get(d) ?? 0) + n);
  }
  const index = new Map<string, number>();
  const licenses: string[] = [];
  const idOf = (license: string) => {
    let i = index.get(license);
    if (i === undefined) index.set(license, (i = licenses.push(license) - 1));
    return i;
  };
  // λ(d): the dealer's weight among the guns recovered near it, whoever traces them; starts at its traced share.
  const volume: number[] = [];
  const mixes = new Map<string, StateDealers>();
  for (const [state, m] of traced) {
    const total = [...m.values()].reduce((x, y) => x + y, 0);
    if (total === 0) continue;
    const mix: StateDealers = { dealer: new Int32Array(m.size), share: new Float64Array(m.size), position: new Map() };
    let j = 0;
    for (const [license, n] of m) {
      const i = idOf(license);
      mix.dealer[j] = i;
      mix.share[j] = n / total;
      mix.position.set(license, j);
      volume[i] = n / total;
      j += 1;
    }
    mixes.set(state, mix);
  }
  const observed = new Float64Array(DISTANCE_BAND_EDGES_KM.length + 1);
  const tracedAtPlaced = new Float64Array(licenses.length);
  const bands = agencies.flatMap((a): AgencyBands[] => {
    const mix = mixes.get(a.state);
    if (!a.place || !mix) return [];
    const place = a.place;
    const row: AgencyBands = { ori: a.ori, resolved: 0, mix, band: new Int8Array(mix.dealer.length), z: 0 };
    for (let j = 0; j < mix.dealer.length; j++) {
      const license = licenses[mix.dealer[j]!]!;
      const at = dealerPlace.get(license);
      const t = a.byDealer.get(license) ?? 0;
      row.band[j] = at ? bandOf(distanceKm(place, at)) : -1;
      if (row.band[j]! >= 0) observed[row.band[j]!] += t;
      tracedAtPlaced[mix.dealer[j]!] += t;
      row.resolved += t;
    }
    return [row];
  });
  const g = new Float64Array(observed.length).fill(1);
  const pull = (a: AgencyBands, j: number) => volume[a.mix.dealer[j]!]! * (a.band[j]! >= 0 ? g[a.band[j]!]! : 1);
  const norm = (a: AgencyBands) => {
    let z = 0;
    for (let j = 0; j < a.band.length; j++) z += pull(a, j);
    return z;
  };
  const expected = new Float64Array(licenses.length);
  const exposure = new Float64Array(g.length);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // Expected traces per dealer and per band under the current λ and g: a Poisson model of the
    // traced pairs with one intercept per agency, fitted by iterative proportional scaling.
    expected.fill(0);
    exposure.fill(0);
    for (const a of bands) {
      const z = norm(a);
      if (z <= 0) continue;
      for (let j = 0; j < a.band.length; j++) {
        const e = (a.resolved * pull(a, j)) / z;
        expected[a.mix.dealer[j]!] += e;
        if (a.band[j]! >= 0) exposure[a.band[j]!] += e / g[a.band[j]!]!;
      }
    }
    let moved = 0;
    for (let i = 0; i < licenses.length; i++) {
      if (expected[i]! <= 0) continue;
      const next = (volume[i]! * tracedAtPlaced[i]!) / expected[i]!;
      moved = Math.max(moved, Math.abs(next - volume[i]!) / Math.max(next, 1e-12));
      volume[i] = next;
    }
    for (let b = 0; b < g.length; b++) {
      const next = (observed[b]! + PSEUDO_PAIRS) / (exposure[b]! + PSEUDO_PAIRS);
      moved = Math.max(moved, Math.abs(next - g[b]!));
      g[b] = next;
    }
    if (moved < 1e-6) break;
  }
  const byOri = new Map<string, AgencyBands>();
  for (const a of bands) {
    a.z = norm(a);
    if (a.z > 0) byOri.set(a.ori, a);
  }
  return {
    decay: [...g],
    weight: (ori, license) => {
      const a = byOri.get(ori);
      const j = a?.mix.position.get(license);
      return a && j !== undefined ? pull(a, j) / a.z / a.mix.share[j]! : 1;
    },
  };
}
