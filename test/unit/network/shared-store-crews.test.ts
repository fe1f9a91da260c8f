import { describe, expect, it } from 'vitest';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { buyersOf, evidenceOf as evidenceWith, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// Two crews buying at one small store in the same weeks: a broker's ring (ties on record) and a
// receiver's ring (guns meeting in one person's hands). The burst at the counter is significant,
// but it must not merge the crews into one network; a burst of buyers with no ties still joins them.
const settings = networkSettings();
const row = recoveredRowMaker();
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
const background = () => steadyBackground(row);
// The broker's ring: A1, A2 (both known associates of BRK), three purchase events.
const brokerRing = () => [row('A1', 'SMALL', 700, 120), row('A1', 'SMALL', 716, 150), row('A2', 'SMALL', 708, 90)];
// The receiver's ring: C1, C2, C3, whose guns end with RCV.
const receiverRing = () => [row('C1', 'SMALL', 704, 200, 'RCV'), row('C2', 'SMALL', 712, 100, 'RCV'), row('C3', 'SMALL', 720, 60, 'RCV')];

describe('crews sharing a store', () => {
  it('keeps a broker ring and a receiver ring that bought at one store in the same weeks as two networks', () => {
    const rows = [...background(), ...brokerRing(), ...receiverRing()];
    const nets = assembleNetworks(
      evidenceOf(rows),
      [
        { a: 'A1', b: 'BRK' },
        { a: 'A2', b: 'BRK' },
      ],
      settings,
    );
    expect(buyersOf(nets, 'A1')).toEqual(['A1', 'A2']);
    expect(buyersOf(nets, 'C1')).toEqual(['C1', 'C2', 'C3']);
  });

  it('still joins untied buyers of the same burst into one network', () => {
    const rows = [...background(), ...['U1', 'U2', 'U3', 'U4', 'U5'].map((b, i) => row(b, 'SMALL', 700 + i * 4, 150))];
    expect(buyersOf(assembleNetworks(evidenceOf(rows), [], settings), 'U1')).toEqual(['U1', 'U2', 'U3', 'U4', 'U5']);
  });
});
