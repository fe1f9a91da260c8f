import { describe, expect, it } from 'vitest';
import { stateOfOri } from '../../../src/common/ori.js';
import { estimateByMix, inverseShape } from '../../../src/coverage/coverage-mix.js';
import { estimateCoverage } from '../../../src/coverage/trace-coverage.compute.js';
import type { RecoveryRow } from '../../../src/metrics/metric-cells.compute.js';

// The dealer-mix model of untraced guns (src/coverage/coverage-mix.ts) on hand-made recoveries.
let n = 0;
function recovery(ori: string, license: string | null | undefined, firearmId: string | null = null): RecoveryRow {
  n += 1;
  const traces =
    license === undefined
      ? []
      : [{ requestedMs: 1, completedMs: 2, outcome: license ? 'COMPLETED' : 'NO_DEALER', dealerRequestedMs: null, dealerRespondedMs: null, license }];
  return { id: `R${n}`, ori, firearmId: firearmId ?? `F${n}`, recoveredMs: 0, testFired: false, traces };
}
const times = <T>(k: number, f: (i: number) => T) => Array.from({ length: k }, (_, i) => f(i));
const byLicense = (rows: ReturnType<typeof estimateByMix>) => new Map(rows.map((r) => [r.license, r]));

describe('dealer-mix coverage', () => {
  it("reads the state from the ORI's first two letters (NCIC)", () => {
    expect(stateOfOri('NY0303000')).toBe('NY');
  });

  it("shares an agency's untraced guns out by its state's dealer mix, even when the agency never traces", () => {
    // Agency A traces everything: 6 guns of D1, 4 of D2. Agency B, same state, traces nothing.
    const rows = [
      ...times(6, () => recovery('XX0010000', 'D1')),
      ...times(4, () => recovery('XX0010000', 'D2')),
      ...times(10, () => recovery('XX0020000', undefined)),
    ];
    const est = byLicense(estimateByMix(rows));
    expect(est.get('D1')!.estimated).toBeCloseTo(12, 6);
    expect(est.get('D2')!.estimated).toBeCloseTo(8, 6);
    const cov = new Map(estimateCoverage(rows).map((c) => [c.license, c]));
    expect(cov.get('D1')!.traceCoverage).toBeCloseTo(0.5, 3);
    expect(cov.get('D1')!.estimatedCrimeGunsLow).toBeGreaterThanOrEqual(6);
    expect(cov.get('D1')!.traceCoverageLow).toBeLessThan(0.5);
  });

  it('keeps a share of the untraced guns with no dealer, as traced ones that resolved to none', () => {
    const rows = [
      ...times(5, () => recovery('XX0010000', 'D1')),
      ...times(5, () => recovery('XX0010000', null)),
      ...times(10, () => recovery('XX0020000', undefined)),
    ];
    expect(byLicense(estimateByMix(rows)).get('D1')!.estimated).toBeCloseTo(10, 6);
  });

  it('conserves the guns: without departure between agencies the estimates add up to the resolved share of all recoveries', () => {
    const rows = [
      ...times(3, () => recovery('XX0010000', 'D1')),
      ...times(2, () => recovery('XX0010000', 'D2')),
      recovery('XX0010000', null),
      ...times(6, () => recovery('XX0010000', undefined)),
      recovery('XX0020000', 'D1'),
      ...times(9, () => recovery('XX0020000', undefined)),
    ];
    const total = estimateByMix(rows).reduce((a, r) => a + r.estimated, 0);
    // 6 of the 7 traces resolved to a dealer; 22 recoveries.
    expect(total).toBeCloseTo((22 * 6) / 7, 6);
  });

  it('counts guns of reported networks as observed, outside the rates and the mix', () => {
    const rows = [...times(4, () => recovery('XX0010000', 'D1')), ...times(4, () => recovery('XX0010000', undefined))];
    const ring = times(6, () => recovery('XX0010000', 'D9'));
    const est = byLicense(estimateByMix([...rows, ...ring], new Set(ring.map((r) => r.firearmId!))));
    expect(est.get('D9')!.estimated).toBe(6);
    expect(est.get('D9')!.variance).toBe(0);
    expect(est.get('D1')!.estimated).toBeCloseTo(8, 6);
  });

  it('estimates how far agencies depart from their state: not at all when they share one supply, a lot when each has its own', () => {
    const shared = times(4, (a) => [...times(5, () => recovery(`XX00${a}0000`, 'D1')), ...times(5, () => recovery(`XX00${a}0000`, 'D2'))]).flat();
    const split = times(4, (a) => times(10, () => recovery(`XX00${a}0000`, `D${a}`))).flat();
    const stateOf = (rows: RecoveryRow[]) => {
      const agencies = [...new Set(rows.map((r) => r.ori))].map((ori) => {
        const mine = rows.filter((r) => r.ori === ori);
        const byDealer = new Map<string, number>();
        for (const r of mine) byDealer.set(r.traces[0]!.license!, (byDealer.get(r.traces[0]!.license!) ?? 0) + 1);
        return { ori, state: 'XX', recoveries: mine.length, traced: mine.length, byDealer };
      });
      const byDealer = new Map<string, number>();
      for (const a of agencies) for (const [d, k] of a.byDealer) byDealer.set(d, (byDealer.get(d) ?? 0) + k);
      return new Map([['XX', { agencies, traced: rows.length, byDealer }]]);
    };
    expect(inverseShape(stateOf(shared))).toBe(0);
    expect(inverseShape(stateOf(split))).toBeGreaterThan(1);
  });

  it("when each agency has its own suppliers, its untraced guns go to the dealers it traced (as Horvitz-Thompson would), not to the state's", () => {
    // Agency 0 traces half its guns, all D0's; agencies 1-3 trace all theirs, each one dealer's.
    const rows = [
      ...times(5, () => recovery('XX0000000', 'D0')),
      ...times(5, () => recovery('XX0000000', undefined)),
      ...times(3, (a) => times(10, () => recovery(`XX00${a + 1}0000`, `D${a + 1}`))).flat(),
    ];
    const est = byLicense(estimateByMix(rows));
    // The state mix alone would give D0 only 5 × 5/35 of agency 0's five untraced guns.
    expect(est.get('D0')!.estimated).toBeGreaterThan(8);
    expect(est.get('D1')!.estimated).toBeLessThan(10.5);
  });
});
