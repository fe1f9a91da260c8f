import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTY_SPLITS, fieldDivisionOf } from '../model/atf-field-divisions.js';
import type { AgencyRow } from './metric-cells.compute.js';

const require = createRequire(import.meta.url);
let counties: Map<string, Feature[]> | null = null;

/** Census county shapes (us-atlas, 1:10m) of the split states, by state FIPS; loaded once, only when needed. */
function countiesOf(stateFips: string): Feature[] {
  if (!counties) {
    const topo = require('us-atlas/counties-10m.json') as Topology<{ counties: GeometryCollection }>;
    const all = feature(topo, topo.objects.counties) as FeatureCollection;
    const wanted = new Set(Object.values(COUNTY_SPLITS).map((s) => s.stateFips));
    counties = new Map();
    for (const f of all.features) {
      const st = String(f.id).slice(0, 2);
      if (wanted.has(st)) counties.set(st, [...(counties.get(st) ?? []), f]);
    }
  }
  return counties.get(stateFips) ?? [];
}

/** The county (FIPS, 3 digits) containing a point of a state, or null. */
export function countyAt(stateFips: string, latitude: number, longitude: number): string | null {
  const hit = countiesOf(stateFips).find((f) => geoContains(f, [longitude, latitude]));
  return hit ? String(hit.id).slice(2) : null;
}

/**
 * Each agency's ATF field division. Agencies carry a state but no county, so in a state that two
 * divisions share the county is taken from where the agency's scenes are (their mean location,
 * the point the dashboard map draws it at); an agency without located scenes there gets the
 * state's division.
 */
export function withFieldDivisions<T extends AgencyRow>(agencies: T[]): T[] {
  return agencies.map((a) => {
    const split = a.state ? COUNTY_SPLITS[a.state] : undefined;
    const county = split && a.latitude != null && a.longitude != null ? countyAt(split.stateFips, a.latitude, a.longitude) : null;
    return { ...a, division: fieldDivisionOf(a.state, county) };
  });
}
