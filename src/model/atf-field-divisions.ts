/**
 * ATF's 25 field divisions and the states (USPS codes) each covers, the one place the service
 * maps an agency to its division (atf.gov, "Field Divisions"). Three states are split between two
 * divisions along federal judicial districts; for those, the counties (Census FIPS, 3 digits) of
 * the smaller part are listed and the rest of the state goes to `division`:
 * - Florida: the Southern District (Miami-Dade, Broward, Palm Beach, Monroe, Martin, St. Lucie,
 *   Indian River, Okeechobee, Highlands) is Miami; the Middle and Northern Districts are Tampa.
 * - California: the Central and Southern Districts are Los Angeles; the rest is San Francisco.
 * - Texas: Dallas covers the Northern District's main counties (Dallas-Fort Worth, Lubbock,
 *   Amarillo, Abilene, Wichita Falls) and the Eastern District's Tyler and Texarkana; the rest of
 *   Texas is Houston. SIMPLIFICATION: only the division's main county list is given (docs/metrics.md).
 * Illinois is assigned whole to Chicago (southern Illinois field offices are not split out).
 * KNOWN ERRORS, left until atf.gov's county lists can be read (docs/metrics.md, "How far the mapping
 * is verified"): Columbus covers only part of Indiana, and Houston holds 99 Texas counties, not ~236.
 */
export interface FieldDivision {
  name: string;
  /** States the division covers (for a split state, all but the counties COUNTY_SPLITS gives another division). */
  states: string[];
  /** States of which it covers only the counties listed in COUNTY_SPLITS. */
  partOf?: string[];
}

export const FIELD_DIVISIONS: readonly FieldDivision[] = [
  { name: 'Atlanta', states: ['GA'] },
  { name: 'Baltimore', states: ['MD', 'DE'] },
  { name: 'Boston', states: ['MA', 'CT', 'ME', 'NH', 'RI', 'VT'] },
  { name: 'Charlotte', states: ['NC', 'SC'] },
  { name: 'Chicago', states: ['IL'] },
  { name: 'Columbus', states: ['OH', 'IN'] },
  { name: 'Dallas', states: ['OK'], partOf: ['TX'] },
  { name: 'Denver', states: ['CO', 'MT', 'UT', 'WY'] },
  { name: 'Detroit', states: ['MI'] },
  { name: 'Houston', states: ['TX'] },
  { name: 'Kansas City', states: ['MO', 'KS', 'IA', 'NE'] },
  { name: 'Los Angeles', states: [], partOf: ['CA'] },
  { name: 'Louisville', states: ['KY', 'WV'] },
  { name: 'Miami', states: ['PR', 'VI'], partOf: ['FL'] },
  { name: 'Nashville', states: ['TN', 'AL'] },
  { name: 'New Orleans', states: ['LA', 'MS', 'AR'] },
  { name: 'New York', states: ['NY'] },
  { name: 'Newark', states: ['NJ'] },
  { name: 'Philadelphia', states: ['PA'] },
  { name: 'Phoenix', states: ['AZ', 'NM'] },
  { name: 'San Francisco', states: ['CA', 'NV'] },
  { name: 'Seattle', states: ['WA', 'OR', 'ID', 'AK', 'HI', 'GU'] },
  { name: 'St. Paul', states: ['MN', 'WI', 'ND', 'SD'] },
  { name: 'Tampa', states: ['FL'] },
  { name: 'Washington', states: ['DC', 'VA'] },
];

/** Counties (FIPS) of a split state that belong to another division than the state's. */
export const COUNTY_SPLITS: Readonly<Record<string, { stateFips: string; division: string; counties: readonly string[] }>> = {
  FL: { stateFips: '12', division: 'Miami', counties: ['086', '011', '099', '087', '085', '111', '061', '093', '055'] },
  CA: { stateFips: '06', division: 'Los Angeles', counties: ['037', '059', '065', '071', '111', '083', '079', '073', '025'] },
  TX: {
    stateFips: '48',
    division: 'Dallas',
    // Dallas, Tarrant, Collin, Denton, Ellis, Johnson, Kaufman, Parker, Rockwall, Hunt, Lubbock,
    // Potter, Randall, Taylor, Wichita, Smith, Gregg, Bowie.
    counties: ['113', '439', '085', '121', '139', '251', '257', '367', '397', '231', '303', '375', '381', '441', '485', '423', '183', '037'],
  },
};

const byState = new Map(FIELD_DIVISIONS.flatMap((d) => d.states.map((s) => [s, d.name] as const)));
export const FIELD_DIVISION_NAMES: readonly string[] = FIELD_DIVISIONS.map((d) => d.name);

/**
 * The field division of an agency from its state and, in a split state, its county (FIPS, 3
 * digits; null when unknown: the state's division). Null for a state no division covers.
 */
export function fieldDivisionOf(state: string | null, countyFips: string | null = null): string | null {
  if (!state) return null;
  const split = COUNTY_SPLITS[state];
  if (split && countyFips && split.counties.includes(countyFips)) return split.division;
  return byState.get(state) ?? null;
}
