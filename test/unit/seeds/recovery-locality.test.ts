import { describe, expect, it } from 'vitest';
import { createSeedGeneration, type GenerationOptions } from '../../../seeds/generate.js';
import { distanceKm } from '../../../src/common/geo.js';
import type { FflRecord, GraphRecord, RecoveryRecord, SaleRecord } from '../../../src/import/record.types.js';

/** The recovery-locality what-if (seeds/recovery-locality.ts), checked on the generated records. */
function generated(options: GenerationOptions): GraphRecord[] {
  return [...createSeedGeneration('S', 42, undefined, 'tuning', options).batches()].flatMap((b) => b.records);
}

/** Median distance from the selling dealer to where its guns were recovered, in the dealer's state. */
function medianDealerToRecoveryKm(records: GraphRecord[]): number {
  const dealers = new Map(records.filter((r): r is FflRecord => r.type === 'ffl').map((d) => [d.license, d]));
  const dealerOf = new Map(records.filter((r): r is SaleRecord => r.type === 'sale').map((s) => [s.firearmId, dealers.get(s.fflLicense)!]));
  const km = records
    .filter((r): r is RecoveryRecord => r.type === 'recovery')
    .flatMap((r) => {
      const d = dealerOf.get(r.firearmId);
      return d && d.state === r.state ? [distanceKm(d, r)] : [];
    })
    .sort((a, b) => a - b);
  return km[Math.floor(km.length / 2)]!;
}

describe('recovery locality (a what-if for the trace-coverage estimator)', () => {
  const plain = generated({});
  const local = generated({ recoveryLocalityKm: 15 });

  it('recovers guns nearer their dealer when asked', () => {
    expect(medianDealerToRecoveryKm(local)).toBeLessThan(0.7 * medianDealerToRecoveryKm(plain));
  });

  it('is off by default: no option generates what the generator always did', () => {
    expect(generated({})).toEqual(plain);
    expect([...createSeedGeneration('S', 42).batches()].flatMap((b) => b.records)).toEqual(plain);
  });
});
