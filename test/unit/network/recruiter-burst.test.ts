import { describe, expect, it } from 'vitest';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { buyersOf, evidenceOf as evidenceWith, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// A recruiter's campaign at one small store: one-time buyers, two of them tied to the recruiter
// on record (REC), two whose guns met in one receiver's hands (RCV), one with no tie at all.
const settings = networkSettings();
const on = { ...settings, recruiterBurstJoinsCrews: true };
const row = recoveredRowMaker();
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
const recorded = () => [row('A1', 'SMALL', 700, 120), row('A2', 'SMALL', 706, 90)];
const receiverCrew = () => [row('C1', 'SMALL', 703, 200, 'RCV'), row('C2', 'SMALL', 712, 100, 'RCV')];
const untied = () => [row('U1', 'SMALL', 709, 150)];
const recruiterTies = [
  { a: 'A1', b: 'REC' },
  { a: 'A2', b: 'REC' },
];

describe("a recruiter's burst of one-time buyers", () => {
  const rows = () => [...steadyBackground(row), ...recorded(), ...receiverCrew(), ...untied()];

  it('joins the one-time-buyer crews of the burst into the recruiter network when enabled', () => {
    const nets = assembleNetworks(evidenceOf(rows()), recruiterTies, on);
    expect(buyersOf(nets, 'A1')).toEqual(['A1', 'A2', 'C1', 'C2', 'U1']);
    const net = nets.find((n) => n.members.some((m) => m.id === 'A1'))!;
    expect(net.evidence.some((e) => e.includes('different purchasers bought guns at dealer SMALL'))).toBe(true);
  });

  it('keeps the crews apart by default (measured: bench/results/trafficking-recall-4-2026-12-02.md)', () => {
    const nets = assembleNetworks(evidenceOf(rows()), recruiterTies, settings);
    expect(buyersOf(nets, 'C1')).toEqual(['C1', 'C2']);
  });

  it('never merges a ring of repeat buyers that shares the store', () => {
    const ring = [row('C1', 'SMALL', 703, 200, 'RCV'), row('C1', 'SMALL', 760, 90, 'RCV'), row('C2', 'SMALL', 712, 100, 'RCV')];
    const nets = assembleNetworks(evidenceOf([...steadyBackground(row), ...recorded(), ...ring, ...untied()]), recruiterTies, on);
    expect(buyersOf(nets, 'C1')).toEqual(['C1', 'C2']);
  });

  it("never merges two recruiters' crews that use one store", () => {
    const second = [row('C1', 'SMALL', 703, 200), row('C2', 'SMALL', 712, 100)];
    const ties = [...recruiterTies, { a: 'C1', b: 'REC2' }, { a: 'C2', b: 'REC2' }];
    const nets = assembleNetworks(evidenceOf([...steadyBackground(row), ...recorded(), ...second, ...untied()]), ties, on);
    expect(buyersOf(nets, 'C1')).toEqual(['C1', 'C2']);
    expect(buyersOf(nets, 'A1')).not.toContain('C1');
  });
});
