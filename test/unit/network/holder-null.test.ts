import { describe, expect, it } from 'vitest';
import { heldTogether, holderTieCalibration, withHolderTies } from '../../../src/network/holder-null.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { evidenceOf, networkSettings, recoveredRowMaker } from './recovered-rows.js';

const settings = networkSettings();
const buyersOf = (nets: ReturnType<typeof assembleNetworks>) =>
  nets.map((n) => n.members.filter((m) => m.role === 'STRAW_PURCHASER').map((m) => m.id)).sort((a, b) => a[0]!.localeCompare(b[0]!));

/**
 * A state where police find the same people with guns again and again: 20 repeat possessors each
 * found, in one seizure, with one straw-evidence gun (recovered within 3 years) and one control gun
 * (recovered 2,000 days after its sale: never straw evidence); 6 more each hold two straw guns of
 * two strangers bought at two different stores 60 days apart (what chance gives such people); and
 * one receiver holds two guns each of two buyers sent to one store. 36 straw guns, 20 control
 * guns: p = 36/56.
 */
function repeatPossession(): RecoveredPurchase[] {
  const row = recoveredRowMaker();
  const rows: RecoveredPurchase[] = [];
  for (let i = 0; i < 20; i++) rows.push(row(`X${i}`, `DX${i}`, 30 * i, 200, `REPEAT${i}`), row(`Y${i}`, `DY${i}`, 30 * i - 1800, 2000, `REPEAT${i}`));
  for (let i = 0; i < 6; i++) rows.push(row(`U${i}`, `DU${i}`, 40 * i, 150, `CHANCE${i}`), row(`V${i}`, `DV${i}`, 40 * i + 60, 150, `CHANCE${i}`));
  rows.push(row('A1', 'DR', 10, 120, 'RECV'), row('A1', 'DR', 40, 120, 'RECV'), row('A2', 'DR', 20, 120, 'RECV'), row('A2', 'DR', 60, 120, 'RECV'));
  return rows;
}

describe('receiver ties measured against repeat possession', () => {
  it('keeps every receiver tie where nobody holds a gun that cannot be straw evidence (level 0, nothing changes)', () => {
    const row = recoveredRowMaker();
    const rows = [row('S1', 'D1', 100, 120, 'R'), row('S2', 'D2', 160, 120, 'R'), row('Z', 'D3', 10, 2000, 'OTHER')];
    const tuned = withHolderTies(settings, rows, evidenceOf(rows, settings));
    expect(tuned.holderTies).toMatchObject({ level: 0, found: [1], chance: [0], controlPairs: 0 });
    expect(buyersOf(assembleNetworks(evidenceOf(rows, settings), [], tuned))).toEqual([['S1', 'S2']]);
  });

  it('estimates the chance pairs from the pairs with a control gun and raises the level until chance explains at most 10%', () => {
    const rows = repeatPossession();
    const c = holderTieCalibration(rows, evidenceOf(rows, settings), 0.1);
    const p = 36 / 56;
    const perControlledHolder = (p * p) / (1 - p * p);
    // Level 0: 6 chance pairs + 4 receiver pairs; 20 mixed pairs stand for 20·p²/(1 − p²) straw pairs.
    // Level 2 with a purchase window of 30 days, then with one dealer only: the strangers' guns were
    // bought 60 days apart, the receiver's buyers shopped at one store.
    expect(c.found).toEqual([10, 10, 4, 4]);
    expect(c.chance[0]).toBeCloseTo(20 * perControlledHolder, 6);
    // Level 1: each repeat possessor of 2 guns stands for p²/(1 − p²) unseen all-straw ones, one pair each.
    expect(c.chance[1]).toBeCloseTo(20 * perControlledHolder, 6);
    // The window: repeat possessors' guns were recovered on one day, so a chance pair's sale dates
    // differ as two straw guns' times-to-crime do (4 × 120, 12 × 150, 20 × 200 days): within 30 days
    // for 656 of 1,296 draws; one dealer or the window, taken as independent. 7.4 of 4 pairs: no.
    const sameDealer = 32 * (1 / 36) ** 2 + (4 / 36) ** 2;
    const within30 = 656 / 1296;
    expect(c.chance[2]).toBeCloseTo(20 * perControlledHolder * (sameDealer + within30 - sameDealer * within30), 6);
    // One dealer only: those pairs share a dealer as often as two of the state's straw guns do (Σ share²).
    expect(c.chance[3]).toBeCloseTo(20 * perControlledHolder * sameDealer, 6);
    expect(c.level).toBe(2);
    expect(c.windowDays).toBe(0);
    expect(c.controlPairs).toBe(20);
    expect([...c.controlled].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `REPEAT${i}`).sort());
  });

  it('reports the one-store receiver and none of the strangers chance put in one hand, and says why', () => {
    const rows = repeatPossession();
    const evidence = evidenceOf(rows, settings);
    const off = assembleNetworks(evidence, [], { ...settings, holderTieFalseDiscoveryRate: 0 });
    expect(buyersOf(off)).toHaveLength(7);
    const tuned = withHolderTies(settings, rows, evidence);
    const on = assembleNetworks(evidence, [], tuned);
    expect(buyersOf(on)).toEqual([['A1', 'A2']]);
    expect(on[0]!.evidence.join(' ')).toMatch(
      /receiver ties measured against repeat possession: .* about 14\.1 chance pair\(s\) .* where the data holds 10, .*level 2/,
    );
  });

  it('ties the buyers a level allows: a holder found with a control gun ties nobody from level 1, and level 2 asks for one dealer or a purchase window', () => {
    const guns = [
      { buyer: 'A', dealer: 'D1', soldOn: '2024-01-10' },
      { buyer: 'B', dealer: 'D1', soldOn: '2024-09-01' },
      { buyer: 'C', dealer: 'D2', soldOn: '2024-02-05' },
      { buyer: 'E', dealer: 'D3', soldOn: '2025-06-01' },
    ];
    expect([...heldTogether(guns, 0, true)].sort()).toEqual(['A', 'B', 'C', 'E']);
    expect([...heldTogether(guns, 1, false)].sort()).toEqual(['A', 'B', 'C', 'E']);
    expect([...heldTogether(guns, 1, true)]).toEqual([]);
    expect([...heldTogether(guns, 2, false)].sort()).toEqual(['A', 'B']);
    // C bought 26 days after A at another store; E over a year after anyone.
    expect([...heldTogether(guns, 2, false, undefined, 30)].sort()).toEqual(['A', 'B', 'C']);
    expect([...heldTogether(guns, 2, false, undefined, 20)].sort()).toEqual(['A', 'B']);
    expect([...heldTogether(guns, 2, true, undefined, 365)]).toEqual([]);
    expect([...heldTogether(guns, 3, false, undefined, 365)]).toEqual([]);
  });

  it("ties buyers of different stores who bought close together where repeat possessors' guns are found years apart", () => {
    // 20 repeat possessors found with a new gun and, 900 days later, an old one; 6 chance holders
    // with two strangers' new guns found 900 days apart (bought 900 days apart); one receiver holds
    // the guns of two buyers of two stores bought 25 days apart.
    const row = recoveredRowMaker();
    const rows: RecoveredPurchase[] = [];
    for (let i = 0; i < 20; i++) rows.push(row(`X${i}`, `DX${i}`, 30 * i, 200, `REPEAT${i}`), row(`Y${i}`, `DY${i}`, 30 * i - 900, 2000, `REPEAT${i}`));
    for (let i = 0; i < 6; i++) rows.push(row(`U${i}`, `DU${i}`, 40 * i, 150, `CHANCE${i}`), row(`V${i}`, `DV${i}`, 40 * i + 900, 150, `CHANCE${i}`));
    rows.push(row('A1', 'DR1', 10, 120, 'RECV'), row('A2', 'DR2', 35, 120, 'RECV'));
    const evidence = evidenceOf(rows, settings);
    const c = holderTieCalibration(rows, evidence, 0.1);
    // Two guns recovered 900 days apart with times-to-crime within 80 days of each other were never
    // bought within a month of each other: the window costs no more chance than one dealer.
    expect(c.found).toEqual([7, 7, 1]);
    expect(c).toMatchObject({ level: 2, windowDays: 30 });
    const on = assembleNetworks(evidence, [], withHolderTies(settings, rows, evidence));
    expect(buyersOf(on)).toEqual([['A1', 'A2']]);
    expect(on[0]!.evidence.join(' ')).toMatch(/bought at one dealer or within 30 days of each other \(level 2:/);
  });

  it("uses a purchase window only if the pairs it adds to one dealer's meet the rate on their own", () => {
    // 20 repeat possessors found with a new gun and, 60 days later, an old one (new guns' times-to-crime
    // spread over 100–575 days); 6 chance holders with two strangers' guns bought 10 days apart at two
    // stores; 30 receivers each with the guns of three buyers of one store.
    const row = recoveredRowMaker();
    const rows: RecoveredPurchase[] = [];
    for (let i = 0; i < 20; i++) {
      const ttc = 100 + 25 * i;
      rows.push(row(`X${i}`, `DX${i}`, 30 * i, ttc, `REPEAT${i}`), row(`Y${i}`, `DY${i}`, 30 * i + ttc + 60 - 2000, 2000, `REPEAT${i}`));
    }
    for (let i = 0; i < 6; i++) rows.push(row(`U${i}`, `DU${i}`, 40 * i, 150, `CHANCE${i}`), row(`V${i}`, `DV${i}`, 40 * i + 10, 150, `CHANCE${i}`));
    for (let r = 0; r < 30; r++) for (let b = 0; b < 3; b++) rows.push(row(`R${r}-${b}`, `DR${r}`, 20 * r + 5 * b, 120, `RECV${r}`));
    const evidence = evidenceOf(rows, settings);
    const c = holderTieCalibration(rows, evidence, 0.1);
    // Steps: 0, 1, one dealer or 30 days, one dealer only. The window passes as a whole (the 90
    // receivers' pairs carry it) but the 6 pairs it adds come with far more than 10% chance.
    expect(c.found).toEqual([96, 96, 96, 90]);
    expect(c.chance[2]).toBeLessThanOrEqual(0.1 * c.found[2]!);
    expect(c.chance[2]! - c.chance[3]!).toBeGreaterThan(0.1 * (c.found[2]! - c.found[3]!));
    expect(c).toMatchObject({ level: 2, windowDays: 0 });
    const on = assembleNetworks(evidence, [], withHolderTies(settings, rows, evidence));
    expect(buyersOf(on)).toHaveLength(30);
    expect(
      buyersOf(on)
        .flat()
        .filter((b) => /^[UV]/.test(b)),
    ).toEqual([]);
  });

  it('measures receiving households as a class of their own, with the residence as the holder', () => {
    // A block recorded without unit numbers: ten residents each found with one new gun of a
    // stranger (ten stores), ten found with one old gun. Elsewhere, two people at one house hold
    // the new guns of two buyers of one store.
    const row = recoveredRowMaker();
    const block = { possessorResidence: '9 Tower Rd, Macon, GA' };
    const house = { possessorResidence: '5 Pine St, Macon, GA' };
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => row(`P${i}`, `DP${i}`, 20 * i, 150, `NEW${i}`, block)),
      ...Array.from({ length: 10 }, (_, i) => row(`Q${i}`, `DQ${i}`, 20 * i, 2000, `OLD${i}`, block)),
      row('H1', 'DH', 10, 100, 'HOUSE1', house),
      row('H2', 'DH', 50, 100, 'HOUSE2', house),
    ];
    const evidence = evidenceOf(rows, settings);
    const off = buyersOf(assembleNetworks(evidence, [], { ...settings, holderTieFalseDiscoveryRate: 0 }));
    expect(off).toContainEqual(Array.from({ length: 10 }, (_, i) => `P${i}`));
    const tuned = withHolderTies(settings, rows, evidence);
    // Nobody holds two guns: the receiver class has nothing to measure and stays at level 0.
    expect(tuned.holderTies).toMatchObject({ level: 0, controlPairs: 0 });
    // The block: 45 pairs of new guns, 100 with an old one, 45 of two old ones; p = 12/22 in the state.
    const p = 12 / 22;
    expect(tuned.householdTies.found[0]).toBe(45 + 1);
    expect(tuned.householdTies.chance[0]).toBeCloseTo((145 * p * p) / (1 - p * p), 6);
    expect(tuned.householdTies.level).toBe(1);
    expect([...tuned.householdTies.controlled]).toEqual(['9 tower rd macon ga']);
    const on = assembleNetworks(evidence, [], tuned);
    expect(buyersOf(on)).toEqual([['H1', 'H2']]);
    expect(on[0]!.evidence.join(' ')).toMatch(/household ties measured against shared residences: .*\(level 1:/);
  });

  it("measures chance with the repeat possessors' own share of new guns when they carry newer guns than the state", () => {
    // 100 people found with three guns each, three of four of them new (each bought by a stranger at
    // a store of its own): 42 hold three new guns, 42 two new and one old, 14 one new, 2 none. Beside
    // them, 100 new and 500 old guns each found with someone once, so the state's share is 324/900.
    // One receiver holds the new guns of two buyers sent to one store.
    const row = recoveredRowMaker();
    const rows: RecoveredPurchase[] = [];
    const holder = (h: number, fresh: number) => {
      for (let g = 0; g < 3; g++) rows.push(row(`B${h}-${g}`, `D${h}-${g}`, 3 * h + g, g < fresh ? 200 : 2000, `REP${h}`));
    };
    for (let h = 0; h < 100; h++) holder(h, h < 42 ? 3 : h < 84 ? 2 : h < 98 ? 1 : 0);
    for (let i = 0; i < 600; i++) rows.push(row(`S${i}`, `DS${i}`, i, i < 100 ? 200 : 2000));
    rows.push(row('R1', 'DR', 10, 100, 'RECV'), row('R2', 'DR', 40, 100, 'RECV'));
    const evidence = evidenceOf(rows, settings);
    const c = holderTieCalibration(rows, evidence, 0.1);
    // The 126 pairs of new guns at the 42 all-new holders are chance. Measured with the state's share
    // (p = 326/902), 58 holders seen with an old gun would stand for only about 8.5 of them, and
    // level 1 would let the 42 strangers' trios through; with their own share (about 0.75) they
    // stand for about as many as there are, so only buyers of one store are tied.
    expect(c.found[1]).toBe(126 + 1);
    expect(c.chance[1]).toBeGreaterThan(90);
    expect(c.level).toBe(2);
    expect(c.newerShares).toHaveLength(1);
    expect(c.newerShares[0]).toMatchObject({ state: 'GA', stateShare: 326 / 902 });
    expect(c.newerShares[0]!.repeatShare).toBeGreaterThan(0.7);
    const on = assembleNetworks(evidence, [], withHolderTies(settings, rows, evidence));
    expect(buyersOf(on)).toEqual([['R1', 'R2']]);
  });

  it('is off at rate 0', () => {
    const rows = repeatPossession();
    expect(holderTieCalibration(rows, evidenceOf(rows, settings), 0)).toMatchObject({ level: 0, found: [], chance: [] });
  });
});
