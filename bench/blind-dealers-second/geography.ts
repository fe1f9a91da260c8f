/**
 * Where things happen: the backdrop's police agencies grouped by state, approximate state
 * centroids (public geographic knowledge, rounded to a tenth of a degree) for coordinates, and
 * "near" and "far" states by centroid distance. Trafficked guns travel far (the interstate
 * corridors of ATF's NFCTA Vol. II/III); guns sold near a border often cross it a short way.
 */
import type { AgencyRecord } from '../../src/import/record.types.js';
import type { Rng } from './random.js';

const CENTROIDS: Record<string, [number, number]> = {
  AL: [32.8, -86.8],
  AK: [61.4, -150.0],
  AZ: [34.2, -111.7],
  AR: [34.9, -92.4],
  CA: [37.2, -119.5],
  CO: [39.0, -105.5],
  CT: [41.6, -72.7],
  DE: [39.0, -75.5],
  DC: [38.9, -77.0],
  FL: [28.6, -82.4],
  GA: [32.7, -83.4],
  HI: [20.8, -156.3],
  ID: [44.4, -114.6],
  IL: [40.0, -89.2],
  IN: [39.9, -86.3],
  IA: [42.1, -93.5],
  KS: [38.5, -98.4],
  KY: [37.5, -85.3],
  LA: [31.1, -92.0],
  ME: [45.4, -69.2],
  MD: [39.0, -76.8],
  MA: [42.3, -71.8],
  MI: [44.3, -85.4],
  MN: [46.3, -94.3],
  MS: [32.7, -89.7],
  MO: [38.4, -92.5],
  MT: [47.0, -109.6],
  NE: [41.5, -99.8],
  NV: [39.3, -116.6],
  NH: [43.7, -71.6],
  NJ: [40.2, -74.7],
  NM: [34.4, -106.1],
  NY: [42.9, -75.5],
  NC: [35.6, -79.4],
  ND: [47.5, -100.5],
  OH: [40.3, -82.8],
  OK: [35.6, -97.5],
  OR: [43.9, -120.6],
  PA: [40.9, -77.8],
  RI: [41.7, -71.5],
  SC: [33.9, -80.9],
  SD: [44.4, -100.2],
  TN: [35.9, -86.4],
  TX: [31.5, -99.3],
  UT: [39.3, -111.7],
  VT: [44.1, -72.7],
  VA: [37.5, -78.8],
  WA: [47.4, -120.5],
  WV: [38.6, -80.6],
  WI: [44.6, -89.9],
  WY: [43.0, -107.5],
  PR: [18.2, -66.5],
};
const FALLBACK: [number, number] = [39.5, -98.4];

export const centroidOf = (state: string): [number, number] => CENTROIDS[state] ?? FALLBACK;

/** Rough great-circle distance in km between two state centroids. */
function distanceKm(a: string, b: string): number {
  const [la1, lo1] = centroidOf(a);
  const [la2, lo2] = centroidOf(b);
  const rad = Math.PI / 180;
  const x = (lo2 - lo1) * rad * Math.cos(((la1 + la2) / 2) * rad);
  const y = (la2 - la1) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

export interface Place {
  state: string;
  city: string;
  latitude: number;
  longitude: number;
}

export class Atlas {
  private readonly byState = new Map<string, AgencyRecord[]>();
  readonly states: string[];

  constructor(agencies: readonly AgencyRecord[]) {
    for (const a of agencies) {
      const list = this.byState.get(a.state) ?? [];
      list.push(a);
      this.byState.set(a.state, list);
    }
    this.states = [...this.byState.keys()].sort();
    if (!this.states.length) throw new Error('the backdrop has no agencies to recover guns');
  }

  agenciesIn(state: string): AgencyRecord[] {
    return this.byState.get(state) ?? [];
  }

  /** An agency of the state, or of the nearest state that has one. */
  agency(rng: Rng, state: string): AgencyRecord {
    const own = this.agenciesIn(state);
    return rng.pick(own.length ? own : this.agenciesIn(this.nearest(state, 1)[0]!));
  }

  /** Other states with agencies, nearest first. */
  nearest(state: string, count: number): string[] {
    return this.states
      .filter((s) => s !== state)
      .sort((a, b) => distanceKm(state, a) - distanceKm(state, b))
      .slice(0, Math.max(1, count));
  }

  /** A state from the farthest third of states with agencies: a trafficking destination. */
  farState(rng: Rng, state: string): string {
    const others = this.states.filter((s) => s !== state).sort((a, b) => distanceKm(state, b) - distanceKm(state, a));
    if (!others.length) return state;
    return rng.pick(others.slice(0, Math.max(1, Math.ceil(others.length / 3))));
  }

  /** A point in the agency's state, near its centroid, with a street address in the agency's city. */
  placeNear(rng: Rng, agency: AgencyRecord): Place & { address: string } {
    const [lat, lon] = centroidOf(agency.state);
    return {
      state: agency.state,
      city: agency.city,
      latitude: round(lat + rng.between(-0.6, 0.6)),
      longitude: round(lon + rng.between(-0.6, 0.6)),
      address: streetAddress(rng),
    };
  }
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

const STREETS = [
  'Main St',
  'Oak Ave',
  'Elm St',
  'Market St',
  'Route 9',
  'Highway 61',
  'Pine Rd',
  'Lincoln Blvd',
  'Maple Dr',
  'Cedar Ln',
  'Church St',
  'Mill Rd',
];
export const streetAddress = (rng: Rng) => `${rng.int(10, 9899)} ${rng.pick(STREETS)}`;
