/**
 * Where things happen: the background's states and cities, rough coordinates for them, street
 * addresses, police agency identifiers (ORIs), and the trafficking corridors the shapes use.
 */
import type { Background, Dealer } from '../blind-harness/trafficking.contract.js';
import type { Random } from './random.js';

/** Approximate population centres of the states and territories (WGS-84), written from memory: a jitter around them places cities. */
const CENTRES: Record<string, readonly [number, number]> = {
  AL: [32.8, -86.8],
  AK: [61.2, -149.9],
  AZ: [33.5, -112.0],
  AR: [34.8, -92.3],
  CA: [35.5, -119.5],
  CO: [39.6, -105.0],
  CT: [41.6, -72.7],
  DE: [39.5, -75.6],
  DC: [38.9, -77.0],
  FL: [28.1, -81.6],
  GA: [33.5, -84.2],
  HI: [21.3, -157.9],
  ID: [43.6, -116.2],
  IL: [41.6, -88.3],
  IN: [39.8, -86.2],
  IA: [41.9, -93.4],
  KS: [38.5, -97.4],
  KY: [37.9, -85.3],
  LA: [30.6, -91.4],
  ME: [44.1, -69.9],
  MD: [39.1, -76.8],
  MA: [42.3, -71.4],
  MI: [42.7, -84.0],
  MN: [44.9, -93.3],
  MS: [32.4, -89.7],
  MO: [38.6, -91.9],
  MT: [46.4, -110.5],
  NE: [41.1, -96.9],
  NV: [36.4, -115.5],
  NH: [43.0, -71.5],
  NJ: [40.4, -74.4],
  NM: [35.0, -106.4],
  NY: [41.5, -74.6],
  NC: [35.6, -79.5],
  ND: [47.0, -98.5],
  OH: [40.5, -82.7],
  OK: [35.6, -97.3],
  OR: [44.7, -122.7],
  PA: [40.5, -77.0],
  PR: [18.3, -66.3],
  RI: [41.8, -71.4],
  SC: [34.0, -81.0],
  SD: [43.9, -98.5],
  TN: [35.8, -86.4],
  TX: [31.0, -97.3],
  UT: [40.5, -111.9],
  VT: [44.3, -72.8],
  VA: [37.8, -77.8],
  WA: [47.4, -122.2],
  WV: [38.7, -80.9],
  WI: [43.6, -88.7],
  WY: [42.5, -106.8],
  GU: [13.4, 144.8],
  VI: [18.3, -64.9],
};

/** A stable small number from text, so one city always gets the same coordinates and police agency. */
function textHash(text: string): number {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0;
  return h;
}

/** Coordinates of a city: its state's centre moved by up to ±1° (stable per city), plus a block-level jitter. */
export function pointIn(state: string, city: string, rng: Random): { latitude: number; longitude: number } {
  const [lat, lon] = CENTRES[state] ?? [39.8, -98.6];
  const h = textHash(`${state}/${city}`);
  const latitude = lat + ((h % 2001) / 1000 - 1) + rng.float(-0.03, 0.03);
  const longitude = lon + ((Math.floor(h / 2001) % 2001) / 1000 - 1) + rng.float(-0.03, 0.03);
  return { latitude: Math.round(latitude * 1e5) / 1e5, longitude: Math.round(longitude * 1e5) / 1e5 };
}

/** The city police department's ORI: the state code and seven characters, stable per city. */
export const cityOri = (state: string, city: string): string => `${state}${String(textHash(city) % 100000).padStart(5, '0')}00`;

const STREETS = [
  'Oak',
  'Maple',
  'Pine',
  'Cedar',
  'Elm',
  'Walnut',
  'Chestnut',
  'Lincoln',
  'Washington',
  'Park',
  'Lake',
  'Hill',
  'Mill',
  'Church',
  'Spring',
  'Ridge',
];
const SUFFIXES = ['St', 'Ave', 'Rd', 'Dr', 'Ln', 'Blvd', 'Ct', 'Way'];

export const streetAddress = (rng: Random): string => `${rng.int(100, 9899)} ${rng.pick(STREETS)} ${rng.pick(SUFFIXES)}`;

/**
 * States where straw buyers shop in corridor cases, and states their guns go to. Trace studies
 * since ATF's Crime Gun Trace Reports (1999–2000) show guns flowing from states with few sale
 * restrictions (the "iron pipeline" along I-95 from GA, SC, NC, VA, PA; IN and WI into Chicago;
 * AZ, NV, TX west) into states with strict laws (NY, NJ, MA, IL, CA, MD, CT).
 */
export const SOURCE_STATES = ['GA', 'SC', 'NC', 'VA', 'PA', 'FL', 'IN', 'WI', 'OH', 'AZ', 'NV', 'TX', 'KY', 'TN', 'AL', 'MS', 'MO'];
export const DESTINATION_STATES = ['NY', 'NJ', 'MA', 'IL', 'CA', 'MD', 'CT', 'DC', 'RI', 'DE'];

/** The background as the shapes use it: states with both dealers and cities, and its dealers. */
export class Places {
  /** States with at least one busy dealer and one known city (a buyer lives near the stores). */
  readonly shopStates: string[];
  readonly cityStates: string[];

  constructor(readonly bg: Background) {
    this.shopStates = [...bg.dealersByState.keys()].filter((s) => (bg.citiesByState.get(s)?.length ?? 0) > 0).sort();
    if (!this.shopStates.length) this.shopStates = [...bg.allDealersByState.keys()].filter((s) => (bg.citiesByState.get(s)?.length ?? 0) > 0).sort();
    this.cityStates = [...bg.citiesByState.keys()].filter((s) => (bg.citiesByState.get(s)?.length ?? 0) > 0).sort();
    if (!this.shopStates.length || !this.cityStates.length) throw new Error('the background has no state with both dealers and cities');
  }

  city(state: string, rng: Random): string {
    const cities = this.bg.citiesByState.get(state);
    return cities?.length ? rng.pick(cities) : rng.pick(this.bg.citiesByState.get(rng.pick(this.cityStates))!);
  }

  /** Up to `n` distinct dealers of a state: busy stores by default, any store when `anySize` (small rural stores included). */
  dealers(state: string, n: number, rng: Random, anySize = false): Dealer[] {
    const busy = this.bg.dealersByState.get(state) ?? [];
    const all = this.bg.allDealersByState.get(state) ?? [];
    const pool = anySize || busy.length < n ? (all.length ? all : busy) : busy;
    return rng.sample(pool, n);
  }

  /** A dealer with few recorded sales (a small or rural store), or any dealer of the state when it has none. */
  smallDealer(state: string, rng: Random): Dealer {
    const all = this.bg.allDealersByState.get(state) ?? this.bg.dealersByState.get(state) ?? [];
    const small = all.filter((d) => d.sales < 30);
    return rng.pick(small.length ? small : all);
  }

  /** A source state for buying: one of the corridor sources when the background has it, else any shop state. */
  sourceState(rng: Random): string {
    const known = SOURCE_STATES.filter((s) => this.shopStates.includes(s));
    return known.length && rng.chance(0.8) ? rng.pick(known) : rng.pick(this.shopStates);
  }

  /** A destination for an interstate corridor from `source`: a strict-law state when available, never the source itself. */
  destinationState(source: string, rng: Random): string {
    const strict = DESTINATION_STATES.filter((s) => s !== source && this.cityStates.includes(s));
    if (strict.length && rng.chance(0.75)) return rng.pick(strict);
    const others = this.cityStates.filter((s) => s !== source);
    return others.length ? rng.pick(others) : source;
  }
}
