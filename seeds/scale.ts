import type { Scale } from './manifest.js';

/**
 * Sizes per scale. Background firearms drive most of the graph (each brings a sale, a
 * purchaser and, for crime guns, a recovery, trace, scenes and casings): about 5.9 nodes
 * per background firearm, so S ≈ 5 thousand, M ≈ 500 thousand, L ≈ 5 million nodes.
 */
export interface ScaleParams {
  agencies: number;
  dealers: number;
  firearms: number;
  /** Background firearms per independently seeded chunk (bounds memory at any scale). */
  chunkSize: number;
  rings: number;
  series: number;
  rogueDealers: number;
  /**
   * Share of background crime guns the rogue dealers sell together. Scale S has few crime guns
   * (about 300), so its five rogue dealers get a larger share to carry 15–20 crime guns each,
   * enough signal for the top-2×K quality check to mean something.
   */
  rogueTraceShare: number;
}

export const SCALES: Record<Scale, ScaleParams> = {
  S: { agencies: 24, dealers: 250, firearms: 700, chunkSize: 700, rings: 3, series: 6, rogueDealers: 5, rogueTraceShare: 0.3 },
  M: { agencies: 400, dealers: 4_000, firearms: 80_000, chunkSize: 2_000, rings: 30, series: 300, rogueDealers: 12, rogueTraceShare: 0.07 },
  L: { agencies: 2_000, dealers: 30_000, firearms: 800_000, chunkSize: 2_000, rings: 200, series: 3_000, rogueDealers: 60, rogueTraceShare: 0.07 },
};

export function isScale(value: string): value is Scale {
  return value === 'S' || value === 'M' || value === 'L';
}
