import { describe, expect, it } from 'vitest';
import type { BuyerTieCalibration } from '../../../src/network/buyer-null.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { evidenceOf, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// Lawful repeat buyers (a pattern the generator never writes): people who buy a gun every few
// years, some of whose guns reach crime soon after sale by chance, and whose older guns show up in
// crime too. Flags for repeat buying are held to the level the data supports (buyer-null.ts).
const settings = networkSettings();
const make = recoveredRowMaker(2010);
const LAWFUL = 300;

/**
 * Lawful buyer L<i>: two guns bought in different years, each found with a stranger 200 days later
 * (straw evidence), and one bought years before and found 1,500 days later (a control gun).
 */
const lawful = Array.from({ length: LAWFUL }, (_, i) => [
  make(`L${i}`, `D${i % 50}`, 1000 + 3 * i, 200),
  make(`L${i}`, `D${(i + 7) % 50}`, 2100 + 3 * i, 200),
  make(`L${i}`, `D${(i + 13) % 50}`, 3 * i, 1500),
]).flat();
/** Straw purchaser T: five guns bought 20 days apart at five dealers, each found with a stranger within 150 days. */
const straw = Array.from({ length: 5 }, (_, e) => make('T', `S${e}`, 2500 + 20 * e, 150));
/** One-event buyers whose guns were found after more than 3 years: the state's crime guns are mostly old. */
const singles = Array.from({ length: 600 }, (_, i) => make(`O${i}`, `D${i % 50}`, 5 * i, 1400));
const rows = [...lawful, ...straw, ...singles];

describe('flags for repeat buying where lawful buyers buy again and again', () => {
  it('flags every lawful repeat buyer alone with the rule off (two guns, both diverted within a year)', () => {
    const off = evidenceOf(rows, { ...settings, repeatBuyerFalseDiscoveryRate: 0 });
    expect(Array.from({ length: LAWFUL }, (_, i) => off.get(`L${i}`)!.prolific).every(Boolean)).toBe(true);
  });

  it('measures chance on their control guns and holds their flags back, saying why', () => {
    let ties: BuyerTieCalibration | undefined;
    const on = evidenceOf(rows, settings, (c) => (ties = c));
    expect(ties!.level).toBeGreaterThanOrEqual(1);
    expect(ties!.controlled.size).toBe(LAWFUL);
    const held = on.get('L0')!;
    expect(held.prolific).toBe(false);
    expect(held.strawGuns).toHaveLength(2);
    expect(held.evidence.join(' ')).toMatch(/not flagged alone: repeat buying measured against lawful repeat buyers: .* \(level \d/);
    expect(Array.from({ length: LAWFUL }, (_, i) => on.get(`L${i}`)!.prolific).some(Boolean)).toBe(false);
  });

  it('still flags the straw purchaser, with the level in his evidence, and reports him alone', () => {
    const on = evidenceOf(rows, settings);
    const t = on.get('T')!;
    expect(t.prolific).toBe(true);
    expect(t.evidence.some((x) => x.startsWith('repeat buying measured against lawful repeat buyers'))).toBe(true);
    expect(t.evidence.join(' ')).not.toContain('not flagged alone: repeat buying');
    const nets = assembleNetworks(on, [], settings);
    expect(nets.some((n) => n.members.some((m) => m.id.startsWith('L')))).toBe(false);
    expect(nets.filter((n) => n.typology === 'LONE_PROLIFIC_BUYER').map((n) => n.members.find((m) => m.role === 'STRAW_PURCHASER')?.id)).toEqual(['T']);
  });

  it('keeps flags on other evidence than counts: guns of several purchases found with one person', () => {
    const repeat = [make('R', 'D1', 2600, 100, 'RH'), make('R', 'D2', 2700, 100, 'RH')];
    const e = evidenceOf([...rows, ...repeat], settings).get('R')!;
    expect(e.prolific).toBe(true);
    expect(e.evidence.join(' ')).toMatch(/recovered from the same person \(RH\)/);
  });
});
