import { describe, expect, it } from 'vitest';
import { loadRiskConfig } from '../../../src/risk/risk-config.js';
import { RISK_INDICATOR_KEYS } from '../../../src/risk/risk-indicator.catalog.js';
import type { IndicatorValue } from '../../../src/risk/risk-indicators.compute.js';
import { percentileRank, scoreDealers, type DealerValues } from '../../../src/risk/risk-score.compute.js';
import { estimatePrior, shrink } from '../../../src/risk/risk-shrinkage.js';

const config = loadRiskConfig();

describe('empirical-Bayes shrinkage of shares', () => {
  it('pulls a one-trace share toward the peers much more than a twelve-trace share', () => {
    const peers = Array.from({ length: 200 }, (_, i) => ({ part: i % 10 === 0 ? 1 : 0, whole: 10 }));
    const prior = estimatePrior(peers);
    expect(prior.p0).toBeCloseTo(0.01, 3);
    const one = shrink({ part: 1, whole: 1 }, prior);
    const twelve = shrink({ part: 12, whole: 12 }, prior);
    const typicalPeer = shrink({ part: 1, whole: 10 }, prior);
    expect(one).toBeLessThan(twelve);
    // One trace of one moves a dealer little; twelve of twelve puts it clearly above the peers.
    expect(one - prior.p0).toBeLessThan((twelve - prior.p0) / 5);
    expect(twelve).toBeGreaterThan(typicalPeer);
  });

  it('estimates a strong prior when shares vary no more than binomial noise, a weak one when they vary a lot', () => {
    const noisy = estimatePrior(Array.from({ length: 100 }, (_, i) => ({ part: i % 2, whole: 1 })));
    const spread = estimatePrior(Array.from({ length: 100 }, (_, i) => ({ part: i % 2 ? 20 : 0, whole: 20 })));
    expect(spread.m).toBeLessThan(noisy.m);
  });
});

describe('percentiles and the denominator rule', () => {
  it('compares a count only with dealers that have some of that evidence: one trace is not above 90% of peers', () => {
    const peers = [...Array(90).fill(0), 1, 1, 2, 3, 5, 8, 13, 21, 34, 55].sort((a, b) => a - b);
    expect(percentileRank(1, peers, 'higher')).toBe(0);
    expect(percentileRank(55, peers, 'higher')).toBe(1);
  });

  const dealer = (license: string, values: Partial<Record<string, { value: number | null; part?: number; whole?: number }>>): DealerValues => ({
    license,
    state: 'GA',
    licenseType: '01',
    values: RISK_INDICATOR_KEYS.map((key): IndicatorValue => ({
      key,
      value: values[key]?.value ?? null,
      detail: '',
      part: values[key]?.part,
      whole: values[key]?.whole,
    })),
  });

  it('leaves indicators without evidence out of the denominator instead of counting them as zero', () => {
    const peers = Array.from({ length: 30 }, (_, i) =>
      dealer(`P${i}`, { NO_RECORD_SHARE: { value: 0.05, part: 1, whole: 20 }, TRACES_PER_YEAR: { value: 2 + i } }),
    );
    const noRecords = dealer('X', { NO_RECORD_SHARE: { value: 1, part: 12, whole: 12 }, TRACES_PER_YEAR: { value: 0.5 } });
    const scored = scoreDealers([...peers, noRecords], config).find((d) => d.license === 'X')!;
    const used = scored.indicators.filter((i) => i.value !== null).reduce((a, i) => a + i.weight, 0);
    const expected = (100 * config.weights.NO_RECORD_SHARE * 1) / used;
    expect(scored.indicators.find((i) => i.key === 'NO_RECORD_SHARE')!.contribution).toBeCloseTo(expected, 6);
    expect(scored.indicators.find((i) => i.key === 'TTC_UNDER_1Y_SHARE')!.contribution).toBe(0);
    expect(scored.score).toBeGreaterThan(50);
  });

  // Empirical Bayes: a share of few traces is read near the peers' pooled share, so 0 of 1 (no
  // evidence either way) ranks above 0 of 12 (a careful record) and below 1 of 1.
  it('compares shares after shrinking: 0 of 1 ranks between 0 of 12 and 1 of 1', () => {
    const peers = Array.from({ length: 30 }, (_, i) => dealer(`P${i}`, { UNANSWERED_TRACE_SHARE: { value: (i % 5) / 10, part: i % 5, whole: 10 } }));
    const careful = dealer('CAREFUL', { UNANSWERED_TRACE_SHARE: { value: 0, part: 0, whole: 12 } });
    const one = dealer('ONE', { UNANSWERED_TRACE_SHARE: { value: 0, part: 0, whole: 1 } });
    const late = dealer('LATE', { UNANSWERED_TRACE_SHARE: { value: 1, part: 1, whole: 1 } });
    const scored = scoreDealers([...peers, careful, one, late], config);
    const share = (license: string) => scored.find((d) => d.license === license)!.indicators.find((i) => i.key === 'UNANSWERED_TRACE_SHARE')!;
    expect(share('CAREFUL').percentile).toBeLessThan(share('ONE').percentile);
    expect(share('ONE').percentile).toBeLessThan(share('LATE').percentile);
  });
});
