import type { GeoPoint } from './geo-point.type.js';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance in km, the same sphere Neo4j's point.distance uses for WGS-84 within rounding. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Rounds to 3 decimals (metres for km, ~1.5 minutes for days): enough for maps, stable in tests. */
export const round3 = (x: number) => Math.round(x * 1000) / 1000;
