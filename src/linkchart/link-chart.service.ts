import { cypher } from '../db/cypher.registry.js';
import { badInput, notFound } from '../errors/app-error.js';
import type { RequestContext } from '../server/context.js';
import { type ChartNodeKind, kindOfLabels } from './chart-node-kind.enum.js';
import { toChartNode, type NodeRow } from './chart-node.mapper.js';
import { CHART_LIMITS, type TimeWindow } from './chart-limits.js';
import type { ChartEdge, ChartNode, LinkChart } from './link-chart.type.js';
import { nodeIdOf, parseNodeId } from './node-id.js';
import type { RelationshipKind } from './relationship-kind.enum.js';

const seedNodes = cypher('linkchart/seed-nodes');
const ring = cypher('linkchart/ring');
const closeRing = cypher('linkchart/close-ring');

interface RingRow extends NodeRow {
  fromEid: string;
  rid: string;
  type: string;
  rprops: Record<string, unknown>;
  src: string;
  dst: string;
  at: string | null;
}

export interface ChartRequest extends TimeWindow {
  types: string[];
  limit: number;
}

/** Looks seeds up by their natural keys; a seed that does not exist is NOT_FOUND, naming it. */
export async function findSeeds(ctx: RequestContext, ids: string[], field: string | string[]): Promise<Map<string, NodeRow>> {
  const fieldOf = (i: number) => (Array.isArray(field) ? field[i]! : field);
  const refs = ids.map((id, i) => parseNodeId(id, fieldOf(i)));
  const rows = await ctx.gateway.read<NodeRow & { seed: string }>(seedNodes, { seeds: refs }, ctx.meta);
  const found = new Map(rows.map((r) => [r.seed, r]));
  refs.forEach((ref, i) => {
    const canonical = `${ref.kind}:${ref.key}`;
    if (!found.has(canonical)) throw notFound(ref.kind, fieldOf(i), canonical);
  });
  return new Map(refs.map((ref) => [`${ref.kind}:${ref.key}`, found.get(`${ref.kind}:${ref.key}`)!]));
}

function runRing(ctx: RequestContext, frontier: string[], req: ChartRequest, fanout: number) {
  return ctx.gateway.read<RingRow>(
    ring,
    { frontier, types: req.types, from: req.from, to: req.to, fanout, rowCap: CHART_LIMITS.maxRingRows },
    ctx.meta,
  );
}

/** Links from `frontier` to nodes already in the chart (`known` element ids). */
function runClosing(ctx: RequestContext, frontier: string[], req: ChartRequest, known: Iterable<string>, fanout: number) {
  const knownMap = Object.fromEntries([...known].map((eid) => [eid, true]));
  return ctx.gateway.read<RingRow>(
    closeRing,
    { frontier, known: knownMap, types: req.types, from: req.from, to: req.to, fanout, rowCap: CHART_LIMITS.maxRingRows, maxDegree: CHART_LIMITS.hubDegree },
    ctx.meta,
  );
}

const fanoutFor = (limit: number) => Math.min(CHART_LIMITS.maxFanout, Math.max(200, limit * 5));

/** Accumulates a chart: nodes by element id, links by element id, what was left out. */
class ChartBuilder {
  readonly nodes = new Map<string, ChartNode>();
  readonly edges = new Map<string, ChartEdge>();
  readonly omittedNodes = new Map<string, ChartNodeKind>();
  readonly omittedEdges = new Set<string>();
  readonly cutAt = new Set<string>();
  stoppedAtDepth: number | null = null;

  constructor(
    private readonly ctx: RequestContext,
    readonly maxNodes: number,
  ) {}

  get maxEdges() {
    return this.maxNodes * CHART_LIMITS.edgesPerNode;
  }

  /** A node the client already has: only its id is needed (no properties read, nothing audited). */
  addKnown(row: NodeRow) {
    const kind = kindOfLabels(row.labels);
    const id = kind && nodeIdOf(kind, row.props);
    if (kind && id && !this.nodes.has(row.eid)) {
      this.nodes.set(row.eid, { id, kind, label: '', properties: {}, riskScore: null, distance: 0 });
    }
  }

  addNode(eid: string, row: NodeRow, distance: number): boolean {
    if (this.nodes.has(eid)) return true;
    const node = toChartNode(this.ctx, row, distance);
    if (!node) return false;
    this.nodes.set(eid, node);
    return true;
  }

  /** Adds the row's link when both ends are in the chart; counts it as left out otherwise. */
  addEdge(row: RingRow) {
    if (this.edges.has(row.rid)) return;
    const source = this.nodes.get(row.src);
    const target = this.nodes.get(row.dst);
    if (!source || !target || this.edges.size >= this.maxEdges) {
      this.omittedEdges.add(row.rid);
      return;
    }
    this.edges.set(row.rid, {
      id: `${source.id}|${row.type}|${target.id}`,
      source: source.id,
      target: target.id,
      kind: row.type as RelationshipKind,
      properties: row.rprops ?? {},
      at: row.at ?? null,
    });
  }

  /** Notes frontier nodes whose links were cut by the fan-out bound. */
  noteCuts(rows: RingRow[], fanout: number) {
    const perNode = new Map<string, number>();
    for (const r of rows) perNode.set(r.fromEid, (perNode.get(r.fromEid) ?? 0) + 1);
    for (const [eid, n] of perNode) {
      const node = this.nodes.get(eid);
      if (n >= fanout && node) this.cutAt.add(node.id);
    }
    if (rows.length >= CHART_LIMITS.maxRingRows) for (const eid of perNode.keys()) this.cutAt.add(this.nodes.get(eid)?.id ?? eid);
  }

  /** Public node id to element id, for statements that continue from this chart. */
  elementIds(): Map<string, string> {
    return new Map([...this.nodes].map(([eid, n]) => [n.id, eid]));
  }

  result(): LinkChart {
    const byKind = new Map<ChartNodeKind, number>();
    for (const kind of this.omittedNodes.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    const truncated = this.omittedNodes.size > 0 || this.omittedEdges.size > 0 || this.cutAt.size > 0;
    return {
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
      truncated,
      omitted: {
        nodes: this.omittedNodes.size,
        edges: this.omittedEdges.size,
        byKind: [...byKind].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
        cutAt: [...this.cutAt].slice(0, 20),
        stoppedAtDepth: this.stoppedAtDepth,
      },
    };
  }
}

interface Candidate {
  row: NodeRow;
  links: number;
  latest: string;
  id: string;
}

/**
 * The nodes a ring reached that are not yet in the chart, best first: nodes linked to more of
 * the chart, then the most recent links (an analyst works the newest activity first), then by
 * id so the same request draws the same chart.
 */
function candidatesOf(rows: RingRow[], inChart: (eid: string) => boolean, skip: (id: string) => boolean = () => false): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const r of rows) {
    if (inChart(r.eid)) continue;
    const kind = kindOfLabels(r.labels);
    const id = kind && nodeIdOf(kind, r.props);
    if (!id || skip(id)) continue;
    const c = out.get(r.eid);
    if (c) {
      c.links += 1;
      if ((r.at ?? '') > c.latest) c.latest = r.at ?? '';
    } else out.set(r.eid, { row: r, links: 1, latest: r.at ?? '', id });
  }
  return out;
}

const rank = (a: Candidate, b: Candidate) => b.links - a.links || b.latest.localeCompare(a.latest) || a.id.localeCompare(b.id);

/**
 * The bounded subgraph around the seeds: breadth-first, one statement per ring (so the chart
 * keeps the nearest nodes when the limit cuts), then one statement for the links between the
 * outermost ring's nodes.
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
  if (seedIds.length > req.limit) throw badInput('seeds', `more seeds (${seedIds.length}) than the node limit (${req.limit})`);
  const seeds = await findSeeds(ctx, seedIds, 'seeds');
  const chart = new ChartBuilder(ctx, req.limit);
  for (const row of seeds.values()) chart.addNode(row.eid, row, 0);
  const fanout = fanoutFor(req.limit);

  let frontier = [...seeds.values()].map((r) => r.eid);
  let outermost: string[] = [];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const rows = await runRing(ctx, frontier, req, fanout);
    chart.noteCuts(rows, fanout);
    const candidates = [...candidatesOf(rows, (eid) => chart.nodes.has(eid)).entries()].sort((a, b) => rank(a[1], b[1]));
    const room = Math.max(0, req.limit - chart.nodes.size);
    const added: string[] = [];
    for (const [eid, c] of candidates) {
      if (added.length < room && chart.addNode(eid, c.row, d)) added.push(eid);
      else {
        const kind = kindOfLabels(c.row.labels);
        if (kind) chart.omittedNodes.set(eid, kind);
      }
    }
    for (const r of rows) chart.addEdge(r);
    outermost = added;
    frontier = added;
    if (added.length < candidates.length) {
      chart.stoppedAtDepth = d;
      break;
    }
  }
  // Links among the outermost ring's nodes (they were reached but not expanded).
  if (outermost.length > 0) {
    const rows = await runClosing(ctx, outermost, req, chart.nodes.keys(), fanout);
    for (const r of rows) chart.addEdge(r);
  }
  return { chart: chart.result(), eidOf: chart.elementIds() };
}

/**
 * The next ring around one node. Nodes the client already draws (`known`) are not sent again;
 * links from the centre to them, and between the new nodes and them, are.
 */
export async function expandNode(ctx: RequestContext, nodeId: string, known: string[], req: ChartRequest): Promise<LinkChart> {
  const [center] = (await findSeeds(ctx, [nodeId], 'nodeId')).values();
  const knownRows = known.length ? await findKnown(ctx, known) : [];
  const chart = new ChartBuilder(ctx, req.limit + 1 + knownRows.length);
  chart.addKnown(center!);
  for (const row of knownRows) chart.addKnown(row);
  const fanout = fanoutFor(req.limit);
  const rows = await runRing(ctx, [center!.eid], req, fanout);
  chart.noteCuts(rows, fanout);
  const candidates = [...candidatesOf(rows, (eid) => chart.nodes.has(eid)).entries()].sort((a, b) => rank(a[1], b[1]));
  const added: string[] = [];
  for (const [eid, c] of candidates) {
    if (added.length < req.limit && chart.addNode(eid, c.row, 1)) added.push(eid);
    else {
      const kind = kindOfLabels(c.row.labels);
      if (kind) chart.omittedNodes.set(eid, kind);
    }
  }
  if (added.length < candidates.length) chart.stoppedAtDepth = 1;
  for (const r of rows) chart.addEdge(r);
  if (added.length > 0) {
    const closing = await runClosing(ctx, added, req, chart.nodes.keys(), fanout);
    for (const r of closing) chart.addEdge(r);
  }
  const result = chart.result();
  const sent = new Set([center!.eid, ...knownRows.map((r) => r.eid)]);
  const hidden = new Set([...chart.nodes].filter(([eid]) => sent.has(eid)).map(([, n]) => n.id));
  return { ...result, nodes: result.nodes.filter((n) => !hidden.has(n.id)) };
}

/** Known nodes that exist (unknown ones are ignored: the client may hold nodes deleted since). */
async function findKnown(ctx: RequestContext, ids: string[]): Promise<NodeRow[]> {
  const refs = ids.map((id) => parseNodeId(id, 'known'));
  return ctx.gateway.read<NodeRow & { seed: string }>(seedNodes, { seeds: refs }, ctx.meta);
}

