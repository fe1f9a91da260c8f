import type { TransactionReader } from '../db/gateway.js';
import { notFound } from '../errors/app-error.js';
import type { RequestContext } from '../core/context.js';
import { KEY_PROPERTY as KEYS, kindOfLabels, type ChartNodeKind } from './chart-node-kind.enum.js';
import type { NodeRow } from './chart-node.mapper.js';
import { ChartBuilder } from './chart-builder.js';
import { CHART_LIMITS, type TimeWindow } from './chart-limits.js';
import type { LinkChart } from './link-chart.type.js';
import { formatNodeId, parseNodeId } from './node-id.js';
import { inChartTransaction, readClosingRing, readNodesByKey, readRing, sideReader, type RingRow, type SideReader } from './linkchart.data.js';

export interface ChartRequest extends TimeWindow {
  types: string[];
  limit: number;
}

/**
 * Looks seeds up by their natural keys (ids checked by nodeIdRule where the argument is declared);
 * a seed that does not exist is NOT_FOUND, naming it.
 * `read` runs the lookup: inside a chart's transaction, or `standaloneReader(ctx)`.
 */
export async function findSeeds(read: TransactionReader, ids: string[], field: string | string[]): Promise<Map<string, NodeRow>> {
  const fieldOf = (i: number) => (Array.isArray(field) ? field[i]! : field);
  const refs = ids.map(parseNodeId);
  const rows = await readNodesByKey(read, refs);
  const found = new Map(rows.map((r) => [r.seed, r]));
  refs.forEach((ref, i) => {
    const canonical = `${ref.kind}:${ref.key}`;
    if (!found.has(canonical)) throw notFound(ref.kind, fieldOf(i), canonical);
  });
  return new Map(refs.map((ref) => [`${ref.kind}:${ref.key}`, found.get(`${ref.kind}:${ref.key}`)!]));
}

const ringParams = (req: ChartRequest, fanout: number) => ({ types: req.types, from: req.from, to: req.to, fanout, rowCap: CHART_LIMITS.maxRingRows });

function runRing(read: TransactionReader, frontier: string[], req: ChartRequest, fanout: number) {
  return readRing(read, frontier, ringParams(req, fanout));
}

/** Links from `frontier` to nodes already in the chart (`known` element ids). */
function runClosing(read: TransactionReader, frontier: string[], req: ChartRequest, known: Iterable<string>, fanout: number) {
  const knownMap = Object.fromEntries([...known].map((eid) => [eid, true] as const));
  return readClosingRing(read, frontier, knownMap, CHART_LIMITS.hubDegree, ringParams(req, fanout));
}

const fanoutFor = (limit: number) => Math.min(CHART_LIMITS.maxFanout, Math.max(200, limit * 2));

interface Candidate {
  eid: string;
  kind: ChartNodeKind;
  key: string;
  id: string;
  links: number;
  /** Most recent link to the chart, epoch ms (-Infinity when no link has a time). */
  latest: number;
}

/**
 * The nodes a ring reached that are not yet in the chart, best first: nodes linked to more of
 * the chart, then the most recent links (an analyst works the newest activity first), then by
 * id so the same request draws the same chart.
 */
function candidatesOf(rows: RingRow[], chart: ChartBuilder): Candidate[] {
  const out = new Map<string, Candidate>();
  for (const r of rows) {
    if (chart.placed.has(r.eid)) continue;
    const kind = kindOfLabels(r.labels);
    if (!kind || r.key === null || r.key === undefined) continue;
    const c = out.get(r.eid);
    const at = r.atMs ?? -Infinity;
    if (c) {
      c.links += 1;
      if (at > c.latest) c.latest = at;
    } else out.set(r.eid, { eid: r.eid, kind, key: String(r.key), id: formatNodeId(kind, String(r.key)), links: 1, latest: at });
  }
  return [...out.values()].sort((a, b) => b.links - a.links || (b.latest > a.latest ? 1 : b.latest < a.latest ? -1 : 0) || a.id.localeCompare(b.id));
}

/** Places the best candidates up to `room`; the rest are counted as left out. Returns the placed element ids. */
function placeRing(chart: ChartBuilder, candidates: Candidate[], room: number, distance: number): string[] {
  const added: string[] = [];
  for (const c of candidates) {
    if (added.length < room) {
      chart.place(c.eid, c.kind, c.key, distance);
      added.push(c.eid);
    } else chart.omittedNodes.set(c.eid, c.kind);
  }
  if (added.length < candidates.length) chart.stoppedAtDepth = distance;
  return added;
}

function placeRow(chart: ChartBuilder, row: NodeRow, distance: number, known: boolean) {
  const kind = kindOfLabels(row.labels);
  const key = kind ? row.props[KEYS[kind]] : undefined;
  if (kind && key !== undefined && key !== null) chart.place(row.eid, kind, String(key), distance, known, known ? undefined : row);
}

/**
 * The bounded subgraph around the seeds: breadth-first, one statement per ring (so the chart
 * keeps the nearest nodes when the limit cuts), then the links between the outermost ring's
 * nodes and the properties of the nodes kept, side by side (finishChart). The rings and the
 * closing links share one read transaction (one BEGIN/COMMIT instead of one per statement).
 */
export async function buildLinkChart(ctx: RequestContext, seedIds: string[], depth: number, req: ChartRequest): Promise<LinkChart> {
  return (await buildChartWithIds(ctx, seedIds, depth, req)).chart;
}

/** The chart and, for each of its node ids, the element id (for GDS projections of it). */
export async function buildChartWithIds(
  ctx: RequestContext,
  seedIds: string[],
  depth: number,
  req: ChartRequest,
): Promise<{ chart: LinkChart; eidOf: Map<string, string> }> {
  // At most `req.limit` seeds: declared on the arguments (link-chart.args.ts, seedsWithinLimit).
  const chart = await inChartTransaction(ctx, 'linkchart/chart', (read) => growChart(read, sideReader(ctx), seedIds, depth, req));
  return { chart: chart.result(ctx), eidOf: chart.elementIds() };
}

async function growChart(read: TransactionReader, aside: SideReader, seedIds: string[], depth: number, req: ChartRequest): Promise<ChartBuilder> {
  const seeds = await findSeeds(read, seedIds, 'seeds');
  const chart = new ChartBuilder(req.limit);
  for (const row of seeds.values()) placeRow(chart, row, 0, false);
  const fanout = fanoutFor(req.limit);

  let frontier = [...seeds.values()].map((r) => r.eid);
  let outermost: string[] = [];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const rows = await runRing(read, frontier, req, fanout);
    chart.noteCuts(rows, fanout);
    const added = placeRing(chart, candidatesOf(rows, chart), Math.max(0, req.limit - chart.placed.size), d);
    for (const r of rows) chart.addEdge(r);
    outermost = added;
    frontier = added;
    if (chart.stoppedAtDepth !== null) break;
  }
  return finishChart(read, aside, chart, outermost, req, fanout);
}

/**
 * The node set is final: the links among the outermost ring's nodes (reached but not expanded)
 * and the kept nodes' properties are read side by side, the properties in another transaction
 * (for a query, its shared read transaction), so Neo4j answers both on two cores (lower p50 and
 * more charts a second at concurrency 1 and 4 in alternating runs,
 * bench/results/linkchart-details-aside-2026-12-07.md). One transaction gave no snapshot to lose:
 * Neo4j reads are read-committed (Operations Manual, "Concurrent data access"). When the pool is
 * busy (`aside` gives no reader) both are read in the chart's own transaction, one after the other.
 */
async function finishChart(read: TransactionReader, aside: SideReader, chart: ChartBuilder, outermost: string[], req: ChartRequest, fanout: number) {
  const closeRing = () => (outermost.length > 0 ? runClosing(read, outermost, req, chart.placed.keys(), fanout) : Promise.resolve([]));
  const beside = aside();
  let closing: RingRow[];
  if (beside) [closing] = await Promise.all([closeRing(), chart.readDetails(beside)]);
  else {
    closing = await closeRing();
    await chart.readDetails(read);
  }
  for (const r of closing) chart.addEdge(r);
  return chart;
}

/**
 * The next ring around one node. Nodes the client already draws (`known`) are not sent again;
 * links from the centre to them, and between the new nodes and them, are.
 */
export async function expandNode(ctx: RequestContext, nodeId: string, known: string[], req: ChartRequest): Promise<LinkChart> {
  const chart = await inChartTransaction(ctx, 'linkchart/expand', (read) => growExpansion(read, sideReader(ctx), nodeId, known, req));
  return chart.result(ctx);
}

async function growExpansion(read: TransactionReader, aside: SideReader, nodeId: string, known: string[], req: ChartRequest): Promise<ChartBuilder> {
  const [center] = (await findSeeds(read, [nodeId], 'nodeId')).values();
  const knownRows = known.length ? await findKnown(read, known) : [];
  const chart = new ChartBuilder(req.limit + 1 + knownRows.length);
  placeRow(chart, center!, 0, true);
  for (const row of knownRows) placeRow(chart, row, 0, true);
  const fanout = fanoutFor(req.limit);
  const rows = await runRing(read, [center!.eid], req, fanout);
  chart.noteCuts(rows, fanout);
  const added = placeRing(chart, candidatesOf(rows, chart), req.limit, 1);
  for (const r of rows) chart.addEdge(r);
  return finishChart(read, aside, chart, added, req, fanout);
}

/** Known nodes that exist (unknown ones are ignored: the client may hold nodes deleted since). */
async function findKnown(read: TransactionReader, ids: string[]): Promise<NodeRow[]> {
  const refs = ids.map(parseNodeId);
  return readNodesByKey(read, refs);
}
