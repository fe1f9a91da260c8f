import { describe, expect, it } from 'vitest';
import type { DealerCluster } from '../../../src/network/dealer-clusters.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { eitherException, receiverCrewsOnly } from '../../../src/network/receiver-crews.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { buyersOf, evidenceOf as evidenceWith, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// One small store, one burst of buyers in the same weeks: two crews whose guns each met in one
// receiver's hands (RCV1, RCV2), nothing on record about who sent them. The burst joins them; a
// crew with a broker or an association on record keeps the crews-sharing-a-store rule.
const settings = networkSettings();
const off = { ...settings, receiverCrewsJoinInCluster: false };
const row = recoveredRowMaker();
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
const crewOne = () => [row('C1', 'SMALL', 700, 200, 'RCV1'), row('C2', 'SMALL', 708, 100, 'RCV1')];
const crewTwo = () => [row('D1', 'SMALL', 704, 150, 'RCV2'), row('D2', 'SMALL', 716, 90, 'RCV2')];
const rows = () => [...steadyBackground(row), ...crewOne(), ...crewTwo()];
const cluster: DealerCluster = {
  dealerLicense: 'SMALL',
  purchaserIds: ['C1', 'C2', 'D1'],
  fromDay: 0,
  toDay: 30,
  dealerBuyers: 3,
  expected: 0.1,
  pValue: 0.001,
};

describe('receiver crews in one burst at one counter', () => {
  it('is on in the shipped configuration', () => {
    expect(settings.receiverCrewsJoinInCluster).toBe(true);
  });

  it('admits crews with no recorded person tie, and no crew with a broker or an association on record', () => {
    const none = receiverCrewsOnly(new Map(), []);
    expect(
      none(cluster, [
        ['C1', 'C2'],
        ['D1', 'D2'],
      ]),
    ).toBe(true);
    const broker = receiverCrewsOnly(new Map([['BRK', new Set(['D2', 'X'])]]), []);
    expect(
      broker(cluster, [
        ['C1', 'C2'],
        ['D1', 'D2'],
      ]),
    ).toBe(false);
    const associates = receiverCrewsOnly(new Map(), [['C2', 'Y']]);
    expect(
      associates(cluster, [
        ['C1', 'C2'],
        ['D1', 'D2'],
      ]),
    ).toBe(false);
  });

  it('lets either exception through, and none when both are off', () => {
    const yes = () => true;
    const no = () => false;
    expect(eitherException(undefined, undefined)).toBeUndefined();
    expect(eitherException(no, yes)!(cluster, [])).toBe(true);
    expect(eitherException(no, undefined)!(cluster, [])).toBe(false);
  });

  it('joins two receiver crews of one burst into one network, and keeps them apart with the setting off', () => {
    expect(buyersOf(assembleNetworks(evidenceOf(rows()), [], settings), 'C1')).toEqual(['C1', 'C2', 'D1', 'D2']);
    expect(buyersOf(assembleNetworks(evidenceOf(rows()), [], off), 'C1')).toEqual(['C1', 'C2']);
  });

  it('keeps the crews apart when one of them has a broker or an association on record', () => {
    const broker = [
      { a: 'D1', b: 'BRK' },
      { a: 'D2', b: 'BRK' },
    ];
    expect(buyersOf(assembleNetworks(evidenceOf(rows()), broker, settings), 'C1')).toEqual(['C1', 'C2']);
    expect(buyersOf(assembleNetworks(evidenceOf(rows()), [{ a: 'D1', b: 'D2' }], settings), 'C1')).toEqual(['C1', 'C2']);
  });
});
