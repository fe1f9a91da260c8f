import { randomUUID } from 'node:crypto';
import { cypher, type Statement } from '../db/cypher.registry.js';
import type { Gateway } from '../db/gateway.js';
import { analysisMeta } from '../db/analysis-meta.js';
import type { RiskConfig } from '../risk/risk-config.js';
import { assembleNetworks, type AssembledNetwork, type Centrality } from './network.assembly.js';
import { flaggedPurchasers, type FlaggedPurchaser } from './purchaser-flags.js';
import { SameAsClusters } from './same-as-clusters.js';
import { purchaserEvidence, type Purchase, type RecoveredPurchase } from './trafficking.evidence.js';

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

const meta = analysisMeta('networks');
const STORE_BATCH = 100;
const FLAG_BATCH = 1_000;
const ID_BATCH = 5_000;

export interface NetworkJobResult {
  networks: AssembledNetwork[];
  flagged: FlaggedPurchaser[];
  projectedNodes: number;
  projectedRelationships: number;
  timings: Record<string, number>;
}

export interface NetworkOptions {
  /** Treat records linked SAME_AS as one person (default); false computes on the records apart. */
  resolveSameAs?: boolean;
}

/**
 * Trafficking networks and flagged purchasers from evidence (src/network/trafficking.evidence.ts,
 * network.assembly.ts): reads every recovered retail purchase, the purchase history and known
 * associates of the purchasers with straw evidence, groups them through hubs, and stores the
 * networks and flags in one write transaction. Neo4j GDS adds PageRank and betweenness over the
 * short time-to-crime projection (who the flows concentrate on). People linked SAME_AS count as
 * one (same-as-clusters.ts; `resolveSameAs: false` keeps the records apart). Its projection has a name no
 * other run uses and is dropped in `finally`, also when a step fails.
 */
export async function runNetworks(gateway: Gateway, computedAt: string, config: RiskConfig, options: NetworkOptions = {}): Promise<NetworkJobResult> {
  const graphName = `crimegun-trafficking-${randomUUID()}`;
  const timings: Record<string, number> = {};
  const time = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      timings[step] = Date.now() - t0;
    }
  };
  const t = config.thresholds;
  const settings = { ...config.networks, shortTimeToCrimeDays: t.shortTimeToCrimeDays, veryShortTimeToCrimeDays: t.veryShortTimeToCrimeDays };
  const inBatches = async <T>(ids: string[], statement: Statement): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < ids.length; i += ID_BATCH) out.push(...(await gateway.read<T>(statement, { ids: ids.slice(i, i + ID_BATCH) }, meta)));
    return out;
  };
  try {
    const people = new SameAsClusters(
      options.resolveSameAs === false ? [] : await time('sameAs', () => gateway.read<{ a: string; b: string }>(sameAsPairs, {}, meta)),
    );
    const rows = (await time('recoveredPurchases', () => gateway.read<RecoveredPurchase>(recoveredPurchases, {}, meta))).map((r) => ({
      ...r,
      purchaserId: people.canonical(r.purchaserId),
      possessorId: people.canonical(r.possessorId),
    }));
    const first = purchaserEvidence(rows, [], settings);
    const suspects = [...first.keys()];
    const purchases = (await time('purchases', () => inBatches<Purchase>(people.expand(suspects), purchasesOf))).map((p) => ({
      ...p,
      purchaserId: people.canonical(p.purchaserId),
    }));
    const evidence = purchaserEvidence(rows, purchases, settings);
    const strawBuyers = [...evidence.values()].filter((e) => e.strawGuns.length > 0).map((e) => e.personId);
    const associations = (await time('associations', () => inBatches<{ a: string; b: string }>(people.expand(strawBuyers), associatesOf)))
      .map(({ a, b }) => ({ a: people.canonical(a), b: people.canonical(b) }))
      .filter(({ a, b }) => a !== b);

    const centrality = new Map<string, Centrality>();
    const [projection] = await time('project', () =>
      gateway.read<{ nodeCount: number; relationshipCount: number }>(projectGraph, { graphName, shortDays: t.shortTimeToCrimeDays }, meta),
    );
    if ((projection?.nodeCount ?? 0) > 0) {
      await time('pagerank', () => gateway.read(pageRank, { graphName }, meta));
      await time('betweenness', () => gateway.read(betweenness, { graphName }, meta));
      const nodes = await time('stream', () => gateway.read<{ id: string } & Centrality>(streamNodes, { graphName }, meta));
      for (const n of nodes) centrality.set(n.id, { pagerank: n.pagerank, betweenness: n.betweenness });
    }
    const networks = assembleNetworks(evidence, associations, settings, centrality);
    const flagged = flaggedPurchasers(evidence, networks);
    const steps: Array<{ statement: Statement; params: Record<string, unknown> }> = [];
    for (let i = 0; i < networks.length; i += STORE_BATCH) {
      steps.push({ statement: storeNetworks, params: { networks: networks.slice(i, i + STORE_BATCH), computedAt } });
    }
    steps.push({ statement: deleteStale, params: { computedAt } });
    for (let i = 0; i < flagged.length; i += FLAG_BATCH) steps.push({ statement: storeFlags, params: { flags: flagged.slice(i, i + FLAG_BATCH), computedAt } });
    steps.push({ statement: deleteStaleFlags, params: { computedAt } });
    await time('store', () => gateway.writeAll(steps, meta));
    return { networks, flagged, projectedNodes: projection?.nodeCount ?? 0, projectedRelationships: projection?.relationshipCount ?? 0, timings };
  } finally {
    // Always free the projection's memory, even when a step failed; an already-gone graph is fine.
    await gateway.read(dropGraph, { graphName }, meta).catch(() => undefined);
  }
}
