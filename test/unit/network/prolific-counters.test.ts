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
});
