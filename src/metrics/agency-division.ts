import { divisionAt } from '../model/division-at.js';
import type { AgencyRow } from './metric-cells.compute.js';

/**
 * Each agency's ATF field division. Agencies carry a state but no county, so in a state that two
 * divisions share the county is taken from where the agency's scenes are (their mean location,
 * the point the dashboard map draws it at); an agency without located scenes there gets the
 * state's division.
 */
export function withFieldDivisions<T extends AgencyRow>(agencies: T[]): T[] {
  return agencies.map((a) => ({ ...a, division: divisionAt(a.state, a.latitude, a.longitude) }));
}
