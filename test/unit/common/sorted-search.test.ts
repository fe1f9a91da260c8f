import { describe, expect, it } from 'vitest';
import { countAtOrBelow, countBelow } from '../../../src/common/sorted-search.js';

describe('counting in an ascending array', () => {
  const a = [1, 2, 2, 2, 5, 9];
  it('counts the values strictly below and at or below a value, ties included once', () => {
    expect([0, 1, 2, 3, 5, 9, 10].map((v) => countBelow(a, v))).toEqual([0, 0, 1, 4, 4, 5, 6]);
    expect([0, 1, 2, 3, 5, 9, 10].map((v) => countAtOrBelow(a, v))).toEqual([0, 1, 4, 4, 5, 6, 6]);
  });

  it('agrees with a linear count on every value of a random array', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 50;
    const b = Array.from({ length: 200 }, next).sort((x, y) => x - y);
    for (let v = -1; v <= 51; v++) {
      expect(countBelow(b, v)).toBe(b.filter((x) => x < v).length);
      expect(countAtOrBelow(b, v)).toBe(b.filter((x) => x <= v).length);
    }
  });

  it('answers 0 on an empty array', () => {
    expect(countBelow([], 3)).toBe(0);
    expect(countAtOrBelow([], 3)).toBe(0);
  });
});
