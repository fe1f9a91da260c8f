import { describe, expect, it } from 'vitest';
import {
  calibrateRecordTies,
  describeRecordTieLevel,
  nullPairings,
  recordOnlyMaxDealers,
  rewiredAssociations,
  seededRandom,
} from '../../../src/network/association-null.js';
import { assembleNetworks, type RecordTieCalibrations } from '../../../src/network/network.assembly.js';
import type { Purchase, RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { buyersOf, evidenceOf, isoDay, networkSettings, recoveredRowMaker } from './recovered-rows.js';

const degrees = (edges: Array<{ a: string; b: string }>) => {
  const d = new Map<string, number>();
  for (const { a, b } of edges) for (const x of [a, b]) d.set(x, (d.get(x) ?? 0) + 1);
  return d;
};

// 60 one-gun buyers and 40 recorded associations between random pairs of them (a dense
// field-contact file): the pairs say nothing about the guns.
const random = seededRandom(11);
const pairs = Array.from({ length: 40 }, () => ({ a: `B-${Math.floor(random() * 60)}`, b: `B-${Math.floor(random() * 60)}` })).filter(({ a, b }) => a !== b);

/** Networks with the rule on, and what each class's calibration chose. */
const withRule = (rows: RecoveredPurchase[], ties: Array<{ a: string; b: string }>, purchases: Purchase[] = []) => {
  const settings = { ...networkSettings(), recordTieFalseDiscoveryRate: 0.1 };
  let calibration: RecordTieCalibrations | undefined;
  const nets = assembleNetworks(evidenceOf(rows, settings), ties, settings, new Map(), undefined, purchases, (c) => (calibration = c));
  return { nets, calibration: calibration! };
};

describe('the empirical null for groups tied only by association records', () => {
  it('re-pairs associations keeping every person’s count, drops those without a suspect, and repeats itself for a seed whatever the input order', () => {
    const suspects = new Set(Array.from({ length: 60 }, (_, i) => `B-${i}`));
    const input = [...pairs, { a: 'X', b: 'Y' }];
    const out = rewiredAssociations(input, suspects, 7);
    expect(out.some((e) => e.a === 'X' || e.b === 'X')).toBe(false);
    const before = degrees(pairs);
    const after = degrees(out);
    for (const [id, n] of after) expect(n).toBeLessThanOrEqual(before.get(id)!);
    // Only self-pairs and repeated pairs are dropped: each takes two ends away.
    const lost = [...before.values()].reduce((a, b) => a + b, 0) - [...after.values()].reduce((a, b) => a + b, 0);
    expect(lost).toBe(2 * (pairs.length - out.length));
    expect(rewiredAssociations(input, suspects, 7)).toEqual(out);
    // The order the records were read in does not matter, nor which end each was written from.
    expect(
      rewiredAssociations(
        [...input].reverse().map(({ a, b }) => ({ a: b, b: a })),
        suspects,
        7,
      ),
    ).toEqual(out);
    // An association read from both ends, or recorded twice, is one association.
    expect(rewiredAssociations([...input, ...input.map(({ a, b }) => ({ a: b, b: a })), ...input], suspects, 7)).toEqual(out);
    expect(rewiredAssociations(input, suspects, 8)).not.toEqual(out);
  });

  it('pairs a suspect only with people recorded with suspects of the same stratum (place and year of buying)', () => {
    const edges = [
      { a: 'S1', b: 'X1' },
      { a: 'S2', b: 'X2' },
      { a: 'T1', b: 'Y1' },
      { a: 'T2', b: 'Y2' },
    ];
    const stratum = (id: string) => id[0]!;
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const { a, b } of rewiredAssociations(edges, new Set(['S1', 'S2', 'T1', 'T2']), seed, stratum)) {
        expect(stratum(a) === 'S' ? b[0] : 'Y').toBe(stratum(a) === 'S' ? 'X' : b[0]);
      }
    }
  });

  it('chooses the lowest level at which chance explains at most alpha of the record-only groups reported, or at most one group', () => {
    const real = [{ a: 'A', b: 'B' }];
    const found = [40, 30, 20, 12, 10];
    // Far more networks with other ties: their precision does not buy the record-only groups any chance.
    const reported = [400, 380, 350, 320, 310];
    const chance = [9, 6, 3, 0, 0];
    const count = (a: Array<{ a: string; b: string }>, level: number) => ({
      recordOnly: a === real ? found[level]! : chance[level]!,
      reported: a === real ? reported[level]! : 0,
    });
    expect(calibrateRecordTies(count, real, nullPairings(real, new Set(['A'])), 0.1)).toMatchObject({
      level: 3,
      found: [40, 30, 20, 12],
      chance: [9, 6, 3, 0],
      reported: [400, 380, 350, 320],
    });
    expect(calibrateRecordTies(count, real, nullPairings(real, new Set(['A'])), 0.2)).toMatchObject({ level: 1 });
    // Less than one chance group expected in the whole run is tolerated whatever the share.
    const few = (a: Array<{ a: string; b: string }>, level: number) => ({ recordOnly: a === real ? [2, 1][level]! : [1, 0][level]!, reported: 3 });
    expect(calibrateRecordTies(few, real, nullPairings(real, new Set(['A'])), 0.1)).toMatchObject({ level: 0 });
    expect(calibrateRecordTies(() => ({ recordOnly: 0, reported: 5 }), real, nullPairings(real, new Set(['A'])), 0.1)).toMatchObject({ level: 0, found: [0] });
    expect([0, 1, 2, 4].map((level) => recordOnlyMaxDealers(level, 3))).toEqual([Number.POSITIVE_INFINITY, 2, 1, 1]);
    const sentence = describeRecordTieLevel(calibrateRecordTies(count, real, nullPairings(real, new Set(['A'])), 0.1), 4);
    expect(sentence).toContain('about 9 such group(s) where the data holds 40');
    expect(sentence).toContain('no more than 1 dealer(s) for its 4 buyers');
  });

  it('reports no chance group of acquaintances who shared no store once switched on, and still reports a buyer flagged on his own', () => {
    const row = recoveredRowMaker();
    // Each B buyer: one gun from a dealer of his own, bought within one year, recovered from someone
    // else after 500 days (inside ATF's 3-year indicator). P: prolific on his own.
    const rows = [
      ...Array.from({ length: 60 }, (_, i) => row(`B-${i}`, `D${i}`, i * 5, 500)),
      row('P', 'SHOP', 10, 60),
      row('P', 'SHOP', 80, 90),
      row('P', 'SHOP', 200, 45),
    ];
    const settings = networkSettings();
    const off = assembleNetworks(evidenceOf(rows, settings), pairs, { ...settings, recordTieFalseDiscoveryRate: 0 });
    const inGroups = (nets: typeof off) => nets.filter((n) => n.strawPurchasers >= 2 && n.members.some((m) => m.id.startsWith('B-')));
    expect(inGroups(off).length).toBeGreaterThan(0);
    const on = assembleNetworks(evidenceOf(rows, settings), pairs, { ...settings, recordTieFalseDiscoveryRate: 0.1 });
    expect(inGroups(on)).toEqual([]);
    expect(buyersOf(on, 'P')).toEqual(['P']);
  });

  it('leaves out of the null the buyers other evidence already placed: their broker is not handed to strangers', () => {
    const row = recoveredRowMaker();
    // C1–C5: a crew whose guns meet in one receiver's hands (a receiver hub), all recorded with broker H.
    // B-0…B-59: one-gun buyers, each recorded with one person of their own (a contact file's usual pair).
    // R1–R3: a recruiter's crew, tied only by records to H2, one store each, bought within a month.
    const rows = [
      ...['C1', 'C2', 'C3', 'C4', 'C5'].map((c, i) => row(c, 'CSHOP', 10 + i * 20, 90, 'RX')),
      ...Array.from({ length: 60 }, (_, i) => row(`B-${i}`, `D${i}`, i * 5, 500)),
      row('R1', 'S1', 40, 70),
      row('R2', 'S2', 50, 80),
      row('R3', 'S3', 60, 75),
    ];
    const ties = [
      ...['C1', 'C2', 'C3', 'C4', 'C5'].map((c) => ({ a: c, b: 'H' })),
      ...Array.from({ length: 60 }, (_, i) => ({ a: `B-${i}`, b: `X-${i}` })),
      ...['R1', 'R2', 'R3'].map((r) => ({ a: r, b: 'H2' })),
    ];
    const { nets, calibration } = withRule(rows, ties);
    const chance = [calibration.plain.chance[0]! + calibration.recruiter.chance[0]!];
    expect(buyersOf(nets, 'C1')).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(buyersOf(nets, 'R1')).toEqual(['R1', 'R2', 'R3']);
    // Only H2's three records can tie unplaced buyers at random: one chance group, not H's five as well.
    expect(chance[0]).toBeLessThanOrEqual(1);
  });

  it('holds groups whose broker has a recruiter’s record to their own chance rate, apart from the other record-only groups', () => {
    const row = recoveredRowMaker();
    // Twenty threes of acquaintances, each on record with the next, each buyer with one gun from a
    // dealer of his own; and a recruiter H2 on record with four people who bought guns the same
    // spring: R1 and R2, whose guns were soon recovered from others at two stores, and N1 and N2,
    // whose guns were not recovered.
    const rows = [...Array.from({ length: 60 }, (_, i) => row(`B-${i}`, `D${i}`, i * 5, 500)), row('R1', 'S1', 40, 70), row('R2', 'S2', 50, 80)];
    const acquaintances = Array.from({ length: 20 }, (_, i) => [
      { a: `B-${3 * i}`, b: `B-${3 * i + 1}` },
      { a: `B-${3 * i + 1}`, b: `B-${3 * i + 2}` },
    ]).flat();
    const ties = [...acquaintances, ...['R1', 'R2', 'N1', 'N2'].map((r) => ({ a: r, b: 'H2' }))];
    const purchases = [
      ...rows.map((r) => ({ purchaserId: r.purchaserId, soldOn: r.soldOn, dealerLicense: r.dealerLicense, multipleSale: false })),
      { purchaserId: 'N1', soldOn: isoDay(45), dealerLicense: 'S1', multipleSale: false },
      { purchaserId: 'N2', soldOn: isoDay(60), dealerLicense: 'S2', multipleSale: false },
    ];
    const { nets, calibration } = withRule(rows, ties, purchases);
    const levels = [calibration.plain.level, calibration.recruiter.level];
    // Random pairing makes about as many such groups as the data holds: that class must share
    // stores. It gives H2 two buyers of the same year about once: his record's class need not.
    expect(levels[0]).toBeGreaterThan(0);
    expect(levels[1]).toBe(0);
    expect(buyersOf(nets, 'R1')).toEqual(['R1', 'R2']);
    expect(nets.filter((n) => n.members.some((m) => m.id.startsWith('B-')))).toEqual([]);
  });
});
