import { describe, expect, it } from 'vitest';
import { binomialTail, dealerClusters } from '../../../src/network/dealer-clusters.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { repeatedHolder, type RecoveredPurchase, type StrawGun } from '../../../src/network/trafficking.evidence.js';
import { evidenceOf as evidenceWith, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// Purchase clusters at one dealer and repeated transfers to one holder, on hand-made rows.
const settings = networkSettings();
const scan = { minClusterPurchasers: 3, maxWindowDays: 365, minWindowDays: 7, alpha: 0.01 };
const row = recoveredRowMaker();
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
/** Background: 40 dealers, each with one straw-evidence buyer every ~90 days over 4 years. */
function background(): RecoveredPurchase[] {
  const out: RecoveredPurchase[] = [];
  for (let d = 0; d < 40; d++) for (let k = 0; k < 16; k++) out.push(row(`B-${d}-${k}`, `D${d}`, k * 90 + d, 400));
  return out;
}

describe('binomial tail', () => {
  it('matches hand-computed values', () => {
    expect(binomialTail(0, 5, 0.3)).toBe(1);
    expect(binomialTail(5, 5, 0.5)).toBeCloseTo(1 / 32, 12);
    expect(binomialTail(2, 3, 0.5)).toBeCloseTo(0.5, 12);
    expect(binomialTail(4, 3, 0.5)).toBe(0);
  });
});

describe('dealer purchase clusters', () => {
  it('finds four one-time buyers at a small store within a month, and nothing in steady background', () => {
    const rows = [...background(), ...['R1', 'R2', 'R3', 'R4'].map((b, i) => row(b, 'SMALL', 700 + i * 8, 200))];
    const clusters = dealerClusters(evidenceOf(rows), scan);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.dealerLicense).toBe('SMALL');
    expect(clusters[0]!.purchaserIds.sort()).toEqual(['R1', 'R2', 'R3', 'R4']);
    expect(clusters[0]!.pValue).toBeLessThan(0.01);
    expect(dealerClusters(evidenceOf(background()), scan)).toEqual([]);
  });

  it('does not flag the same four buyers at a busy dealer whose crime guns arrive all the time', () => {
    const busy: RecoveredPurchase[] = [];
    for (let k = 0; k < 300; k++) busy.push(row(`X${k}`, 'BUSY', Math.round(k * 4.8), 300));
    const rows = [...background(), ...busy, ...['R1', 'R2', 'R3', 'R4'].map((b, i) => row(b, 'BUSY', 700 + i * 8, 200))];
    expect(dealerClusters(evidenceOf(rows), scan).filter((c) => c.dealerLicense === 'BUSY')).toEqual([]);
  });

  it('never makes a cluster of one prolific buyer', () => {
    const rows = [...background(), ...[0, 8, 16, 24].map((d) => row('P', 'SMALL', 700 + d, 200))];
    expect(dealerClusters(evidenceOf(rows), scan)).toEqual([]);
  });

  it('reports the cluster as a network with its evidence', () => {
    const rows = [...background(), ...['R1', 'R2', 'R3', 'R4'].map((b, i) => row(b, 'SMALL', 700 + i * 8, 200))];
    const nets = assembleNetworks(evidenceOf(rows), [], settings);
    const net = nets.find((x) => x.members.some((m) => m.id === 'R1'))!;
    expect(net.strawPurchasers).toBe(4);
    expect(net.typology).toBe('RECRUITER_ONE_TIME_BUYERS');
    expect(net.evidence.some((e) => e.includes('different purchasers bought guns at dealer SMALL'))).toBe(true);
  });

  it("names the network after the receiver who holds the cluster's guns: a burst at one counter is timing, the receiver is on record", () => {
    const rows = [...background(), ...['R1', 'R2', 'R3', 'R4'].map((b, i) => row(b, 'SMALL', 700 + i * 8, 200, 'RX'))];
    const net = assembleNetworks(evidenceOf(rows), [], settings).find((x) => x.members.some((m) => m.id === 'R1'))!;
    expect(net.members.find((m) => m.id === 'RX')?.role).toBe('RECEIVER');
    expect(net.typology).toBe('RECEIVER_HUB');
  });
});

describe('repeated transfers to one holder', () => {
  const straw = (soldOn: string, possessorId: string | null) =>
    ({ ...row('A', 'D', 0, 100), soldOn, possessorId, veryShort: true, outOfState: false }) as StrawGun;
  it('names the holder of guns from two separate purchases, not of one multiple sale', () => {
    expect(repeatedHolder([straw('2023-01-01', 'H'), straw('2023-03-01', 'H')], 7)).toEqual({ id: 'H', events: 2 });
    expect(repeatedHolder([straw('2023-01-01', 'H'), straw('2023-01-03', 'H')], 7)).toBeNull();
    expect(repeatedHolder([straw('2023-01-01', 'H'), straw('2023-03-01', 'K')], 7)).toBeNull();
  });
  it('flags a buyer whose two guns, bought months apart, are both recovered from one other person', () => {
    const rows = [row('A', 'D', 100, 500, 'H'), row('A', 'D', 200, 450, 'H')];
    const e = evidenceOf(rows).get('A')!;
    expect(e.prolific).toBe(true);
    expect(e.evidence.some((x) => x.includes('recovered from the same person (H)'))).toBe(true);
  });
});

describe('receiver convergence', () => {
  it('reports two buyers whose guns meet in one receiver, with two purchase events', () => {
    const rows = [row('A', 'D1', 100, 200, 'RCV'), row('B', 'D2', 150, 100, 'RCV')];
    const nets = assembleNetworks(evidenceOf(rows), [], settings);
    expect(nets).toHaveLength(1);
    expect(nets[0]!.typology).toBe('RECEIVER_HUB');
    expect(nets[0]!.members.find((m) => m.id === 'RCV')!.role).toBe('RECEIVER');
  });
  it('does not report two acquaintances (association only) with two purchase events', () => {
    const rows = [row('A', 'D1', 100, 200), row('B', 'D2', 150, 100)];
    expect(assembleNetworks(evidenceOf(rows), [{ a: 'A', b: 'B' }], settings)).toEqual([]);
  });
});
