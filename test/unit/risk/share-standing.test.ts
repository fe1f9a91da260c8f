import { describe, expect, it } from 'vitest';
import { loadRiskConfig } from '../../../src/risk/risk-config.js';
import { RISK_INDICATOR_KEYS, type RiskIndicatorKey } from '../../../src/risk/risk-indicator.catalog.js';
import type { IndicatorValue } from '../../../src/risk/risk-indicators.compute.js';
import { scoreDealers, type DealerValues } from '../../../src/risk/risk-score.compute.js';
import { probabilityAbovePooled } from '../../../src/risk/risk-shrinkage.js';

const config = loadRiskConfig();

/** A dealer with one share (x of n) and one count; every other indicator without evidence. */
function dealer(license: string, part: number, whole: number, traces: number): DealerValues {
  const values: IndicatorValue[] = RISK_INDICATOR_KEYS.map((key: RiskIndicatorKey) =>
    key === 'TTC_UNDER_1Y_SHARE'
      ? { key, value: part / whole, part, whole, detail: `${part} of ${whole}` }
      : key === 'TRACES_PER_YEAR'
        ? { key, value: traces, detail: `${traces} traces` }
        : { key, value: null, detail: 'none' },
  );
  return { license, state: 'NJ', licenseType: '01', values };
}

const standing = (scored: ReturnType<typeof scoreDealers>, license: string, key: RiskIndicatorKey) =>
  scored.find((d) => d.license === license)!.indicators.find((i) => i.key === key)!;

describe('a share is judged by the probability that it is above the pooled share', () => {
  it('is 0 for a dealer that showed none, about a half near the pooled share, near 1 well above it on many traces', () => {
    const prior = { p0: 0.25, m: 20 };
    expect(probabilityAbovePooled({ part: 0, whole: 40 }, prior)).toBe(0);
    expect(probabilityAbovePooled({ part: 25, whole: 100 }, prior)).toBeGreaterThan(0.4);
    expect(probabilityAbovePooled({ part: 25, whole: 100 }, prior)).toBeLessThan(0.6);
    expect(probabilityAbovePooled({ part: 40, whole: 60 }, prior)).toBeGreaterThan(0.999);
    // One trace out of one says little: above a half, far from the certainty of 40 of 60.
    const one = probabilityAbovePooled({ part: 1, whole: 1 }, prior);
    expect(one).toBeGreaterThan(0.5);
    expect(one).toBeLessThan(0.9);
  });

  it('grows with the evidence: more of the same share, more certainty', () => {
    const prior = { p0: 0.25, m: 20 };
    const few = probabilityAbovePooled({ part: 4, whole: 8 }, prior);
    const many = probabilityAbovePooled({ part: 20, whole: 40 }, prior);
    expect(many).toBeGreaterThan(few);
  });

  it('does not spread dealers whose shares differ by noise over the whole range, as a rank among them does', () => {
    // Thirty dealers at 24 to 26 of 100 traces: by rank they run from 0 to 1; by the probability
    // of being above the pooled share they all sit near a half. A dealer at 60 of 100 stands out either way.
    const peers = Array.from({ length: 30 }, (_, i) => dealer(`P${i}`, 24 + (i % 3), 100, 10));
    const scored = scoreDealers([...peers, dealer('HIGH', 60, 100, 10)], config);
    const ranked = peers.map((p) => standing(scored, p.license, 'TTC_UNDER_1Y_SHARE'));
    const spread = (f: (i: (typeof ranked)[number]) => number) => Math.max(...ranked.map(f)) - Math.min(...ranked.map(f));
    expect(spread((i) => i.percentile)).toBeGreaterThan(0.5);
    expect(spread((i) => i.standing)).toBeLessThan(0.5);
    expect(standing(scored, 'HIGH', 'TTC_UNDER_1Y_SHARE').standing).toBeGreaterThan(0.999);
  });

  it('scores counts by their percentile and every indicator by its standing: the contributions add up to the score', () => {
    const peers = Array.from({ length: 30 }, (_, i) => dealer(`P${i}`, 20 + (i % 10), 100, i));
    const scored = scoreDealers(peers, config);
    for (const d of scored) {
      const count = standing(scored, d.license, 'TRACES_PER_YEAR');
      expect(count.standing).toBe(count.percentile);
      const used = d.indicators.filter((i) => i.value !== null).reduce((a, i) => a + i.weight, 0);
      for (const i of d.indicators) expect(i.contribution).toBeCloseTo((100 * i.weight * i.standing) / used, 9);
      expect(d.indicators.reduce((a, i) => a + i.contribution, 0)).toBeCloseTo(d.score, 9);
    }
  });
});
