import { describe, expect, it } from 'vitest';
import { bandOf, distanceDecay } from '../../../src/coverage/coverage-distance.js';
import { estimateByMix } from '../../../src/coverage/coverage-mix.js';
import type { RecoveryRow } from '../../../src/metrics/metric-cells.compute.js';

// Where an agency's untraced guns come from, with distance (src/coverage/coverage-distance.ts).
const NORTH = { latitude: 44.0, longitude: -72.0 };
const SOUTH = { latitude: 41.3, longitude: -72.0 }; // about 300 km south
let n = 0;
function recovery(ori: string, at: typeof NORTH | null, dealer: { license: string; at: typeof NORTH | null } | null): RecoveryRow {
  n += 1;
  const traces = dealer
    ? [
        {
          requestedMs: 1,
          completedMs: 2,
          outcome: 'COMPLETED',
          dealerRequestedMs: null,
          dealerRespondedMs: null,
          license: dealer.license,
          dealerLatitude: dealer.at?.latitude ?? null,
          dealerLongitude: dealer.at?.longitude ?? null,
        },
      ]
    : [];
  return { id: `R${n}`, ori, firearmId: `F${n}`, recoveredMs: 0, testFired: false, traces, latitude: at?.latitude ?? null, longitude: at?.longitude ?? null };
}
const times = <T>(k: number, f: () => T) => Array.from({ length: k }, f);

/**
 * Two towns of one state, 300 km apart, each with a police department and a dealer whose crime
 * guns are all recovered at home. The north traces every gun; the south traces 2 of its 20.
 */
function twoTowns(places: boolean): RecoveryRow[] {
  const north = places ? NORTH : null;
  const south = places ? SOUTH : null;
  return [
    ...times(20, () => recovery('XX0010000', north, { license: 'D-NORTH', at: north })),
    ...times(2, () => recovery('XX0020000', south, { license: 'D-SOUTH', at: south })),
    ...times(18, () => recovery('XX0020000', south, null)),
  ];
}

describe('dealer mix with distance', () => {
  it('cuts distances into bands', () => {
    expect([0, 9.9, 10, 30, 99, 150, 300, 5000].map(bandOf)).toEqual([0, 0, 1, 2, 3, 4, 5, 6]);
  });

  it("sends a rarely-tracing department's untraced guns to the dealer near it, not to the state's most-traced one", () => {
    const withPlaces = new Map(estimateByMix(twoTowns(true)).map((e) => [e.license, e.estimated]));
    // True: 20 crime guns each. Without places the state mix (20 of 22 traces: D-NORTH) takes most
    // of the south's 18 untraced guns.
    const without = new Map(estimateByMix(twoTowns(false)).map((e) => [e.license, e.estimated]));
    expect(without.get('D-SOUTH')!).toBeLessThan(5);
    // With places most of them go south; the one pseudo-pair of the 300 km band (no traced gun
    // travelled that far) keeps a little with the far dealer on data this small.
    expect(withPlaces.get('D-SOUTH')!).toBeGreaterThan(15);
    expect(withPlaces.get('D-NORTH')!).toBeLessThan(25);
    // Moved between dealers, never created.
    expect(withPlaces.get('D-SOUTH')! + withPlaces.get('D-NORTH')!).toBeCloseTo(without.get('D-SOUTH')! + without.get('D-NORTH')!, 6);
  });

  it('changes nothing where guns travel as the state mix says, or where no place is known', () => {
    // Both departments in one town, each tracing half its guns of both dealers.
    const rows = [
      ...times(5, () => recovery('XX0010000', NORTH, { license: 'D1', at: NORTH })),
      ...times(5, () => recovery('XX0010000', NORTH, { license: 'D2', at: SOUTH })),
      ...times(10, () => recovery('XX0010000', NORTH, null)),
      ...times(5, () => recovery('XX0020000', NORTH, { license: 'D1', at: NORTH })),
      ...times(5, () => recovery('XX0020000', NORTH, { license: 'D2', at: SOUTH })),
      ...times(10, () => recovery('XX0020000', NORTH, null)),
    ];
    const decay = distanceDecay(
      ['XX0010000', 'XX0020000'].map((ori) => ({
        ori,
        state: 'XX',
        place: NORTH,
        byDealer: new Map([
          ['D1', 5],
          ['D2', 5],
        ]),
      })),
      new Map([
        ['D1', NORTH],
        ['D2', SOUTH],
      ]),
    );
    expect(decay.weight('XX0010000', 'D1')).toBeCloseTo(1, 6);
    expect(decay.weight('XX0020000', 'D2')).toBeCloseTo(1, 6);
    const est = new Map(estimateByMix(rows).map((e) => [e.license, e.estimated]));
    expect(est.get('D1')!).toBeCloseTo(20, 6);
    expect(est.get('D2')!).toBeCloseTo(20, 6);
    expect(distanceDecay([{ ori: 'XX0010000', state: 'XX', place: null, byDealer: new Map([['D1', 5]]) }], new Map()).weight('XX0010000', 'D1')).toBe(1);
  });
});
