import { randomUUID } from 'node:crypto';
import { cypher, type Statement } from '../db/cypher.registry.js';
import type { Gateway } from '../db/gateway.js';
import { analysisMeta } from '../db/analysis-meta.js';
import type { RiskConfig } from '../risk/risk-config.js';
import { assembleNetworks, type AssembledNetwork, type ProjectedNode, type TraffickingPath } from './network.assembly.js';

const projectGraph = cypher('network/project-graph');
const wcc = cypher('network/wcc-mutate');
const louvain = cypher('network/louvain-mutate');
const pageRank = cypher('network/pagerank-mutate');
const betweenness = cypher('network/betweenness-mutate');
const streamNodes = cypher('network/stream-node-properties');
const dropGraph = cypher('network/drop-graph');
const traffickingPaths = cypher('network/trafficking-paths');
const associationsAmong = cypher('network/associations-among');
const storeNetworks = cypher('network/store-networks');
const deleteStale = cypher('network/delete-stale-networks');

const meta = analysisMeta('networks');
const STORE_BATCH = 100;

export interface NetworkJobResult {
  networks: AssembledNetwork[];
  projectedNodes: number;
  projectedRelationships: number;
  timings: Record<string, number>;
}

/**
 * Trafficking networks with Neo4j GDS: projects the short time-to-crime graph (purchasers,
 * guns, dealers, possessors, associations, NIBIN links), runs WCC, Louvain, PageRank and
 * betweenness on the projection, reads the results back, assigns roles and stores the networks
 * in one write transaction. The projection has a name no other run uses and is dropped in
 * `finally`, also when a step fails.
 */
export async function runNetworks(gateway: Gateway, computedAt: string, config: RiskConfig): Promise<NetworkJobResult> {
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
  const shortDays = config.thresholds.shortTimeToCrimeDays;
  try {
    const [projection] = await time('project', () =>
      gateway.read<{ nodeCount: number; relationshipCount: number }>(projectGraph, { graphName, shortDays }, meta),
    );
    let nodes: ProjectedNode[] = [];
    if ((projection?.nodeCount ?? 0) > 0) {
      await time('wcc', () => gateway.read(wcc, { graphName }, meta));
      await time('louvain', () => gateway.read(louvain, { graphName }, meta));
      await time('pagerank', () => gateway.read(pageRank, { graphName }, meta));
      await time('betweenness', () => gateway.read(betweenness, { graphName }, meta));
      nodes = await time('stream', () => gateway.read<ProjectedNode>(streamNodes, { graphName }, meta));
    }
    const paths = await time('paths', () => gateway.read<TraffickingPath>(traffickingPaths, { shortDays }, meta));
    const people = nodes.filter((n) => n.kind === 'Person').map((n) => n.id);
    const associations = people.length
      ? await time('associations', () => gateway.read<{ a: string; b: string }>(associationsAmong, { ids: people }, meta))
      : [];
    const networks = assembleNetworks(nodes, paths, associations, config.networks);
    const steps: Array<{ statement: Statement; params: Record<string, unknown> }> = [];
    for (let i = 0; i < networks.length; i += STORE_BATCH) {
      steps.push({ statement: storeNetworks, params: { networks: networks.slice(i, i + STORE_BATCH), computedAt } });
    }
    steps.push({ statement: deleteStale, params: { computedAt } });
    await time('store', () => gateway.writeAll(steps, meta));
    return { networks, projectedNodes: projection?.nodeCount ?? 0, projectedRelationships: projection?.relationshipCount ?? 0, timings };
  } finally {
    // Always free the projection's memory, even when a step failed; an already-gone graph is fine.
    await gateway.read(dropGraph, { graphName }, meta).catch(() => undefined);
  }
}
