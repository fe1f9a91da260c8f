import type { RequestContext } from '../core/context.js';
import { cypher } from '../db/cypher.registry.js';
import type { TransactionReader } from '../db/gateway.js';
import type { NodeRow } from './chart-node.mapper.js';
import type { NodeRef } from './node-id.js';
import type { SeedFilterKind } from './seed-filter.input.js';

/**
 * The link chart's data access: every statement the chart, expand, paths and centrality run.
 * Chart and expand read their rings in one transaction and the kept nodes' properties beside it
 * (link-chart.service.ts, finishChart); the functions taking a `TransactionReader` run in either.
 */
const filterSeeds = cypher('linkchart/filter-seeds');
const seedNodes = cypher('linkchart/seed-nodes');
const ring = cypher('linkchart/ring');
const closeRing = cypher('linkchart/close-ring');
const nodeDetails = cypher('linkchart/node-details');
const shortest = cypher('linkchart/shortest-paths');
const timeOrdered = cypher('linkchart/time-ordered-paths');
const gdsProject = cypher('linkchart/gds-project');
const gdsPageRank = cypher('linkchart/gds-pagerank');
const gdsBetweenness = cypher('linkchart/gds-betweenness');
const gdsDrop = cypher('linkchart/gds-drop');

/** One link of a ring and its far end (labels and key only). */
export interface RingRow {
  fromEid: string;
  rid: string;
  type: string;
  rprops: Record<string, unknown>;
  src: string;
  dst: string;
  /** When the link happened, epoch milliseconds (see ring.cypher). */
  atMs: number | null;
  eid: string;
  labels: string[];
  key: string | number | null;
}

/** One link of a path (shortest-paths.cypher, time-ordered-paths.cypher). */
export interface LinkRow {
  rid: string;
  type: string;
  rprops: Record<string, unknown>;
  src: string;
  dst: string;
  at: string | null;
}

/** What a ring reads: relationship types, time window, per-node fan-out and the row cap. */
export interface RingParams {
  types: string[];
  from: string | null | undefined;
  to: string | null | undefined;
  fanout: number;
  rowCap: number;
}

/** Runs `grow` in one read transaction named `name`, as the request. */
export function inChartTransaction<T>(ctx: RequestContext, name: string, grow: (read: TransactionReader) => Promise<T>): Promise<T> {
  return ctx.gateway.readInTransaction(name, grow, ctx.meta);
}

/** A reader beside a chart's transaction while the pool has room for it (Gateway.canReadAside); null otherwise. */
export const sideReader =
  (ctx: RequestContext): SideReader =>
  () =>
    ctx.gateway.canReadAside() ? standaloneReader(ctx) : null;

/** Asked when a side read is due: a reader beside the chart's transaction, or null to read in it. */
export type SideReader = () => TransactionReader | null;

/** One statement in its own transaction, as the request (for callers outside a chart transaction). */
export const standaloneReader =
  (ctx: RequestContext): TransactionReader =>
  (statement, params) =>
    ctx.gateway.read(statement, params, ctx.meta);

/** Nodes by their natural keys (`seed` is `Kind:key`); absent ones are simply missing. */
export function readNodesByKey(read: TransactionReader, refs: NodeRef[]): Promise<Array<NodeRow & { seed: string }>> {
  return read<NodeRow & { seed: string }>(seedNodes, { seeds: refs });
}

/** The links of `frontier` nodes and their far ends. */
export function readRing(read: TransactionReader, frontier: string[], params: RingParams): Promise<RingRow[]> {
  return read<RingRow>(ring, { frontier, ...params });
}

/** Links from `frontier` to nodes already in the chart (`known`: element id → true); hubs above `maxDegree` are not followed. */
export function readClosingRing(
  read: TransactionReader,
  frontier: string[],
  known: Record<string, true>,
  maxDegree: number,
  params: RingParams,
): Promise<RingRow[]> {
  return read<RingRow>(closeRing, { frontier, known, maxDegree, ...params });
}

/** Properties of the nodes kept in a chart. */
export function readNodeDetails(read: TransactionReader, eids: string[]): Promise<NodeRow[]> {
  return read<NodeRow>(nodeDetails, { eids });
}

/** Shortest (or shortest time-ordered) paths between two element ids, one row per path. */
export function readPaths(
  ctx: RequestContext,
  ordered: boolean,
  params: { a: string; b: string; types: string[]; maxHops: number; limit: number },
): Promise<Array<{ nodes: NodeRow[]; links: LinkRow[] }>> {
  return ctx.gateway.read<{ nodes: NodeRow[]; links: LinkRow[] }>(ordered ? timeOrdered : shortest, params, ctx.meta);
}

/**
 * PageRank and betweenness (by element id) on an in-memory GDS projection of just `links`,
 * named `graph`; the projection is dropped in `finally`, whatever happens.
 */
export async function chartCentrality(
  ctx: RequestContext,
  graph: string,
  links: Array<{ s: string; t: string }>,
): Promise<{ pageRank: Map<string, number>; betweenness: Map<string, number> }> {
  const pageRank = new Map<string, number>();
  const betweenness = new Map<string, number>();
  try {
    await ctx.gateway.read(gdsProject, { graph, links }, ctx.meta);
    for (const r of await ctx.gateway.read<{ eid: string; score: number }>(gdsPageRank, { graph }, ctx.meta)) pageRank.set(r.eid, r.score);
    for (const r of await ctx.gateway.read<{ eid: string; score: number }>(gdsBetweenness, { graph }, ctx.meta)) betweenness.set(r.eid, r.score);
  } finally {
    await ctx.gateway.read(gdsDrop, { graph }, ctx.meta).catch(() => undefined);
  }
  return { pageRank, betweenness };
}

/** Node ids of up to `max` nodes of one kind in one state (dealers riskiest first): the seeds a state filter picks. */
export async function seedIdsByState(ctx: RequestContext, kind: SeedFilterKind, state: string, max: number): Promise<string[]> {
  return (await ctx.gateway.read<{ seed: string }>(filterSeeds, { kind, state, max }, ctx.meta)).map((r) => r.seed);
}
