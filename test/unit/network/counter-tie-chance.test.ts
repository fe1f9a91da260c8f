import { describe, expect, it } from 'vitest';
import type { CounterTieCalibration } from '../../../src/network/counter-tie-null.js';
import { buyerDayProfile, buyerDaysByDealer } from '../../../src/network/buyer-days.js';
import { prolificCounterTies } from '../../../src/network/prolific-counters.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { UnionFind } from '../../../src/network/union-find.js';
import { buyersOf, evidenceOf as evidenceWith, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// Two lone prolific purchasers meeting at one store, measured against chance: where such buyers
// are many, meetings months apart are what chance gives, and ties are held to closer purchases.
const settings = networkSettings();
const row = recoveredRowMaker();
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
const suspects = (rows: RecoveredPurchase[]) => new Map([...evidenceOf(rows)].filter(([, e]) => e.strawGuns.length > 0));
// Chance timed by every straw-evidence buyer's days, as the analysis times it.
const chanceIn = (rows: RecoveredPurchase[]) => ({ falseDiscoveryRate: 0.1, profile: buyerDayProfile(buyerDaysByDealer(suspects(rows))) });
const measured = { ...settings, prolificCounterFalseDiscoveryRate: 0.1 };

// P1 and P2 are each prolific (at SHOP at least 40 days from any of the others below) (two purchase events, every gun recovered from someone else within a year).
const pair = (gapDays: number) => [
  row('P1', 'SHOP', 652, 60),
  row('P1', 'OTHER', 712, 90),
  row('P2', 'SHOP', 652 + gapDays, 120),
  row('P2', 'THIRD', 682 + gapDays, 80),
];
// Eight other lone prolific purchasers of SHOP, one every 115 days over about two and a half years, each with a second purchase elsewhere.
const busy = () => Array.from({ length: 8 }, (_, i) => [row(`Q${i}`, 'SHOP', 20 + i * 115, 60), row(`Q${i}`, `ELSE${i}`, 80 + i * 115, 90)]).flat();
const tieOf = (ties: ReturnType<typeof prolificCounterTies>) => ties.find((t) => t.purchaserIds.join() === 'P1,P2');

describe('lone prolific purchasers at one counter, measured against chance', () => {
  it('keeps the scheme window where lone prolific purchasers are few', () => {
    const levels: CounterTieCalibration[] = [];
    const rows = [...steadyBackground(row), ...pair(100)];
    const ties = prolificCounterTies(suspects(rows), new UnionFind(), settings.schemeWindowDays, undefined, false, {
      ...chanceIn(rows),
      onCalibration: (c) => levels.push(c),
    });
    expect(tieOf(ties)).toBeDefined();
    expect(levels).toEqual([expect.objectContaining({ level: 0, found: [1] })]);
    expect(levels[0]!.chance[0]).toBeLessThan(1);
  });

  it('holds ties to closer purchases where such purchasers come all the time: months apart dropped, days apart kept', () => {
    const months = [...steadyBackground(row), ...busy(), ...pair(100)];
    expect(tieOf(prolificCounterTies(suspects(months), new UnionFind(), settings.schemeWindowDays))).toBeDefined();
    expect(tieOf(prolificCounterTies(suspects(months), new UnionFind(), settings.schemeWindowDays, undefined, false, chanceIn(months)))).toBeUndefined();
    const levels: CounterTieCalibration[] = [];
    const days = [...steadyBackground(row), ...busy(), ...pair(3)];
    const ties = prolificCounterTies(suspects(days), new UnionFind(), settings.schemeWindowDays, undefined, false, {
      ...chanceIn(days),
      onCalibration: (c) => levels.push(c),
    });
    expect(tieOf(ties)).toBeDefined();
    // Every tie kept is inside the window chance allows, and chance is at most a tenth of the ties there, or one.
    const c = levels[0]!;
    expect(c.level).toBeGreaterThan(0);
    expect(ties.every((t) => t.toDay - t.fromDay <= c.windows[c.level]!)).toBe(true);
    expect(c.chance[c.level]!).toBeLessThanOrEqual(Math.max(0.1 * c.found[c.level]!, 1));
    expect(c.chance[0]!).toBeGreaterThan(0.1 * c.found[0]!);
  });

  it('reports each alone in the analysis when chance explains their meeting, and says how ties were measured when it does not', () => {
    const apart = assembleNetworks(evidenceOf([...steadyBackground(row), ...busy(), ...pair(100)]), [], measured);
    expect(buyersOf(apart, 'P1')).toEqual(['P1']);
    expect(buyersOf(apart, 'P2')).toEqual(['P2']);
    const close = assembleNetworks(evidenceOf([...steadyBackground(row), ...busy(), ...pair(3)]), [], measured);
    expect(buyersOf(close, 'P1')).toEqual(['P1', 'P2']);
    const net = close.find((n) => n.members.some((m) => m.id === 'P1'))!;
    expect(
      net.evidence.some(
        (e) => e.startsWith('ties between lone prolific purchasers at one counter measured against chance') && e.includes('held to purchases within'),
      ),
    ).toBe(true);
  });
});
