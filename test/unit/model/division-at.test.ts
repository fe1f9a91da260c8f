import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { fieldDivisionOf } from '../../../src/model/atf-field-divisions.js';
import { countyAt, divisionAt } from '../../../src/model/division-at.js';

const require = createRequire(import.meta.url);

const topo = require('us-atlas/counties-10m.json') as Topology<{ counties: GeometryCollection }>;
const all = feature(topo, topo.objects.counties) as FeatureCollection;

/** The county by testing every county shape of the state (no bounding-box filter). */
function countyByEveryShape(stateFips: string, latitude: number, longitude: number): string | null {
  const hit = all.features.find((f) => String(f.id).startsWith(stateFips) && geoContains(f, [longitude, latitude]));
  return hit ? String(hit.id).slice(2) : null;
}

describe('ATF field division of a place', () => {
  it('splits Florida, California and Texas by county and takes the state elsewhere', () => {
    expect(divisionAt('FL', 25.7617, -80.1918)).toBe('Miami');
    expect(divisionAt('FL', 27.9506, -82.4572)).toBe('Tampa');
    expect(divisionAt('CA', 34.0522, -118.2437)).toBe('Los Angeles');
    expect(divisionAt('CA', 37.7749, -122.4194)).toBe('San Francisco');
    expect(divisionAt('TX', 32.7767, -96.797)).toBe('Dallas');
    expect(divisionAt('TX', 29.7604, -95.3698)).toBe('Houston');
    expect(divisionAt('NJ', 40.7357, -74.1724)).toBe('Newark');
    // No point: the state's own division.
    expect(divisionAt('FL', null, null)).toBe(fieldDivisionOf('FL'));
    expect(divisionAt(null, 25.7617, -80.1918)).toBeNull();
  });

  it('finds the same county as testing every county shape (the bounding boxes only skip shapes)', () => {
    const boxes: Array<[string, number, number, number, number]> = [
      ['12', 24.5, 31, -87.6, -80],
      ['06', 32.5, 42, -124.4, -114.1],
      ['48', 25.8, 36.5, -106.6, -93.5],
    ];
    for (const [fips, s, n, w, e] of boxes)
      for (let i = 0; i < 25; i++) {
        const lat = s + ((n - s) * ((i * 7) % 25)) / 25;
        const lon = w + ((e - w) * ((i * 11) % 25)) / 25;
        expect(countyAt(fips, lat, lon), `${fips} ${lat},${lon}`).toBe(countyByEveryShape(fips, lat, lon));
      }
  }, 60_000);
});
