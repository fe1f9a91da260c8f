import { createRequire } from 'node:module';
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTY_SPLITS, fieldDivisionOf } from './atf-field-divisions.js';

const require = createRequire(import.meta.url);
/** A county shape and its bounding box ([[west, south], [east, north]]), so most points skip the polygon test. */
interface County {
  feature: Feature;
  bounds: [[number, number], [number, number]];
}
let counties: Map<string, County[]> | null = null;

/** Census county shapes (us-atlas, 1:10m) of the split states, by state FIPS; loaded once, only when needed. */
function countiesOf(stateFips: string): County[] {
  if (!counties) {
    const topo = require('us-atlas/counties-10m.json') as Topology<{ counties: GeometryCollection }>;
    const all = feature(topo, topo.objects.counties) as FeatureCollection;
    const wanted = new Set(Object.values(COUNTY_SPLITS).map((s) => s.stateFips));
    counties = new Map();
    for (const f of all.features) {
      const st = String(f.id).slice(0, 2);
      if (!wanted.has(st)) continue;
      const county = { feature: f, bounds: geoBounds(f) };
      const list = counties.get(st);
      if (list) list.push(county);
      else counties.set(st, [county]);
    }
  }
  return counties.get(stateFips) ?? [];
}

/** The county (FIPS, 3 digits) containing a point of a state, or null. */
export function countyAt(stateFips: string, latitude: number, longitude: number): string | null {
  // None of the split states crosses the antimeridian, so a plain box test is exact as a filter.
  const hit = countiesOf(stateFips).find(
    ({ feature: f, bounds: [[w, s], [e, n]] }) => longitude >= w && longitude <= e && latitude >= s && latitude <= n && geoContains(f, [longitude, latitude]),
  );
  return hit ? String(hit.feature.id).slice(2) : null;
}

/**
 * The ATF field division of a place in a state. Only three states are split between two
 * divisions (by county); there the county is looked up from the point, elsewhere the state
 * decides. No point in a split state: the state's division.
 */
export function divisionAt(state: string | null, latitude: number | null | undefined, longitude: number | null | undefined): string | null {
  const split = state ? COUNTY_SPLITS[state] : undefined;
  const county = split && latitude != null && longitude != null ? countyAt(split.stateFips, latitude, longitude) : null;
  return fieldDivisionOf(state, county);
}
