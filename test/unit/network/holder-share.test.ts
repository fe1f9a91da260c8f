import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/network/association-null.js';
import { repeatHolderShare, type ControlledHolder } from '../../../src/network/holder-share.js';

/** Holders of `guns` guns each, new with probability `q`, as the data shows them: only those with at least one old gun. */
function controlledHolders(count: number, guns: number, q: number, seed: number): { seen: ControlledHolder[]; allNew: number } {
  const random = seededRandom(seed);
  const seen: ControlledHolder[] = [];
  let allNew = 0;
  for (let i = 0; i < count; i++) {
    let newGuns = 0;
    for (let g = 0; g < guns; g++) if (random() < q) newGuns += 1;
    if (newGuns < guns) seen.push({ guns, newGuns });
    else allNew += 1;
  }
  return { seen, allNew };
}

describe("a repeat possessor's share of new guns", () => {
  it("is the state's share when no holder was seen with an old gun", () => {
    expect(repeatHolderShare([], 0.4, 1)).toBe(0.4);
  });

  it('recovers the share of holders who carry newer guns than the state, from those seen with an old gun', () => {
    // 3,000 repeat possessors of three guns each, 70% of their guns new, in a state where 40% are.
    const { seen, allNew } = controlledHolders(3000, 3, 0.7, 11);
    const newGuns = seen.reduce((s, h) => s + h.newGuns, 0) + 3 * allNew;
    const q = repeatHolderShare(seen, 0.4, newGuns / 9000);
    expect(q).toBeGreaterThan(0.66);
    expect(q).toBeLessThan(0.74);
    // The naive share among the holders seen with an old gun understates it.
    expect(seen.reduce((s, h) => s + h.newGuns, 0) / seen.reduce((s, h) => s + h.guns, 0)).toBeLessThan(0.6);
  });

  it("stays at the state's share when repeat possessors carry older guns", () => {
    const { seen, allNew } = controlledHolders(500, 2, 0.2, 5);
    const newGuns = seen.reduce((s, h) => s + h.newGuns, 0) + 2 * allNew;
    expect(repeatHolderShare(seen, 0.4, newGuns / 1000)).toBe(0.4);
  });

  it('does not run to 1 on one holder of one new and one old gun (the prior holds it near the state)', () => {
    const q = repeatHolderShare([{ guns: 2, newGuns: 1 }], 0.4, 1);
    expect(q).toBeGreaterThan(0.4);
    expect(q).toBeLessThan(0.7);
  });

  it('is bounded by the share of new guns among all holders of two or more guns', () => {
    // Twenty holders of one new and one old gun and no all-new holder: the truncated likelihood alone
    // would say nearly every repeat possessor's gun is new; the holders themselves say half.
    const twenty = Array.from({ length: 20 }, () => ({ guns: 2, newGuns: 1 }));
    expect(repeatHolderShare(twenty, 0.4, 1)).toBeGreaterThan(0.85);
    expect(repeatHolderShare(twenty, 0.4, 0.5)).toBe(0.5);
  });
});
