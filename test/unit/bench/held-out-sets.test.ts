import { describe, expect, it } from 'vitest';
import {
  FRESH_HELD_OUT_SEEDS,
  FRESH_HELD_OUT_SEEDS_2,
  FRESH_HELD_OUT_SEEDS_M,
  OTHER_TUNING_M,
  PAST_HELD_OUT_SETS,
  TUNING_POOL_M,
} from '../../../bench/trafficking.past-sets.js';
import { CURRENT_HELD_OUT_SET, HELD_OUT_SEEDS, splitNote, TUNING_SEEDS } from '../../../bench/trafficking.seeds.js';

// The evaluation's figures are held out only if the set to run next shares no seed with anything
// run before it, and every set was fixed before it ran (docs/trafficking-evaluation.md, "Splits").
describe('held-out seed ledger', () => {
  const earlier = new Set([
    ...TUNING_SEEDS,
    ...HELD_OUT_SEEDS,
    ...FRESH_HELD_OUT_SEEDS,
    ...FRESH_HELD_OUT_SEEDS_2,
    ...FRESH_HELD_OUT_SEEDS_M,
    ...TUNING_POOL_M,
    ...OTHER_TUNING_M.flat(),
    ...PAST_HELD_OUT_SETS.flatMap((set) => [...set.s, ...set.m]),
  ]);

  it('the set to run next shares no seed with any seed run before', () => {
    const reused = [...CURRENT_HELD_OUT_SET.s, ...CURRENT_HELD_OUT_SET.m].filter((seed) => earlier.has(seed));
    expect(reused).toEqual([]);
  });

  it('no seed is in two sets already run, and the pool is their M seeds', () => {
    const all = PAST_HELD_OUT_SETS.flatMap((set) => [...set.s, ...set.m]);
    const twice = all.filter((seed, i) => all.indexOf(seed) !== i);
    expect(twice).toEqual([]);
    expect(TUNING_POOL_M).toEqual(PAST_HELD_OUT_SETS.flatMap((set) => set.m));
  });

  it('every set was fixed after the one before and ran after it was fixed', () => {
    const sets = [...PAST_HELD_OUT_SETS, CURRENT_HELD_OUT_SET];
    for (const [i, set] of sets.entries()) {
      if (i > 0) expect(set.fixed > sets[i - 1]!.fixed, `${set.name} fixed after ${sets[i - 1]!.name}`).toBe(true);
      if (set.ran) expect(set.ran.slice(0, 16) >= set.fixed, `${set.name} ran after it was fixed`).toBe(true);
    }
    expect(CURRENT_HELD_OUT_SET.ran).toBeUndefined();
  });

  it('the benchmark output calls the current set held out and every earlier seed tuning data', () => {
    expect(splitNote('M', CURRENT_HELD_OUT_SET.m)).toMatch(/^Evaluation split: FRESH HELD-OUT \(fixed .* UTC before any run/);
    expect(splitNote('S', CURRENT_HELD_OUT_SET.s)).toMatch(/^Evaluation split: FRESH HELD-OUT/);
    const last = PAST_HELD_OUT_SETS.at(-1)!;
    expect(splitNote('M', last.m)).toMatch(/^Evaluation split: TUNING DATA/);
    expect(splitNote('M', [...CURRENT_HELD_OUT_SET.m, last.m[0]!])).toMatch(/^Evaluation split: TUNING DATA/);
    // Every seed run before is named in the held-out note's list of tuning data.
    const note = splitNote('M', CURRENT_HELD_OUT_SET.m);
    for (const set of PAST_HELD_OUT_SETS) expect(note).toContain(`M ${set.m.join('/')}`);
  });
});
