import { describe, expect, it } from 'vitest';
import { boughtTogether, boughtWithinShare, eitherShare, ttcDifferences } from '../../../src/network/holder-timing.js';

describe('purchase timing at one holder', () => {
  it('draws differences of two times-to-crime from every pair of values (sorted)', () => {
    expect(ttcDifferences([100, 0])).toEqual([-100, 0, 0, 100]);
    expect(ttcDifferences([])).toEqual([]);
  });

  it('keeps the grid bounded: at most points² differences, spread over the whole distribution', () => {
    const ttcs = Array.from({ length: 1000 }, (_, i) => i);
    const diffs = ttcDifferences(ttcs, 50);
    expect(diffs).toHaveLength(2500);
    expect(diffs[0]).toBeLessThan(-950);
    expect(diffs.at(-1)).toBeGreaterThan(950);
  });

  it('gives the chance that two guns recovered a gap apart were bought within the window', () => {
    const diffs = ttcDifferences([0, 100]);
    // Recovered the same day: bought the same day (T₁ = T₂, 2 of 4 draws) or 100 days apart.
    expect(boughtWithinShare(diffs, 0, 30)).toBe(0.5);
    expect(boughtWithinShare(diffs, 0, 100)).toBe(1);
    // Recovered 100 days apart: bought within 30 days only if the later one is 100 days older (1 of 4).
    expect(boughtWithinShare(diffs, 100, 30)).toBe(0.25);
    // Recovered years apart: never within a year.
    expect(boughtWithinShare(diffs, 1000, 365)).toBe(0);
    expect(boughtWithinShare([], 0, 365)).toBe(0);
  });

  it('ties a pair of guns at one dealer always, and at two dealers only inside the window', () => {
    expect(boughtTogether({ dealer: 'D1', sold: 0 }, { dealer: 'D1', sold: 900 }, 0)).toBe(true);
    expect(boughtTogether({ dealer: 'D1', sold: 0 }, { dealer: 'D2', sold: 30 }, 30)).toBe(true);
    expect(boughtTogether({ dealer: 'D1', sold: 0 }, { dealer: 'D2', sold: 31 }, 30)).toBe(false);
    expect(boughtTogether({ dealer: 'D1', sold: 0 }, { dealer: 'D2', sold: 0 }, 0)).toBe(false);
    expect(boughtTogether({ dealer: 'D1' }, { dealer: 'D2', sold: 0 }, 365)).toBe(false);
  });

  it('adds the two chances as independent events', () => {
    expect(eitherShare(0.1, 0.5)).toBeCloseTo(0.55, 12);
    expect(eitherShare(0, 0)).toBe(0);
    expect(eitherShare(1, 0.3)).toBe(1);
  });
});
