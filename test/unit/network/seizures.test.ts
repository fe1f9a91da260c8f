import { describe, expect, it } from 'vitest';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { seizedTogether, seizureKey } from '../../../src/network/seizures.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { evidenceOf, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// Guns of several straw buyers seized together at one place on one day, nobody named as holder
// (a stash; NFCTA vol. III), against a family's guns at home and a gun buyback's old guns.
const settings = networkSettings();
const min = settings.seizureMinPurchasers!;
const STASH = { recoverySite: '1410 N 29th St, Philadelphia, PA' };

/** Buyer `b` bought two handguns 90 days apart at dealer D<b>; both seized on one day at `site` `ttc(i)` days later, no holder named. */
function seizedPair(b: number, site: object, ttc: (i: number) => number = () => 0, make = recoveredRowMaker()): RecoveredPurchase[] {
  return [0, 1].map((i) => {
    const day = 10 + 90 * i + b;
    // Every gun recovered on day 300: one seizure.
    return make(`B${b}`, `D${b}`, day, 300 - day + ttc(i), null, { ...site, purchaserResidence: `${20 + b} Oak St, Macon, GA` });
  });
}

describe('guns seized together at one place on one day', () => {
  it('is on in the shipped configuration, at three buyers', () => {
    expect(min).toBe(3);
  });

  it('makes each buyer’s seized guns straw evidence and ties the buyers, naming the guns, not the place', () => {
    const make = recoveredRowMaker();
    const rows = Array.from({ length: min }, (_, b) => seizedPair(b, STASH, undefined, make)).flat();
    const evidence = evidenceOf(rows, settings);
    for (let b = 0; b < min; b++) {
      expect(evidence.get(`B${b}`)!.strawGuns).toHaveLength(2);
      expect(evidence.get(`B${b}`)!.evidence.some((e) => e.includes('seized at one place on one day with guns bought by other people'))).toBe(true);
    }
    const nets = assembleNetworks(evidence, [], settings);
    const net = nets.find((n) => n.members.some((m) => m.id === 'B0'))!;
    expect(net.members.filter((m) => m.role === 'STRAW_PURCHASER').map((m) => m.id)).toEqual(['B0', 'B1', 'B2']);
    expect(net.typology).toBe('RECEIVER_HUB');
    const line = net.evidence.find((e) => e.includes('seized together at one place'))!;
    expect(line).toMatch(/^6 guns bought by 3 of the purchasers were seized together at one place on \d{4}-\d\d-\d\d \(G1, G2, G3, G4, G5, G6\)$/);
    expect(net.evidence.join(' ')).not.toContain('29th');
  });

  it('does not with one buyer fewer, on different days, or at one buyer’s own home', () => {
    const fewer = Array.from({ length: min - 1 }, (_, b) => seizedPair(b, STASH, undefined, recoveredRowMaker())).flat();
    expect(seizedTogether(fewer, settings.shortTimeToCrimeDays, min).size).toBe(0);
    const make = recoveredRowMaker();
    const apart = Array.from({ length: min }, (_, b) => seizedPair(b, STASH, (i) => (b === 0 && i === 0 ? 1 : 0), make)).flat();
    expect([...seizedTogether(apart, settings.shortTimeToCrimeDays, min)].sort()).toEqual(['G2', 'G3', 'G4', 'G5', 'G6']);
    const make2 = recoveredRowMaker();
    const home = Array.from({ length: min }, (_, b) => seizedPair(b, STASH, undefined, make2)).flat();
    home[0] = { ...home[0]!, purchaserResidence: '1410 N. 29th Street, philadelphia, PA' };
    home[1] = { ...home[1]!, purchaserResidence: '1410 N. 29th Street, philadelphia, PA' };
    expect(seizedTogether(home, settings.shortTimeToCrimeDays, min).has('G1')).toBe(false);
    expect(seizedTogether(home, settings.shortTimeToCrimeDays, min).has('G3')).toBe(true);
  });

  it('leaves a buyback alone: many buyers’ guns at one place on one day, most of them old', () => {
    const make = recoveredRowMaker(2014);
    // Ten buyers, one gun each, handed in on one day: three bought within 3 years, seven years before.
    const rows = Array.from({ length: 10 }, (_, b) =>
      make(`B${b}`, 'D1', b < 3 ? 3000 : 800, b < 3 ? 200 : 2400, null, { recoverySite: '5 Church Rd, Macon, GA' }),
    );
    expect(new Set(rows.map((r) => r.recoveredOn)).size).toBe(1);
    expect(seizedTogether(rows, settings.shortTimeToCrimeDays, min).size).toBe(0);
    for (const e of evidenceOf(rows, settings).values()) expect(e.strawGuns).toHaveLength(0);
  });

  it('compares places as residences are compared, and needs a house number', () => {
    expect(seizureKey({ recoverySite: '1410 N. 29th Street, PHILADELPHIA, PA', recoveredOn: '2024-05-01' })).toBe(
      seizureKey({ recoverySite: '1410 N 29th St, Philadelphia, PA', recoveredOn: '2024-05-01' }),
    );
    expect(seizureKey({ recoverySite: 'UNKNOWN, Philadelphia, PA', recoveredOn: '2024-05-01' })).toBeNull();
    expect(seizureKey({ recoverySite: null, recoveredOn: '2024-05-01' })).toBeNull();
  });

  it('is off at 0', () => {
    const make = recoveredRowMaker();
    const rows = Array.from({ length: min }, (_, b) => seizedPair(b, STASH, undefined, make)).flat();
    for (const e of evidenceOf(rows, { ...settings, seizureMinPurchasers: 0 }).values()) expect(e.strawGuns).toHaveLength(0);
  });
});

describe('a place where guns are recovered day after day', () => {
  it('holds no stash: a station or a busy corner recorded as the place of many recoveries', () => {
    const make = recoveredRowMaker();
    const rows = Array.from({ length: min }, (_, b) => seizedPair(b, STASH, undefined, make)).flat();
    expect(seizedTogether(rows, settings.shortTimeToCrimeDays, min).size).toBe(6);
    // Two more days of recoveries there (three in all): no longer a place of one or two raids.
    const station = [...rows, make('X1', 'D9', 100, 250, null, STASH), make('X2', 'D9', 100, 260, null, STASH)];
    expect(new Set(station.map((r) => r.recoveredOn)).size).toBe(3);
    expect(seizedTogether(station, settings.shortTimeToCrimeDays, min).size).toBe(0);
  });
});
