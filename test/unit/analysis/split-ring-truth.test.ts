import { describe, expect, it } from 'vitest';
import { evaluateCases, plantedRings, type StoredNetwork } from '../../../src/analysis/typology-quality.js';

const network = (id: string, buyers: string[], others: string[] = []): StoredNetwork => ({
  id,
  typology: 'STRAW_RING_BROKER',
  corridor: 'IN_STATE',
  members: [...buyers.map((b) => ({ id: b, role: 'STRAW_PURCHASER' })), ...others.map((o) => ({ id: o, role: 'BROKER' }))],
});

// A generator ring, and a split ring whose broker has two records (B1, B1-ALIAS), each with a crew.
const manifest = {
  rings: [{ strawPurchaserIds: ['R1', 'R2', 'R3'] }],
  splitRings: [
    {
      crews: [
        ['S1', 'S2'],
        ['S3', 'S4', 'S5'],
      ] as [string[], string[]],
    },
  ],
};

describe('split rings are planted truth for the network evaluation', () => {
  it('lists each split ring as one ring holding both crews, after the generator rings', () => {
    expect(plantedRings(manifest)).toEqual([{ strawPurchaserIds: ['R1', 'R2', 'R3'] }, { strawPurchaserIds: ['S1', 'S2', 'S3', 'S4', 'S5'] }]);
    expect(plantedRings({ rings: manifest.rings })).toEqual(manifest.rings);
  });

  it('counts a network of one crew, of both crews, and their flagged buyers as true; strangers stay false', () => {
    const networks = [
      network('crew-1', ['S1', 'S2'], ['B1']),
      network('crew-2', ['S3', 'S4', 'S5'], ['B1-ALIAS']),
      network('resolved', ['S1', 'S2', 'S3', 'S4', 'S5'], ['B1']),
      network('strangers', ['X1', 'X2', 'S1']),
    ];
    const flagged = ['S1', 'S4', 'X1'];
    const withSplit = evaluateCases([], plantedRings(manifest), networks, flagged);
    expect(withSplit.truePositiveNetworks).toBe(3);
    expect(withSplit.truePositiveFlags).toBe(2);
    expect(withSplit.networkTypologies).toEqual({ STRAW_RING_BROKER: { networks: 4, truePositive: 3 } });
    // The same networks scored against the generator rings alone: the split ring's networks are
    // the false positives the evaluation used to report.
    const without = evaluateCases([], manifest.rings, networks, flagged);
    expect(without.truePositiveNetworks).toBe(0);
    expect(without.truePositiveFlags).toBe(0);
  });
});
