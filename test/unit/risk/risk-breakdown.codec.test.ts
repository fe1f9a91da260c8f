import { describe, expect, it } from 'vitest';
import { breakdownFromProperties, breakdownProperties } from '../../../src/risk/risk-breakdown.codec.js';
import { RISK_INDICATOR_KEYS } from '../../../src/risk/risk-indicator.catalog.js';
import type { ScoredDealer } from '../../../src/risk/risk-score.compute.js';

/** The stored breakdown reads back as scored, in catalogue order, in the JSON layout and the earlier per-property one. */
const [first, second] = RISK_INDICATOR_KEYS;
const dealer: ScoredDealer = {
  license: '1-23-456-01-7C-00001',
  state: 'NJ',
  licenseType: '01',
  peerGroup: 'NJ · 01',
  peerCount: 40,
  score: 37.5,
  rank: 3,
  indicators: [
    { key: first!, value: 0.25, detail: '3 of 12 traces', percentile: 0.9, standing: 0.7, peerGroup: 'NJ · 01', peerCount: 40, weight: 2, contribution: 30 },
    {
      key: second!,
      value: null,
      detail: 'not enough evidence',
      percentile: 0,
      standing: 0,
      peerGroup: 'all states · 01',
      peerCount: 900,
      weight: 1,
      contribution: 0,
    },
  ],
};

describe('dealer-risk breakdown codec', () => {
  it('stores score, peer group and one JSON breakdown, and reads every indicator back', () => {
    const props = breakdownProperties(dealer);
    expect(Object.keys(props).sort()).toEqual(['breakdown', 'peerGroup', 'score']);
    const back = breakdownFromProperties(props);
    expect(back.map((i) => i.key)).toEqual(RISK_INDICATOR_KEYS);
    expect(back[0]).toEqual({ ...dealer.indicators[0] });
    // A null value (not enough evidence) stays null, never 0.
    expect(back[1]).toMatchObject({ key: second, value: null, peerGroup: 'all states · 01', peerCount: 900, detail: 'not enough evidence' });
    // An indicator the run did not score reads as absent evidence.
    expect(back[2]?.value ?? null).toBeNull();
  });

  it('reads a node stored in the earlier layout (one property per indicator field) until it is rewritten', () => {
    const legacy = { score: 37.5, peerGroup: 'NJ · 01', [`value_${first}`]: 0.25, [`percentile_${first}`]: 0.9, [`detail_${first}`]: '3 of 12 traces' };
    const back = breakdownFromProperties(legacy);
    // It counted the percentile then, so that is what it reads back as counted.
    expect(back[0]).toMatchObject({ key: first, value: 0.25, percentile: 0.9, standing: 0.9, detail: '3 of 12 traces' });
    expect(back[1]?.value).toBeNull();
  });
});
