import { describe, expect, it } from 'vitest';
import { districtOf, shrinkCoverage } from '../../../src/coverage/coverage-shrinkage.js';

// Empirical-Bayes shrinkage of trace coverage on hand-made estimates.
describe('coverage shrinkage', () => {
  it('reads the district from the licence', () => {
    expect(districtOf('1-58-051-01-6L-64846')).toBe('1-58');
  });

  it('pulls a noisy estimate toward its district and leaves an exact one alone', () => {
    const rows = [
      ...Array.from({ length: 8 }, (_, i) => ({ license: `1-58-00${i}-01-6L-0000${i}`, traced: 8, estimated: 10, variance: 4 })),
      { license: '1-58-999-01-6L-99999', traced: 1, estimated: 10, variance: 90 },
      { license: '1-58-998-01-6L-99998', traced: 5, estimated: 5, variance: 0 },
    ];
    const out = shrinkCoverage(rows);
    const noisy = out.get('1-58-999-01-6L-99999')!;
    expect(noisy.coverage).toBeGreaterThan(0.1);
    expect(noisy.weight).toBeLessThan(1);
    expect(out.get('1-58-998-01-6L-99998')!.coverage).toBe(1);
  });

  it('keeps estimates apart when the true coverages really differ beyond the noise', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ license: `2-33-00${i}-01-6L-0000${i}`, traced: i % 2 ? 90 : 20, estimated: 100, variance: 1 }));
    const out = shrinkCoverage(rows);
    expect(out.get('2-33-000-01-6L-00000')!.coverage).toBeCloseTo(0.2, 1);
    expect(out.get('2-33-001-01-6L-00001')!.coverage).toBeCloseTo(0.9, 1);
  });

  it('falls back to the national pool for a district with few dealers', () => {
    const rows = [
      ...Array.from({ length: 6 }, (_, i) => ({ license: `3-11-00${i}-01-6L-0000${i}`, traced: 5, estimated: 10, variance: 20 })),
      { license: '4-22-000-01-6L-00000', traced: 1, estimated: 2, variance: 20 },
    ];
    expect(shrinkCoverage(rows).get('4-22-000-01-6L-00000')!.prior).toBeCloseTo(31 / 62, 6);
  });
});
