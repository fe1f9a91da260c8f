import { describe, expect, it } from 'vitest';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { residenceHubs } from '../../../src/network/residence-hubs.js';
import { residenceKey } from '../../../src/network/residence-key.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { evidenceOf as evidenceWith, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// Two straw purchasers with nothing on record between them; their guns were recovered within
// months from two different people recorded at one residence (a receiver and his household).
const settings = networkSettings();
const make = recoveredRowMaker();
const row = (buyer: string, day: number, possessor: string, possessorResidence: string, purchaserResidence = `${buyer} Elm Rd, Macon, GA`) =>
  make(buyer, 'D1', day, 120, possessor, { possessorResidence, purchaserResidence });
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
const suspects = (rows: RecoveredPurchase[]) => new Map([...evidenceOf(rows)].filter(([, e]) => e.strawGuns.length > 0));

describe('receiving households', () => {
  it('reads one address written two ways as one residence, and nothing from an empty one', () => {
    expect(residenceKey('12 Oak Street, Macon, GA')).toBe(residenceKey('12  oak st., MACON,GA'));
    expect(residenceKey('12 North Oak Avenue Apartment 4, Macon, GA')).toBe('12 n oak ave apt 4 macon ga');
    expect(residenceKey('12 Oak St, Macon, GA')).not.toBe(residenceKey('14 Oak St, Macon, GA'));
    expect(residenceKey(null)).toBeNull();
    expect(residenceKey(' , ')).toBeNull();
    expect(residenceKey('UNKNOWN, Macon, GA')).toBeNull();
    expect(residenceKey('Homeless, Macon, GA')).toBeNull();
  });

  it('joins purchasers whose guns went to two people at one residence, with both as receivers and why', () => {
    const rows = [row('S1', 100, 'R1', '12 Oak Street, Macon, GA'), row('S2', 160, 'R2', '12 oak st, Macon, GA')];
    expect(residenceHubs(suspects(rows), settings.hubMinPurchasers)).toEqual([{ possessorIds: ['R1', 'R2'], purchaserIds: ['S1', 'S2'] }]);
    const [net, ...rest] = assembleNetworks(evidenceOf(rows), [], settings);
    expect(rest).toEqual([]);
    expect(net!.typology).toBe('RECEIVER_HUB');
    expect(net!.members.map((m) => [m.id, m.role]).sort()).toEqual([
      ['R1', 'RECEIVER'],
      ['R2', 'RECEIVER'],
      ['S1', 'STRAW_PURCHASER'],
      ['S2', 'STRAW_PURCHASER'],
    ]);
    expect(net!.evidence).toContain('guns bought by 2 of the purchasers were recovered from 2 people recorded at one residence (R1, R2)');
    // The address itself is personal data: no evidence sentence carries it.
    expect(JSON.stringify(net)).not.toMatch(/oak/i);
  });

  it('reports nothing when the residence is one of the purchasers’ own home, or the addresses differ', () => {
    const home = [row('S1', 100, 'R1', '12 Oak St, Macon, GA', '12 Oak Street, Macon, GA'), row('S2', 160, 'R2', '12 Oak St, Macon, GA')];
    expect(residenceHubs(suspects(home), settings.hubMinPurchasers)).toEqual([]);
    expect(assembleNetworks(evidenceOf(home), [], settings)).toEqual([]);
    const apart = [row('S1', 100, 'R1', '12 Oak St, Macon, GA'), row('S2', 160, 'R2', '14 Oak St, Macon, GA')];
    expect(assembleNetworks(evidenceOf(apart), [], settings)).toEqual([]);
  });

  it('ties no receiver who lives with the buyers: relatives’ guns at home are the family’s', () => {
    // Two relatives' guns found with a third at the family home; the same two guns with a stranger.
    const family = [
      row('S1', 100, 'KIN', '7 Birch Ln, Macon, GA', '7 Birch Lane, Macon, GA'),
      row('S2', 160, 'KIN', '7 Birch Ln, Macon, GA', '7 Birch Ln, Macon, GA'),
    ];
    expect(assembleNetworks(evidenceOf(family), [], settings)).toEqual([]);
    const stranger = [
      row('S1', 100, 'RECV', '9 Pine St, Macon, GA', '7 Birch Ln, Macon, GA'),
      row('S2', 160, 'RECV', '9 Pine St, Macon, GA', '7 Birch Ln, Macon, GA'),
    ];
    const [net, ...rest] = assembleNetworks(evidenceOf(stranger), [], settings);
    expect(rest).toEqual([]);
    expect(net!.members.map((m) => [m.id, m.role]).sort()).toEqual([
      ['RECV', 'RECEIVER'],
      ['S1', 'STRAW_PURCHASER'],
      ['S2', 'STRAW_PURCHASER'],
    ]);
    // One of the two living with him is enough to leave that buyer out, and one buyer is no hub.
    const oneAtHome = [row('S1', 100, 'KIN', '7 Birch Ln, Macon, GA', '7 Birch Ln, Macon, GA'), row('S2', 160, 'KIN', '7 Birch Ln, Macon, GA')];
    expect(assembleNetworks(evidenceOf(oneAtHome), [], settings)).toEqual([]);
  });
});
