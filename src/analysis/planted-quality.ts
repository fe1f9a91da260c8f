import type { Gateway } from '../db/gateway.js';
import { networksWithMemberIds, rankedDealers } from './analysis.data.js';

/** The part of the seed manifest (seeds/manifest.ts) the quality check needs. */
export interface PlantedTruth {
  rogueDealers: string[];
  rings: Array<{ id: string; brokerId: string; strawPurchaserIds: string[]; possessorIds: string[] }>;
}

export interface QualityReport {
  rogueDealers: number;
  /** K = planted rogue dealers; the check looks at the top 2×K of the stored ranking. */
  topConsidered: number;
  rogueInTop: number;
  /** rogueInTop / K: the share of planted rogue dealers found among the top 2×K (goal ≥ 0.9). */
  rogueShareInTop: number;
  rings: number;
  networks: number;
  /** Rings with a network whose members overlap the ring's people with Jaccard ≥ 0.5. */
  ringsFound: number;
  /** Networks that overlap some ring with Jaccard ≥ 0.5. */
  networksMatchingRing: number;
  ringRecall: number;
  ringPrecision: number;
  /** Best Jaccard per ring, for the report. */
  bestJaccard: Record<string, number>;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common += 1;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

/** Most networks the check reads (far above any seeded scale's count). */
const NETWORK_LIMIT = 100_000;

/**
 * Measures the stored analysis results against the planted truth: dealer ranking (share of
 * planted rogue dealers in the top 2×K) and networks (ring precision and recall at Jaccard ≥ 0.5
 * over people: broker, straw purchasers, possessors). Reads stored results only.
 */
export async function measureAgainstPlanted(gateway: Gateway, truth: PlantedTruth, threshold = 0.5): Promise<QualityReport> {
  const k = truth.rogueDealers.length;
  const top = await rankedDealers(gateway, 2 * k, { operation: 'quality' });
  const rogue = new Set(truth.rogueDealers);
  const rogueInTop = top.filter((d) => rogue.has(d.license)).length;
  const networks = await networksWithMemberIds(gateway, NETWORK_LIMIT, { operation: 'quality' });
  const netSets = networks.map((n) => ({ id: n.id, members: new Set(n.memberIds) }));
  const ringSets = truth.rings.map((r) => ({ id: r.id, members: new Set([r.brokerId, ...r.strawPurchaserIds, ...r.possessorIds]) }));
  const bestJaccard: Record<string, number> = {};
  let ringsFound = 0;
  for (const ring of ringSets) {
    const best = Math.max(0, ...netSets.map((n) => jaccard(ring.members, n.members)));
    bestJaccard[ring.id] = Math.round(best * 1000) / 1000;
    if (best >= threshold) ringsFound += 1;
  }
  const networksMatchingRing = netSets.filter((n) => ringSets.some((r) => jaccard(r.members, n.members) >= threshold)).length;
  return {
    rogueDealers: k,
    topConsidered: 2 * k,
    rogueInTop,
    rogueShareInTop: k === 0 ? 1 : rogueInTop / k,
    rings: ringSets.length,
    networks: netSets.length,
    ringsFound,
    networksMatchingRing,
    ringRecall: ringSets.length === 0 ? 1 : ringsFound / ringSets.length,
    ringPrecision: netSets.length === 0 ? (ringSets.length === 0 ? 1 : 0) : networksMatchingRing / netSets.length,
    bestJaccard,
  };
}
