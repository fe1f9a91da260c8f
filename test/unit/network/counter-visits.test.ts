import { describe, expect, it } from 'vitest';
import { counterVisits } from '../../../src/network/counter-visits.js';
import { DuplicateRecords } from '../../../src/network/duplicate-records.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { buyersOf, evidenceOf as evidenceWith, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// Buyers shopping together: straw-evidence guns bought at one dealer on one day by different people.
const settings = networkSettings();
const row = recoveredRowMaker();
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
const suspects = (rows: RecoveredPurchase[]) => new Map([...evidenceOf(rows)].filter(([, e]) => e.strawGuns.length > 0));
// P1 and P2: each prolific on their own (two purchase events, every gun recovered from someone else within a year).
const prolificPair = () => [row('P1', 'SHOP', 100, 60), row('P1', 'SHOP', 200, 90), row('P2', 'SHOP', 200, 120), row('P2', 'OTHER', 300, 80)];

describe('buyers shopping together', () => {
  it('pairs straw-evidence guns bought at one dealer on one day by different people, and nothing else', () => {
    const visits = counterVisits(suspects(prolificPair()));
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ dealerLicense: 'SHOP', purchaserIds: ['P1', 'P2'] });
    // A gun recovered from its own buyer is no straw evidence, and a day apart is another visit.
    expect(counterVisits(suspects([row('A', 'SHOP', 10, 60), row('B', 'SHOP', 10, 60, 'B'), row('C', 'SHOP', 11, 60)]))).toEqual([]);
  });

  it('does not pair two records that may be one person', () => {
    expect(counterVisits(suspects(prolificPair()), new DuplicateRecords([{ a: 'P1', b: 'P2' }]))).toEqual([]);
  });

  it('joins nobody unless enabled (measured: bench/results/trafficking-recall-4-2026-12-02.md)', () => {
    // The counter tie of lone prolific buyers (prolific-counters.ts) would join this pair too: off here.
    const nets = assembleNetworks(evidenceOf([...steadyBackground(row), ...prolificPair()]), [], { ...settings, prolificCounterJoins: false });
    expect(buyersOf(nets, 'P1')).toEqual(['P1']);
    expect(buyersOf(nets, 'P2')).toEqual(['P2']);
  });

  it('joins two buyers flagged on their own evidence, and says why', () => {
    const nets = assembleNetworks(evidenceOf([...steadyBackground(row), ...prolificPair()]), [], { ...settings, sharedVisitJoins: 'PROLIFIC' });
    expect(buyersOf(nets, 'P1')).toEqual(['P1', 'P2']);
    const net = nets.find((n) => n.members.some((m) => m.id === 'P1'))!;
    expect(net.typology).toBe('STRAW_RING_ASSOCIATES');
    expect(net.evidence.some((e) => e.includes('bought guns at dealer SHOP on the same day'))).toBe(true);
    expect(net.members.find((m) => m.id === 'P1')!.evidence.some((e) => e.includes('the same day as P2'))).toBe(true);
  });

  it('leaves a buyer with one diverted gun out unless every suspect may join', () => {
    const rows = [...steadyBackground(row), ...prolificPair(), row('L', 'SHOP', 100, 30)];
    expect(buyersOf(assembleNetworks(evidenceOf(rows), [], { ...settings, sharedVisitJoins: 'PROLIFIC' }), 'P1')).toEqual(['P1', 'P2']);
    expect(buyersOf(assembleNetworks(evidenceOf(rows), [], { ...settings, sharedVisitJoins: 'FLAGGED' }), 'P1')).toEqual(['P1', 'P2']);
    expect(buyersOf(assembleNetworks(evidenceOf(rows), [], { ...settings, sharedVisitJoins: 'ALL' }), 'P1')).toEqual(['L', 'P1', 'P2']);
  });
});
