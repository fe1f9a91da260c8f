import { describe, expect, it } from 'vitest';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { evidenceOf, isoDay, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// A buyer with no recorded tie who is put in a network by timing at a counter must say so in
// their own member evidence: the analyst reads it per person.
const settings = networkSettings();
const make = recoveredRowMaker();
const memberEvidence = (nets: ReturnType<typeof assembleNetworks>, id: string) => nets.flatMap((n) => n.members).find((m) => m.id === id)?.evidence ?? [];

describe('member evidence of buyers joined by timing at a counter', () => {
  it('names the recruiter, the dealer and the buyer’s own purchase date for a campaign-joined buyer, and nothing of the kind for a recorded one', () => {
    const rows = [
      ...steadyBackground(make),
      make('A1', 'SMALL', 700, 150),
      make('A2', 'SMALL', 712, 150),
      make('U1', 'SMALL', 705, 150),
      make('U2', 'SMALL', 709, 150),
    ];
    const ties = [
      { a: 'A1', b: 'BRK' },
      { a: 'A2', b: 'BRK' },
    ];
    const nets = assembleNetworks(evidenceOf(rows, settings), ties, settings);
    const u1 = memberEvidence(nets, 'U1').filter((e) => e.includes('recruiter campaign'));
    expect(u1).toHaveLength(1);
    expect(u1[0]).toContain('BRK');
    expect(u1[0]).toContain('SMALL');
    expect(u1[0]).toContain(isoDay(705));
    expect(memberEvidence(nets, 'A1').some((e) => e.includes('recruiter campaign'))).toBe(false);
  });

  it('names the dealer, the window and the buyer’s date for a buyer joined by a purchase cluster', () => {
    const burst = ['C1', 'C2', 'C3', 'C4', 'C5'].map((b, i) => make(b, 'QUIET', 800 + 2 * i, 120));
    const nets = assembleNetworks(evidenceOf([...steadyBackground(make), ...burst], settings), [], settings);
    const c3 = memberEvidence(nets, 'C3').filter((e) => e.includes('purchase cluster'));
    expect(c3).toHaveLength(1);
    expect(c3[0]).toContain('QUIET');
    expect(c3[0]).toContain(isoDay(804));
    expect(c3[0]).toContain('one of 5 different purchasers');
  });
});
