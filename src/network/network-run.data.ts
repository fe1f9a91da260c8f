import { cypher } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta } from '../db/gateway.js';
import type { DealerMonthSales } from './dealer-sales.js';
import type { AssembledNetwork, Centrality } from './network.assembly.js';
import type { FlaggedPurchaser } from './purchaser-flags.js';
import type { OpenPair, SameAsLink } from './resolution-evidence.js';
import { theftStanding, type TheftReportDates } from './theft-standing.js';
import type { Purchase, RecoveredPurchase } from './trafficking.evidence.js';

type RecoveredPurchaseRow = Omit<RecoveredPurchase, 'reportedStolen' | 'reportedStolenAfterRecovery'> & { thefts: TheftReportDates[] };

/**
 * The trafficking-network job's data access: the evidence it reads over the whole graph, the GDS
 * projection it ranks people on, and the one write transaction that replaces the previous run.
 */
const projectGraph = cypher('network/project-graph');
const pageRank = cypher('network/pagerank-mutate');
const betweenness = cypher('network/betweenness-mutate');
const streamNodes = cypher('network/stream-node-properties');
const dropGraph = cypher('network/drop-graph');
const recoveredPurchases = cypher('network/recovered-purchases');
const purchasesOf = cypher('network/purchases-of');
const associatesOf = cypher('network/associates-of');
const storeNetworks = cypher('network/store-networks');
const deleteStale = cypher('network/delete-stale-networks');
const storeFlags = cypher('network/store-purchaser-flags');
const deleteStaleFlags = cypher('network/delete-stale-purchaser-flags');
const sameAsPairs = cypher('network/same-as-pairs');
const openDuplicatePairs = cypher('network/open-duplicate-pairs');
const dealerMonthlySales = cypher('network/dealer-monthly-sales');

const STORE_BATCH = 100;
const FLAG_BATCH = 1_000;
/** Person ids per read of purchases or associates: a bounded parameter list per statement. */
const ID_BATCH = 5_000;
/** Undecided duplicate candidates read per run: the review queue's best, far more than a review team clears. */
const OPEN_PAIR_LIMIT = 100_000;
/**
 * Betweenness is exact up to this many projected nodes and estimated from this many sampled
 * sources beyond (cypher/network/betweenness-mutate.cypher): exact Brandes grows with nodes ×
 * relationships (1 s at 44 thousand projected nodes, minutes at several hundred thousand).
 */
export const EXACT_BETWEENNESS_NODES = 50_000;

/** The GDS `samplingSize` for a projection of `nodeCount` nodes: null (exact) while it is small. */
export const betweennessSampling = (nodeCount: number): number | null => (nodeCount > EXACT_BETWEENNESS_NODES ? EXACT_BETWEENNESS_NODES : null);

export interface PersonPair {
  a: string;
  b: string;
}
export interface ProjectionSize {
  nodeCount: number;
  relationshipCount: number;
}

/** The network job's statements, bound to one gateway and the job's transaction metadata. */
export function networkRunData(gateway: Gateway, meta: QueryMeta) {
  const inBatches = async <T>(ids: string[], statement: typeof purchasesOf): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < ids.length; i += ID_BATCH) out.push(...(await gateway.read<T>(statement, { ids: ids.slice(i, i + ID_BATCH) }, meta)));
    return out;
  };
  return {
    /** Person records linked SAME_AS (entity resolution), with the decision that linked them. */
    sameAsPairs: () => gateway.read<SameAsLink>(sameAsPairs, {}, meta),
    /** Duplicate candidates awaiting review at or above `minScore`, best first. */
    openDuplicatePairs: (minScore: number) => gateway.read<OpenPair>(openDuplicatePairs, { minScore, limit: OPEN_PAIR_LIMIT }, meta),
    /** Every recovered gun with its retail purchase. */
    recoveredPurchases: async (): Promise<RecoveredPurchase[]> =>
      (await gateway.read<RecoveredPurchaseRow>(recoveredPurchases, {}, meta)).map(({ thefts, ...row }) => ({
        ...row,
        ...theftStanding(thefts, row.soldOn, row.recoveredOn),
      })),
    purchasesOf: (personIds: string[]) => inBatches<Purchase>(personIds, purchasesOf),
    /** Every dealer's recorded sales by month (the counter scan's population at risk). */
    dealerMonthlySales: () => gateway.read<DealerMonthSales>(dealerMonthlySales, {}, meta),
    associatesOf: (personIds: string[]) => inBatches<PersonPair>(personIds, associatesOf),
    /** Projects the short time-to-crime graph under `graphName`; its size (0 nodes: nothing to rank). */
    project: async (graphName: string, shortDays: number): Promise<ProjectionSize | undefined> =>
      (await gateway.read<ProjectionSize>(projectGraph, { graphName, shortDays }, meta))[0],
    /** PageRank and betweenness of every projected person (betweenness sampled on a large projection). */
    centrality: async (graphName: string, nodeCount: number, time: <T>(step: string, work: () => Promise<T>) => Promise<T>) => {
      await time('pagerank', () => gateway.read(pageRank, { graphName }, meta));
      await time('betweenness', () => gateway.read(betweenness, { graphName, samplingSize: betweennessSampling(nodeCount) }, meta));
      return time('stream', () => gateway.read<{ id: string } & Centrality>(streamNodes, { graphName }, meta));
    },
    /** Frees the projection's memory; an already-gone graph is fine. */
    dropProjection: (graphName: string) =>
      gateway.read(dropGraph, { graphName }, meta).then(
        () => undefined,
        () => undefined,
      ),
    /** Stores this run's networks and flags and removes older ones in ONE write transaction. */
    store: async (networks: AssembledNetwork[], flagged: FlaggedPurchaser[], computedAt: string): Promise<void> => {
      const steps = [];
      for (let i = 0; i < networks.length; i += STORE_BATCH)
        steps.push({ statement: storeNetworks, params: { networks: networks.slice(i, i + STORE_BATCH), computedAt } });
      steps.push({ statement: deleteStale, params: { computedAt } });
      for (let i = 0; i < flagged.length; i += FLAG_BATCH)
        steps.push({ statement: storeFlags, params: { flags: flagged.slice(i, i + FLAG_BATCH), computedAt } });
      steps.push({ statement: deleteStaleFlags, params: { computedAt } });
      await gateway.writeAll(steps, meta);
    },
  };
}
