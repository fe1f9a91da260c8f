import { describe, expect, it } from 'vitest';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { evidenceOf, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// Three rules on hand-made rows: crime guns no record places in anyone's hands count toward a
// prolific buyer (never alone); a group tied by a record needs the 3-year indicator on every gun
// but not also a 1-year gun, a group tied only by timing at a counter still does; and a prolific
// buyer in a group that is not reported is reported alone.
const settings = networkSettings();
const off = { ...settings, prolificCountsUnplacedGuns: false };
const buyersOf = (nets: ReturnType<typeof assembleNetworks>, id: string) =>
  nets
    .find((x) => x.members.some((m) => m.id === id && m.role === 'STRAW_PURCHASER'))
    ?.members.filter((m) => m.role === 'STRAW_PURCHASER')
    .map((m) => m.id)
    .sort();

describe('crime guns with no possessor recorded, toward a prolific buyer', () => {
  const make = recoveredRowMaker();
  // One gun recovered from a stranger, two more found in the state of sale with nobody recorded, three purchases.
  const rows = [make('P', 'D1', 10, 200), make('P', 'D1', 60, 300, null), make('P', 'D2', 120, 500, null)];

  it('flags the buyer when straw-evidence and unplaced crime guns together reach the prolific threshold, and says so', () => {
    const e = evidenceOf(rows, settings).get('P')!;
    expect(e.prolific).toBe(true);
    expect(e.strawGuns).toHaveLength(1);
    expect(e.unplacedGuns).toHaveLength(2);
    expect(e.evidence.some((x) => x.includes('2 more recovered in crime in the state of sale') && x.includes('3 crime guns from 3 purchase events'))).toBe(
      true,
    );
    expect(buyersOf(assembleNetworks(evidenceOf(rows, settings), [], settings), 'P')).toEqual(['P']);
  });

  it('does not with the setting off, nor without one gun shown in another person’s hands', () => {
    expect(evidenceOf(rows, off).get('P')!.prolific).toBe(false);
    const m = recoveredRowMaker();
    const unplacedOnly = [m('Q', 'D1', 10, 200, null), m('Q', 'D1', 60, 300, null), m('Q', 'D2', 120, 500, null)];
    expect(evidenceOf(unplacedOnly, settings).get('Q')).toBeUndefined();
  });

  it('never counts a gun found with its buyer, reported stolen, or recovered after 3 years', () => {
    const m = recoveredRowMaker();
    const rows2 = [m('R', 'D1', 10, 200), m('R', 'D1', 60, 300, 'R'), m('R', 'D2', 120, 500, null, { reportedStolen: true }), m('R', 'D2', 200, 1200, null)];
    const e = evidenceOf(rows2, settings).get('R')!;
    expect(e.unplacedGuns).toEqual([]);
    expect(e.prolific).toBe(false);
  });
});

describe('the 1-year indicator for groups', () => {
  it('reports a recruiter’s recorded one-time buyers whose guns were all diverted within 3 years but none within 1', () => {
    const make = recoveredRowMaker();
    const rows = [...steadyBackground(make), make('A1', 'S1', 700, 500), make('A2', 'S1', 720, 600), make('A3', 'S2', 760, 700)];
    const ties = ['A1', 'A2', 'A3'].map((a) => ({ a, b: 'BRK' }));
    // The option itself, as config/risk-weights.json ships it (docs/trafficking.md, rule 4).
    const relaxed = { ...settings, recordedTieMinVeryShortGuns: 0 };
    expect(buyersOf(assembleNetworks(evidenceOf(rows, relaxed), ties, relaxed), 'A1')).toEqual(['A1', 'A2', 'A3']);
    // With the 1-year gun required of every group, as before, nobody is reported.
    const strict = { ...settings, recordedTieMinVeryShortGuns: settings.minVeryShortGuns };
    expect(buyersOf(assembleNetworks(evidenceOf(rows, strict), ties, strict), 'A1')).toBeUndefined();
  });

  it('still requires a 1-year gun of buyers joined only by a burst at one counter', () => {
    const make = recoveredRowMaker();
    const burst = ['C1', 'C2', 'C3', 'C4', 'C5'].map((b, i) => make(b, 'QUIET', 800 + 2 * i, 500));
    const nets = assembleNetworks(evidenceOf([...steadyBackground(make), ...burst], settings), [], settings);
    expect(buyersOf(nets, 'C1')).toBeUndefined();
    const fast = recoveredRowMaker();
    const burst2 = ['C1', 'C2', 'C3', 'C4', 'C5'].map((b, i) => fast(b, 'QUIET', 800 + 2 * i, i === 0 ? 100 : 500));
    expect(buyersOf(assembleNetworks(evidenceOf([...steadyBackground(fast), ...burst2], settings), [], settings), 'C1')).toEqual([
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
    ]);
  });
});

describe('a prolific buyer in a group that is not reported', () => {
  it('is reported alone, with his own evidence', () => {
    const make = recoveredRowMaker();
    // P buys again and again (prolific); his acquaintance X lost one gun to a stranger two years later:
    // together two purchase events too few for a group, P still stands on his own evidence.
    const rows = [make('P', 'D1', 10, 100), make('P', 'D1', 12, 150), make('P', 'D2', 80, 200), make('X', 'D3', 700, 400)];
    const nets = assembleNetworks(evidenceOf(rows, settings), [{ a: 'P', b: 'X' }], settings);
    expect(buyersOf(nets, 'P')).toEqual(['P']);
    expect(nets.find((n) => n.members.some((m) => m.id === 'P'))!.typology).toBe('LONE_PROLIFIC_BUYER');
    expect(buyersOf(nets, 'X')).toBeUndefined();
  });
});
