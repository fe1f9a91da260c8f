import { describe, expect, it } from 'vitest';
import { DuplicateRecords } from '../../../src/network/duplicate-records.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { prolificCounterTies } from '../../../src/network/prolific-counters.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { UnionFind } from '../../../src/network/union-find.js';
import { buyersOf, evidenceOf as evidenceWith, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// Two purchasers flagged on their own evidence, nothing on record between them, buying at one store in one scheme window.
const settings = networkSettings();
const row = recoveredRowMaker();
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
const suspects = (rows: RecoveredPurchase[]) => new Map([...evidenceOf(rows)].filter(([, e]) => e.strawGuns.length > 0));
// P1 and P2 are each prolific (two purchase events, every gun recovered from someone else within a year); they meet at SHOP 100 days apart.
const pair = (gapDays: number) => [
  row('P1', 'SHOP', 100, 60),
  row('P1', 'OTHER', 160, 90),
  row('P2', 'SHOP', 100 + gapDays, 120),
  row('P2', 'THIRD', 130 + gapDays, 80),
];

describe('lone prolific purchasers at one counter', () => {
  it('pairs them when their purchases at one dealer fall inside the scheme window, and not beyond it', () => {
    const ties = prolificCounterTies(suspects(pair(100)), new UnionFind(), settings.schemeWindowDays);
    expect(ties).toEqual([expect.objectContaining({ dealerLicense: 'SHOP', purchaserIds: ['P1', 'P2'] })]);
    expect(ties[0]!.toDay - ties[0]!.fromDay).toBe(100);
    expect(prolificCounterTies(suspects(pair(settings.schemeWindowDays + 1)), new UnionFind(), settings.schemeWindowDays)).toEqual([]);
  });

  it('leaves out a buyer who is not prolific, one already in a group, and two records that may be one person', () => {
    // L has one diverted gun at SHOP: straw evidence, but not flagged on its own.
    expect(prolificCounterTies(suspects([...pair(400), row('L', 'SHOP', 120, 30)]), new UnionFind(), settings.schemeWindowDays)).toEqual([]);
    const joined = new UnionFind();
    joined.union('P1', 'X');
    const withX = [...pair(100), row('X', 'ELSEWHERE', 10, 50), row('X', 'ELSEWHERE', 90, 50)];
    expect(prolificCounterTies(suspects(withX), joined, settings.schemeWindowDays)).toEqual([]);
    expect(prolificCounterTies(suspects(pair(100)), new UnionFind(), settings.schemeWindowDays, new DuplicateRecords([{ a: 'P1', b: 'P2' }]))).toEqual([]);
  });

  it('joins them in one network that names the dealer, the dates and that no record ties them', () => {
    const rows = [...steadyBackground(row), ...pair(100)];
    const nets = assembleNetworks(evidenceOf(rows), [], settings);
    expect(buyersOf(nets, 'P1')).toEqual(['P1', 'P2']);
    const net = nets.find((n) => n.members.some((m) => m.id === 'P1'))!;
    expect(net.typology).toBe('DEALER_PURCHASE_CLUSTER');
    expect(net.evidence.some((e) => e.includes('bought guns at dealer SHOP 100 days apart') && e.includes('no record ties them'))).toBe(true);
    expect(net.members.find((m) => m.id === 'P2')!.evidence.some((e) => e.includes('within 100 days of P1'))).toBe(true);
    // Switched off, each is reported alone.
    const off = assembleNetworks(evidenceOf(rows), [], { ...settings, prolificCounterJoins: false });
    expect(buyersOf(off, 'P1')).toEqual(['P1']);
    expect(buyersOf(off, 'P2')).toEqual(['P2']);
  });

  it('says so when their person records give one residence, instead of claiming no record ties them', () => {
    const home = { purchaserResidence: '40 Walnut St, Philadelphia, PA' };
    const roommates = pair(100).map((r) => ({ ...r, ...home }));
    const rows = [...steadyBackground(row), ...roommates];
    const net = assembleNetworks(evidenceOf(rows), [], settings).find((n) => n.members.some((m) => m.id === 'P1'))!;
    const said = net.evidence.join(' | ');
    expect(said).not.toContain('no record ties them');
    expect(said).toContain('their person records give one residence');
    expect(net.members.find((m) => m.id === 'P2')!.evidence.some((e) => e.startsWith('recorded at the same residence as P1'))).toBe(true);
  });

  // Housemates who each used their own store: nothing on record but their address ties them
  // (ATF, Following the Gun, 2000: straw purchasers recruited among housemates and relatives).
  const housemates = (gapDays: number, homes: [string, string]) => [
    { ...row('P1', 'SHOP', 100, 60), purchaserResidence: homes[0] },
    { ...row('P1', 'OTHER', 160, 90), purchaserResidence: homes[0] },
    { ...row('P2', 'THIRD', 100 + gapDays, 120), purchaserResidence: homes[1] },
    { ...row('P2', 'FOURTH', 130 + gapDays, 80), purchaserResidence: homes[1] },
  ];
  const same: [string, string] = ['12 Elm Street, Camden, NJ', '12 elm st., Camden, NJ'];

  it('pairs them at one recorded residence across different dealers inside the scheme window only when asked, and not beyond it', () => {
    const window = settings.schemeWindowDays;
    expect(prolificCounterTies(suspects(housemates(100, same)), new UnionFind(), window)).toEqual([]);
    const ties = prolificCounterTies(suspects(housemates(100, same)), new UnionFind(), window, undefined, true);
    // The closest purchases: P1 on day 160, P2 on day 200.
    expect(ties).toEqual([{ dealerLicense: null, fromDay: ties[0]!.fromDay, toDay: ties[0]!.fromDay + 40, purchaserIds: ['P1', 'P2'], sameResidence: true }]);
    expect(prolificCounterTies(suspects(housemates(window + 61, same)), new UnionFind(), window, undefined, true)).toEqual([]);
    expect(prolificCounterTies(suspects(housemates(100, [same[0], '14 Elm Street, Camden, NJ'])), new UnionFind(), window, undefined, true)).toEqual([]);
  });

  it('prefers the dealer when two housemates also met at one counter', () => {
    const rows = housemates(100, same).map((r) => (r.purchaserId === 'P2' && r.dealerLicense === 'THIRD' ? { ...r, dealerLicense: 'SHOP' } : r));
    const ties = prolificCounterTies(suspects(rows), new UnionFind(), settings.schemeWindowDays, undefined, true);
    expect(ties.map((t) => [t.dealerLicense, t.sameResidence])).toEqual([['SHOP', true]]);
  });

  it('reports housemates at different stores as one ring of associates that names the residence, not a dealer', () => {
    const rows = [...steadyBackground(row), ...housemates(100, same)];
    const net = assembleNetworks(evidenceOf(rows), [], settings).find((n) => n.members.some((m) => m.id === 'P1'))!;
    expect(buyersOf([net], 'P1')).toEqual(['P1', 'P2']);
    expect(net.typology).toBe('STRAW_RING_ASSOCIATES');
    expect(net.evidence.some((e) => e.includes('are recorded at one residence and bought guns 40 days apart') && e.includes('at different dealers'))).toBe(
      true,
    );
    expect(net.members.find((m) => m.id === 'P2')!.evidence.some((e) => e.startsWith('recorded at the same residence as P1, no other tie'))).toBe(true);
    const off = assembleNetworks(evidenceOf(rows), [], { ...settings, prolificResidenceJoins: false });
    expect(buyersOf(off, 'P1')).toEqual(['P1']);
  });
});
