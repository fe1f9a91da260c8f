import { describe, expect, it } from 'vitest';
import { confirmedSeries, lateEntryCosts, type EvidenceCasing } from '../../../src/metrics/late-entry.compute.js';
import { median, quantile } from '../../../src/metrics/metric-stats.js';

const H = 3_600_000;
const D = 24 * H;
const casing = (id: string, sceneId: string | null, ori: string | null, sceneDay: number, enteredAfterHours: number | null): EvidenceCasing => ({
  id,
  sceneId,
  ori,
  recoveredMs: sceneDay * D + 2 * H,
  enteredMs: enteredAfterHours === null ? null : sceneDay * D + 2 * H + enteredAfterHours * H,
  sceneMs: sceneId ? sceneDay * D : null,
});

describe('confirmed series', () => {
  it('joins casings through confirmed pairs only, transitively', () => {
    const s = confirmedSeries([
      ['a', 'b'],
      ['b', 'c'],
      ['x', 'y'],
    ]);
    expect(s).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y'],
    ]);
  });
});

describe('cost of late entry', () => {
  it('counts the shootings between the on-time and the actual link, for the late casing only', () => {
    // Scene 1 on day 0 entered on time; scene 2 on day 10 entered 60 days late; scenes 3 and 4 on days 20 and 80.
    const series = [[casing('c1', 's1', 'A', 0, 5), casing('c2', 's2', 'B', 10, 60 * 24), casing('c3', 's3', 'A', 20, 5), casing('c4', 's4', 'A', 80, 5)]];
    const costs = lateEntryCosts(series);
    expect(costs).toHaveLength(1);
    expect(costs[0]!.ori).toBe('B');
    // On time, B's casing would have linked on day 11; actually on day 70: scene 3 (day 20) happened in between, scene 4 (day 80) after.
    expect(costs[0]!.sceneIds).toEqual(['s3']);
  });

  it('costs nothing when the other casings were entered even later, or the series has one scene', () => {
    const later = [[casing('c1', 's1', 'A', 0, 300 * 24), casing('c2', 's2', 'B', 10, 400 * 24)]];
    expect(lateEntryCosts(later).flatMap((c) => c.sceneIds)).toEqual([]);
    expect(lateEntryCosts([[casing('c1', 's1', 'A', 0, 900), casing('t', null, null, 5, 1)]])).toEqual([]);
  });

  it('never counts a casing entered within 24 hours or never entered', () => {
    const series = [[casing('c1', 's1', 'A', 0, 24), casing('c2', 's2', 'A', 10, null), casing('c3', 's3', 'A', 20, 1)]];
    expect(lateEntryCosts(series)).toEqual([]);
  });
});

describe('order statistics', () => {
  it('median of an even count is the mean of the middle two; p90 is nearest rank', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(median([])).toBeNull();
  });
});

describe('Spearman rank correlation', () => {
  it('is 1 for the same order, -1 for the reverse, and handles ties', async () => {
    const { spearman } = await import('../../../src/metrics/rank-correlation.js');
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 2], [1, 1, 2])).toBeCloseTo(1);
  });
});
