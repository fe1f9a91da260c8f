import { describe, expect, it } from 'vitest';
import { DuplicateRecords, NO_DUPLICATES } from '../../../src/network/duplicate-records.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { recruiterRecords } from '../../../src/network/recruiter-records.js';
import type { Purchase, RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { buyersOf, evidenceOf, isoDay, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// A recruiter on record with three buyers in one campaign: two bought once each at two stores and
// their guns were recovered from others within 3 years (not both within 1 year), the third bought
// too but no gun of his was recovered. Two straw purchase events fall short of the three a group
// tied by a broker needs; the broker's record of a third buyer in the same year is the recruiter's
// record, and the pair is held to what one purchaser is (two events). An acquaintance of two such
// buyers whose third associate bought years apart, or may be one of the two, is no recruiter.
const settings = networkSettings();
const off = { ...settings, recruiterRecords: false };
const broker = [
  { a: 'A1', b: 'BRK' },
  { a: 'A2', b: 'BRK' },
  { a: 'A3', b: 'BRK' },
];
const pair = () => {
  const row = recoveredRowMaker();
  return [row('A1', 'S1', 100, 200), row('A2', 'S2', 160, 500)];
};
const purchasesOf = (rows: RecoveredPurchase[], thirdDay: number): Purchase[] => [
  ...rows.map((r) => ({ purchaserId: r.purchaserId, soldOn: r.soldOn, dealerLicense: r.dealerLicense, multipleSale: false })),
  { purchaserId: 'A3', soldOn: isoDay(thirdDay), dealerLicense: 'S1', multipleSale: false },
];
const networksOf = (rows: RecoveredPurchase[], thirdDay: number, s = settings, duplicates = NO_DUPLICATES) =>
  assembleNetworks(evidenceOf(rows, s), broker, s, new Map(), duplicates, purchasesOf(rows, thirdDay));

describe("a recruiter's record", () => {
  it('is on in the shipped configuration', () => {
    expect(settings.recruiterRecords).toBe(true);
  });

  it('reports two buyers of a broker on record with a third gun buyer in the same year', () => {
    const rows = pair();
    const nets = networksOf(rows, 130);
    expect(buyersOf(nets, 'A1')).toEqual(['A1', 'A2']);
    const net = nets[0]!;
    expect(net.members.find((m) => m.id === 'BRK')?.role).toBe('BROKER');
    expect(net.evidence.some((e) => e.startsWith('BRK is on record as an associate of 3 people who bought guns'))).toBe(true);
    expect(networksOf(rows, 130, off)).toEqual([]);
  });

  it('does not when the third buyer bought years apart, may be one of the two, or the broker has no third buyer', () => {
    expect(networksOf(pair(), 100 + 800)).toEqual([]);
    expect(networksOf(pair(), 130, settings, new DuplicateRecords([{ a: 'A1', b: 'A3' }]))).toEqual([]);
    const rows = pair();
    expect(assembleNetworks(evidenceOf(rows, settings), broker.slice(0, 2), settings, new Map(), NO_DUPLICATES, purchasesOf(rows, 130))).toEqual([]);
  });

  it('finds the busiest scheme window of the broker’s recorded buyers', () => {
    const purchases: Purchase[] = [
      { purchaserId: 'A1', soldOn: isoDay(10), dealerLicense: 'S1', multipleSale: false },
      { purchaserId: 'A2', soldOn: isoDay(200), dealerLicense: 'S1', multipleSale: false },
      { purchaserId: 'A3', soldOn: isoDay(370), dealerLicense: 'S2', multipleSale: false },
      { purchaserId: 'X9', soldOn: isoDay(50), dealerLicense: 'S2', multipleSale: false },
    ];
    const hubs = new Map([['BRK', new Set(['A1', 'A2'])]]);
    const records = recruiterRecords(hubs, broker, purchases, settings);
    expect(records.get('BRK')).toEqual({
      brokerId: 'BRK',
      buyerIds: ['A1', 'A2', 'A3'],
      fromDay: records.get('BRK')!.fromDay,
      toDay: records.get('BRK')!.toDay,
    });
    expect(records.get('BRK')!.toDay - records.get('BRK')!.fromDay).toBe(360);
    const late: Purchase[] = purchases.map((p) => (p.purchaserId === 'A3' ? { ...p, soldOn: isoDay(400) } : p));
    expect(recruiterRecords(hubs, broker, late, settings).has('BRK')).toBe(false);
  });
});
