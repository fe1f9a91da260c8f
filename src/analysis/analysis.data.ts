import { cypher } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta } from '../db/gateway.js';

/**
 * The analysis area's own data access: the run lock (one analysis at a time across processes),
 * the counts of stored results, and the stored results the quality evaluations read. The jobs'
 * reads and writes live with their areas (src/risk/risk-run.data.ts, src/network/network-run.data.ts).
 */
const acquire = cypher('analysis/lock-acquire');
const renew = cypher('analysis/lock-renew');
const release = cypher('analysis/lock-release');
const storedCounts = cypher('analysis/stored-counts');
const topDealers = cypher('analysis/top-dealer-licenses');
const networkMemberIds = cypher('analysis/network-member-ids');
const networkMembersRoles = cypher('analysis/network-members-roles');
const flaggedIds = cypher('analysis/flagged-purchaser-ids');

export interface LockParams {
  name: string;
  holder: string;
  leaseMs: number;
}
export interface LockAttempt {
  acquired: boolean;
  holder: string | null;
  leaseUntil: string | null;
}
export interface LockRelease {
  name: string;
  holder: string;
  startedAt: string;
  finishedAt: string;
  outcome: string;
}

/** Takes the lock if it is free or its lease ran out; says who holds it otherwise. */
export const acquireLock = async (gateway: Gateway, params: LockParams, meta: QueryMeta) => (await gateway.write<LockAttempt>(acquire, { ...params }, meta))[0];
/** Extends the holder's lease; `renewed` 0 when the lock was lost meanwhile. */
export const renewLock = async (gateway: Gateway, params: LockParams, meta: QueryMeta) =>
  (await gateway.write<{ renewed: number }>(renew, { ...params }, meta))[0];
/** Frees the lock and records how the run ended. */
export const releaseLock = async (gateway: Gateway, params: LockRelease, meta: QueryMeta): Promise<void> => {
  await gateway.write(release, { ...params }, meta);
};

export interface StoredAnalysis {
  ffls: number;
  fflsWithScore: number;
  fflComputedAt: string[];
  dealerRisks: number;
  riskComputedAt: string[];
  networks: number;
  networkComputedAt: string[];
  memberships: number;
}

/** What the stored analysis results hold (the CLI prints it; tests check runs replace each other). */
export async function storedAnalysis(gateway: Gateway): Promise<StoredAnalysis> {
  const [row] = await gateway.read<StoredAnalysis>(storedCounts, {}, { operation: 'analysis:status' });
  return row!;
}

/** Stored dealer scores, best-ranked first. */
export const rankedDealers = (gateway: Gateway, limit: number, meta: QueryMeta) => gateway.read<{ license: string; rank: number }>(topDealers, { limit }, meta);
/** Stored networks with their member ids. */
export const networksWithMemberIds = (gateway: Gateway, limit: number, meta: QueryMeta) =>
  gateway.read<{ id: string; memberIds: string[] }>(networkMemberIds, { limit }, meta);
/** Stored networks with their members' roles. */
export const networksWithMemberRoles = <T>(gateway: Gateway, limit: number, meta: QueryMeta) => gateway.read<T>(networkMembersRoles, { limit }, meta);
/** Ids of the flagged purchasers of the last run. */
export const flaggedPurchaserIds = async (gateway: Gateway, limit: number, meta: QueryMeta) =>
  (await gateway.read<{ personId: string }>(flaggedIds, { limit }, meta)).map((f) => f.personId);
