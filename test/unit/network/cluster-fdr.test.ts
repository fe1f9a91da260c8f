import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, dealerClusters } from '../../../src/network/dealer-clusters.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { evidenceOf as evidenceWith, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// The dealer-cluster scan on many dealers: Bonferroni over every dealer makes a small store's
// burst harder to report the more dealers the data hold; the false discovery rate does not.
const settings = networkSettings();
const scan = { minClusterPurchasers: 3, maxWindowDays: 365, minWindowDays: 7, alpha: 0.01 };
const make = recoveredRowMaker(2020);
const row = (buyer: string, dealer: string, day: number) => make(buyer, dealer, day, 200);
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
/** `dealers` dealers, each with 4 straw-evidence buyers spread evenly over four years. */
const background = (dealers: number) =>
  Array.from({ length: dealers * 4 }, (_, i) => row(`B${i}`, `D${i % dealers}`, Math.floor(i / dealers) * 365 + (i % dealers) * 0.5));
/** A small store whose buyers came in one burst: `size` buyers `gap` days apart. */
const burst = (dealer: string, start: number, size: number, gap: number) =>
  Array.from({ length: size }, (_, i) => row(`${dealer}-R${i}`, dealer, start + i * gap));

describe('Benjamini–Hochberg step-up', () => {
  it('returns the largest threshold i·q/m met by the i-th smallest p-value', () => {
    expect(benjaminiHochberg([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205], 10, 0.05)).toBeCloseTo(0.01, 12);
    // Step-up: a later p-value under its own line lifts the threshold past earlier misses.
    expect(benjaminiHochberg([0.004, 0.014, 0.0149], 3, 0.05)).toBeCloseTo(0.05, 12);
    expect(benjaminiHochberg([0.02, 0.5], 100, 0.05)).toBe(0);
    expect(benjaminiHochberg([], 5, 0.05)).toBe(0);
  });
});

describe('dealer clusters among many dealers', () => {
  // Ten small stores, each with three buyers three days apart in a busy year (about 15 other
  // buyers a week at other counters): after the window correction each burst is too likely for
  // Bonferroni over 610 dealers (alpha / 610), not for an expected 1% of chance clusters among ten.
  const small = Array.from({ length: 10 }, (_, i) => `SMALL${i}`);
  const rows = [...background(600), ...small.flatMap((d, i) => burst(d, 400 + 25 * i, 3, 3))];
  const fwer = dealerClusters(evidenceOf(rows), { ...scan, errorRate: 'FWER' });
  const fdr = dealerClusters(evidenceOf(rows), { ...scan, errorRate: 'FDR' });

  it('reports the bursts at ten small stores under FDR that Bonferroni over 610 dealers misses', () => {
    expect(fdr.map((c) => c.dealerLicense).sort()).toEqual(small);
    expect(fwer.length).toBeLessThan(fdr.length);
    // Every cluster Bonferroni accepts, FDR accepts too; each reported p-value is below alpha.
    for (const c of fwer) expect(fdr.some((d) => d.dealerLicense === c.dealerLicense)).toBe(true);
    for (const c of fdr) expect(c.pValue).toBeLessThan(scan.alpha);
  });

  it('reports nothing in steady background, and one burst alone the same way under both', () => {
    expect(dealerClusters(evidenceOf(background(600)), { ...scan, errorRate: 'FDR' })).toEqual([]);
    const single = [...background(600), ...burst('SMALL1', 400, 4, 3)];
    const a = dealerClusters(evidenceOf(single), { ...scan, errorRate: 'FWER' });
    const b = dealerClusters(evidenceOf(single), { ...scan, errorRate: 'FDR' });
    expect(b.map((c) => c.purchaserIds)).toEqual(a.map((c) => c.purchaserIds));
  });
});
