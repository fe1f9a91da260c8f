import type { SeedManifest } from './manifest.js';
import type { Prng } from './prng.js';

/**
 * Time-to-crime targets (ATF NFCTA 2017–2021): about 25% of traced guns under one year,
 * about 46% at three years or less. Ordinary guns draw their bucket from a controller that
 * steers the running share of completed traces toward the targets, so planted short
 * time-to-crime guns (rings, rogue dealers) do not push the totals off.
 */
export class TimeToCrime {
  completed = 0;
  underYear = 0;
  upTo3Years = 0;
  static readonly UNDER_1Y = 0.25;
  static readonly UP_TO_3Y = 0.46;

  normal(rng: Prng): number {
    const n = this.completed + 1;
    const wantA = TimeToCrime.UNDER_1Y * n - this.underYear;
    const wantAB = TimeToCrime.UP_TO_3Y * n - this.upTo3Years;
    const pA = clamp(TimeToCrime.UNDER_1Y + 0.08 * wantA, 0.01, 0.95);
    const pB = clamp(TimeToCrime.UP_TO_3Y - TimeToCrime.UNDER_1Y + 0.08 * (wantAB - wantA), 0.01, 0.95);
    const r = rng.next() * Math.max(1, pA + pB + 0.0001);
    if (r < pA) return rng.int(1, 364);
    if (r < pA + pB) return rng.int(365, 1095);
    return Math.min(9_500, 1096 + Math.floor(-Math.log(1 - rng.next()) * 2_400));
  }

  /** Rogue dealers: most of their traced guns reach crime within a year. */
  rogue(rng: Prng): number {
    const r = rng.next();
    if (r < 0.72) return rng.int(20, 364);
    if (r < 0.95) return rng.int(365, 1095);
    return rng.int(1096, 3000);
  }

  observe(days: number): void {
    this.completed += 1;
    if (days < 365) this.underYear += 1;
    if (days <= 1095) this.upTo3Years += 1;
  }
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** Running facts about what was generated, for the manifest's calibration block. */
export class GenerationStats {
  readonly tracesByDealer = new Map<string, number>();
  /** Traces that resolved a dealer, and those that resolved one of the planted top 1.2%. */
  resolved = 0;
  resolvedTop = 0;
  readonly ttc = new TimeToCrime();
  interstate = 0;
  multipleSales = 0;
  unanswered = 0;
  readonly examples: SeedManifest['traceExamples'] = [];
  readonly exampleLimit = 40;
}
