import { describe, expect, it } from 'vitest';
import { dealerClusters, describeCluster } from '../../../src/network/dealer-clusters.js';
import { marketClusters, marketOf, newMarketClusters } from '../../../src/network/market-clusters.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { buyersOf, evidenceOf as evidenceWith, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// The counter scan per destination market (market-clusters.ts), on hand-made rows.
const settings = networkSettings();
const scan = { minClusterPurchasers: 3, maxWindowDays: 365, minWindowDays: 7, alpha: 0.01 };
const row = recoveredRowMaker();
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
const cities = ['New York', 'Newark', 'Boston', 'Baltimore', 'Trenton', 'Yonkers'];
const away = (i: number) => ({ recoveredState: i % 2 ? 'NY' : 'NJ', recoveredCity: cities[i % cities.length] });

/**
 * A busy store: 300 straw-evidence buyers over four years, one in four recovered out of state in
 * one of six cities, the rest at home (Atlanta); 20 quiet stores beside it.
 */
function busyStore(): RecoveredPurchase[] {
  const out: RecoveredPurchase[] = [];
  for (let k = 0; k < 300; k++) out.push(row(`X${k}`, 'BUSY', Math.round(k * 4.8), 300, undefined, k % 4 === 0 ? away(k) : { recoveredCity: 'Atlanta' }));
  for (let d = 0; d < 20; d++) for (let k = 0; k < 16; k++) out.push(row(`B-${d}-${k}`, `D${d}`, k * 90 + d, 400, undefined, { recoveredCity: 'Macon' }));
  return out;
}
/** Four one-time buyers at the busy store within a month, every gun recovered in Powlowskifort, NY within months. */
const campaign = () =>
  ['R1', 'R2', 'R3', 'R4'].map((b, i) => row(b, 'BUSY', 700 + i * 8, 60 + i * 20, undefined, { recoveredState: 'NY', recoveredCity: 'Powlowskifort' }));

describe('destination-market clusters', () => {
  it('reads the market of a gun recovered out of state only when city and state are recorded', () => {
    const [home, gone, unnamed] = evidenceOf([
      row('A', 'S1', 0, 30, undefined, { recoveredCity: 'Atlanta' }),
      row('B', 'S1', 0, 30, undefined, { recoveredState: 'NY', recoveredCity: 'Albany' }),
      row('C', 'S1', 0, 30, undefined, { recoveredState: 'NY' }),
    ]).values();
    expect(marketOf(home!.strawGuns[0]!, 'OUT_OF_STATE')).toBeNull();
    expect(marketOf(home!.strawGuns[0]!, 'ALL')).toBe('Atlanta, GA');
    expect(marketOf(gone!.strawGuns[0]!, 'OUT_OF_STATE')).toBe('Albany, NY');
    expect(marketOf(gone!.strawGuns[0]!, 'OFF')).toBeNull();
    expect(marketOf(unnamed!.strawGuns[0]!, 'ALL')).toBeNull();
  });

  it("finds a campaign the busy store's counter scan hides, because its guns all went to one city", () => {
    const ev = evidenceOf([...busyStore(), ...campaign()]);
    expect(dealerClusters(ev, scan).filter((c) => c.purchaserIds.includes('R1'))).toEqual([]);
    const found = marketClusters(ev, 'OUT_OF_STATE', scan);
    expect(found).toHaveLength(1);
    expect(found[0]!.purchaserIds.sort()).toEqual(['R1', 'R2', 'R3', 'R4']);
    expect(found[0]!.market).toBe('Powlowskifort, NY');
    expect(found[0]!.pValue).toBeLessThan(0.01);
    expect(describeCluster(found[0]!)).toContain('soon recovered from others in Powlowskifort, NY');
  });

  it("finds nothing in the busy store's steady trade, nor when the campaign's guns went to different cities", () => {
    expect(marketClusters(evidenceOf(busyStore()), 'ALL', scan)).toEqual([]);
    const spread = ['R1', 'R2', 'R3', 'R4'].map((b, i) => row(b, 'BUSY', 700 + i * 8, 60 + i * 20, undefined, away(i)));
    expect(marketClusters(evidenceOf([...busyStore(), ...spread]), 'OUT_OF_STATE', scan)).toEqual([]);
  });

  it('needs a tight burst where the store’s guns always turn up', () => {
    // 40 earlier buyers of the store, their guns recovered in Powlowskifort too, spread over four years.
    const usual = Array.from({ length: 40 }, (_, k) => row(`U${k}`, 'BUSY', k * 36, 300, undefined, { recoveredState: 'NY', recoveredCity: 'Powlowskifort' }));
    const loose = ['R1', 'R2', 'R3'].map((b, i) => row(b, 'BUSY', 700 + i * 40, 90, undefined, { recoveredState: 'NY', recoveredCity: 'Powlowskifort' }));
    expect(marketClusters(evidenceOf([...busyStore(), ...usual, ...loose]), 'OUT_OF_STATE', scan)).toEqual([]);
  });

  it('drops a market cluster whose buyers one dealer cluster already holds', () => {
    const a = { dealerLicense: 'S', purchaserIds: ['A', 'B', 'C'], fromDay: 0, toDay: 9, dealerBuyers: 3, expected: 0.1, pValue: 0.001 };
    const m = { ...a, purchaserIds: ['A', 'B', 'C'], market: 'Newark, NJ' };
    const other = { ...m, purchaserIds: ['A', 'B', 'D'] };
    expect(newMarketClusters([m, other], [a])).toEqual([other]);
  });

  it('reports the campaign as one network only when the config turns the scan on', () => {
    const ev = evidenceOf([...busyStore(), ...campaign()]);
    expect(buyersOf(assembleNetworks(ev, [], { ...settings, marketScan: 'OFF' }), 'R1')).toBeUndefined();
    const nets = assembleNetworks(ev, [], { ...settings, marketScan: 'OUT_OF_STATE' });
    expect(buyersOf(nets, 'R1')).toEqual(['R1', 'R2', 'R3', 'R4']);
    const net = nets.find((n) => n.members.some((m) => m.id === 'R1'))!;
    expect(net.evidence.some((e) => e.includes('in Powlowskifort, NY'))).toBe(true);
  });
});
