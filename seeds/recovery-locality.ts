import { distanceKm } from '../src/common/geo.js';
import { WeightedTable } from './prng.js';
import type { AgencyInfo, DealerInfo, World } from './world.js';

/**
 * A what-if for the trace-coverage estimator, off unless asked for (`recoveryLocalityKm`): crime
 * guns are mostly recovered near where they were sold (ATF trace data), so a dealer whose
 * neighbouring departments rarely trace is under-observed as a rule, not by the luck of which
 * agency recovers each gun. With it on, a background gun recovered in its dealer's state goes to
 * one of that state's agencies with the agency's usual weight times exp(−distance / km). What
 * follows from the agency (traced or not, test-fired, who held the gun) then draws differently, so
 * a seed's records differ from the default's after the first such gun. Off, nothing changes: the
 * default generator draws the agency from the whole state.
 */
const tables = new WeakMap<World, Map<string, WeightedTable<AgencyInfo> | null>>();

export function localAgencies(world: World, dealer: DealerInfo, km: number): WeightedTable<AgencyInfo> | null {
  let byDealer = tables.get(world);
  if (!byDealer) tables.set(world, (byDealer = new Map()));
  const key = dealer.record.license;
  if (byDealer.has(key)) return byDealer.get(key)!;
  const inState = world.agenciesByState.get(dealer.record.state)?.items ?? [];
  const at = { latitude: dealer.record.latitude, longitude: dealer.record.longitude };
  const weights = inState.map((a) => a.weight * Math.exp(-distanceKm(at, a) / km));
  const table = inState.length && weights.some((w) => w > 0) ? new WeightedTable(inState, weights) : null;
  byDealer.set(key, table);
  return table;
}
