import { describe, expect, it } from 'vitest';
import { appendTo } from '../../../src/network/multimap.js';

describe('appendTo', () => {
  it('appends in place, in insertion order, one list per key', () => {
    const m = new Map<string, number[]>();
    appendTo(m, 'hub', 1);
    const list = m.get('hub');
    for (let i = 2; i <= 5_000; i++) appendTo(m, 'hub', i);
    appendTo(m, 'other', 7);
    // The same array grew: nothing was copied per insert.
    expect(m.get('hub')).toBe(list);
    expect(list).toHaveLength(5_000);
    expect(list!.slice(0, 3)).toEqual([1, 2, 3]);
    expect(list!.at(-1)).toBe(5_000);
    expect(m.get('other')).toEqual([7]);
  });
});
