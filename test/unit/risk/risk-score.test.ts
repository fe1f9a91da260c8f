import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRiskConfig } from '../../../src/risk/risk-config.js';
import { indicatorDefinition, RISK_INDICATOR_KEYS } from '../../../src/risk/risk-indicator.catalog.js';
import type { IndicatorValue } from '../../../src/risk/risk-indicators.compute.js';
import { percentileRank, recordCoverage, scoreDealers, type DealerValues } from '../../../src/risk/risk-score.compute.js';

const config = loadRiskConfig();
const sortedInts = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }).map((a) => [...a].sort((x, y) => x - y));

/** A dealer whose every indicator has the same value (null: no evidence). */
const dealer = (license: string, value: number | null, state = 'GA', licenseType = '01'): DealerValues => ({
  license,
  state,
  licenseType,
  values: RISK_INDICATOR_KEYS.map((key): IndicatorValue => ({ key, value, detail: '' })),
});

describe('percentileRank', () => {
  it('is the share of other peers strictly below, for "higher is riskier"', () => {
    expect(percentileRank(5, [1, 2, 5, 9], 'higher')).toBeCloseTo(2 / 3);
    expect(percentileRank(9, [1, 2, 5, 9], 'higher')).toBe(1);
  });

  it('counts peers strictly above for "lower is riskier"', () => {
    expect(percentileRank(1, [1, 2, 5, 9], 'lower')).toBe(1);
    expect(percentileRank(9, [1, 2, 5, 9], 'lower')).toBe(0);
  });

  it('gives nothing for no evidence or no risk', () => {
    expect(percentileRank(null, [1, 2, 3], 'higher')).toBe(0);
    expect(percentileRank(0, [0, 2, 3], 'higher')).toBe(0);
  });

  it('compares a count of a threshold already crossed with the dealers under it too', () => {
    // Demand Letter 2 years: two dealers crossed once, 8 have traces and crossed none.
    const peers = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1];
    expect(percentileRank(1, peers, 'higher')).toBe(0);
    expect(percentileRank(1, peers, 'higher', true)).toBeCloseTo(8 / 9);
    expect(percentileRank(0, peers, 'higher', true)).toBe(0);
    expect(indicatorDefinition('DEMAND_LETTER_2_YEARS').thresholdCount).toBe(true);
    expect(RISK_INDICATOR_KEYS.filter((k) => indicatorDefinition(k).thresholdCount)).toEqual(['DEMAND_LETTER_2_YEARS']);
  });

  it('gives the dealers that crossed the Demand Letter 2 threshold its weight, tied or not', () => {
    const withYears = (license: string, years: number | null): DealerValues => ({
      ...dealer(license, null),
      values: RISK_INDICATOR_KEYS.map((key): IndicatorValue => ({ key, value: key === 'DEMAND_LETTER_2_YEARS' ? years : null, detail: '' })),
    });
    const scored = scoreDealers([withYears('X1', 1), withYears('X2', 1), ...['A', 'B', 'C', 'D', 'E', 'F'].map((l) => withYears(`Z-${l}`, 0))], config);
    const of = (l: string) => scored.find((d) => d.license === l)!;
    expect(of('X1').score).toBeGreaterThan(50);
    expect(of('X1').score).toBeCloseTo(of('X2').score);
    expect(of('Z-A').score).toBe(0);
  });

  it('stays within 0..1 and grows with the value (property)', () => {
    fc.assert(
      fc.property(sortedInts, fc.integer({ min: 0, max: 40 }), (peers, i) => {
        const a = peers[i % peers.length]!;
        const b = peers[(i + 1) % peers.length]!;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const pLo = percentileRank(lo, peers, 'higher');
        const pHi = percentileRank(hi, peers, 'higher');
        expect(pLo).toBeGreaterThanOrEqual(0);
        expect(pHi).toBeLessThanOrEqual(1);
        expect(pHi).toBeGreaterThanOrEqual(pLo);
      }),
    );
  });
});

describe('scoreDealers', () => {
  it('ranks the dealer with the highest values first and sums contributions to the score', () => {
    const dealers = ['A', 'B', 'C', 'D', 'E', 'F'].map((l, i) => dealer(`L-${l}`, i + 1));
    const scored = scoreDealers(dealers, config);
    expect(scored.map((s) => s.license)).toEqual(['L-F', 'L-E', 'L-D', 'L-C', 'L-B', 'L-A']);
    expect(scored.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const s of scored) {
      expect(s.score).toBeCloseTo(s.indicators.reduce((a, i) => a + i.contribution, 0));
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
    }
  });

  it('gives a dealer without evidence a score of 0', () => {
    const dealers = [...['A', 'B', 'C', 'D', 'E'].map((l) => dealer(`L-${l}`, 3)), dealer('L-Z', null)];
    const z = scoreDealers(dealers, config).find((s) => s.license === 'L-Z')!;
    expect(z.score).toBe(0);
  });

  it('widens a peer group that is smaller than minPeers', () => {
    const dealers = [dealer('L-NY', 4, 'NY'), ...['A', 'B', 'C', 'D', 'E'].map((l, i) => dealer(`L-${l}`, i, 'GA'))];
    const ny = scoreDealers(dealers, config).find((s) => s.license === 'L-NY')!;
    expect(ny.peerGroup).toBe('all states · 01');
    expect(ny.peerCount).toBe(6);
  });

  it('never scores above 100 nor below 0 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 30 }), (values) => {
        const scored = scoreDealers(
          values.map((v, i) => dealer(`L-${i}`, v)),
          config,
        );
        for (const s of scored) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('record coverage: indicators computed over recorded sales weigh what the dealer recorded', () => {
  const withNoRecordShare = (license: string, share: number | null): DealerValues => ({
    ...dealer(license, 3),
    values: RISK_INDICATOR_KEYS.map((key): IndicatorValue => (key === 'NO_RECORD_SHARE' ? { key, value: share, detail: '' } : { key, value: 3, detail: '' })),
  });

  it('is 1 minus the no-record share, and 1 when no trace request reached the dealer', () => {
    expect(recordCoverage(withNoRecordShare('A', 0.6))).toBeCloseTo(0.4);
    expect(recordCoverage(withNoRecordShare('B', null))).toBe(1);
  });

  it('scales exactly the sale-record indicators, and the contributions still add up to the score', () => {
    // Shares without part/whole are not shrunk, so the coverage is the raw value here.
    const [scored] = scoreDealers([withNoRecordShare('A', 0.6), ...Array.from({ length: 6 }, (_, i) => dealer(`P${i}`, 1))], config).filter(
      (s) => s.license === 'A',
    );
    for (const i of scored!.indicators) {
      const scale = indicatorDefinition(i.key).fromSaleRecords ? 0.4 : 1;
      expect(i.weight).toBeCloseTo(config.weights[i.key] * scale, 4);
    }
    expect(scored!.indicators.filter((i) => indicatorDefinition(i.key).fromSaleRecords).map((i) => i.key)).toContain('TTC_UNDER_1Y_SHARE');
    expect(scored!.indicators.reduce((a, i) => a + i.contribution, 0)).toBeCloseTo(scored!.score, 6);
  });
});
