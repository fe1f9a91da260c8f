import type { RequestContext } from '../core/context.js';
import type { TransactionReader } from '../db/gateway.js';
import { CHART_LIMITS } from './chart-limits.js';
import type { ChartNodeKind } from './chart-node-kind.enum.js';
import { toChartNode, type NodeRow } from './chart-node.mapper.js';
import type { ChartEdge, ChartNode, LinkChart } from './link-chart.type.js';
import { readNodeDetails, type RingRow } from './linkchart.data.js';
import { formatNodeId } from './node-id.js';
import type { RelationshipKind } from './relationship-kind.enum.js';

export interface Placed {
  id: string;
  kind: ChartNodeKind;
  distance: number;
  /** Already in the client's chart (expand's centre and `known`): links only, never sent. */
  known: boolean;
  row?: NodeRow;
}

/**
 * Accumulates a chart by element id: which nodes it keeps (placed first, properties read once at
 * the end for the kept ones only), which links, and what was left out.
 */
export class ChartBuilder {
  readonly placed = new Map<string, Placed>();
  readonly edges = new Map<string, { row: RingRow; edge: ChartEdge }>();
  readonly omittedNodes = new Map<string, ChartNodeKind>();
  readonly omittedEdges = new Set<string>();
  readonly cutAt = new Set<string>();
  stoppedAtDepth: number | null = null;

  constructor(readonly maxNodes: number) {}

  get maxEdges() {
    return this.maxNodes * CHART_LIMITS.edgesPerNode;
  }

  place(eid: string, kind: ChartNodeKind, key: string, distance: number, known = false, row?: NodeRow) {
    if (!this.placed.has(eid)) this.placed.set(eid, { id: formatNodeId(kind, key), kind, distance, known, row });
  }

  /** Adds the row's link when both ends are in the chart; counts it as left out otherwise. */
  addEdge(row: RingRow) {
    if (this.edges.has(row.rid)) return;
    const source = this.placed.get(row.src);
    const target = this.placed.get(row.dst);
    if (!source || !target || this.edges.size >= this.maxEdges) {
      this.omittedEdges.add(row.rid);
      return;
    }
    this.omittedEdges.delete(row.rid);
    const at = row.atMs === null ? null : new Date(row.atMs).toISOString();
    this.edges.set(row.rid, {
      row,
      edge: {
        id: `${source.id}|${row.type}|${target.id}`,
        source: source.id,
        target: target.id,
        kind: row.type as RelationshipKind,
        properties: row.rprops ?? {},
        at,
      },
    });
  }

  /** Notes frontier nodes whose links were cut by the fan-out bound. */
  noteCuts(rows: RingRow[], fanout: number) {
    const perNode = new Map<string, number>();
    for (const r of rows) perNode.set(r.fromEid, (perNode.get(r.fromEid) ?? 0) + 1);
    for (const [eid, n] of perNode) if (n >= fanout || rows.length >= CHART_LIMITS.maxRingRows) this.cutAt.add(this.placed.get(eid)?.id ?? eid);
  }

  /** Public node id to element id, for statements that continue from this chart. */
  elementIds(): Map<string, string> {
    return new Map([...this.placed].map(([eid, p]) => [p.id, eid]));
  }

  /** Reads the properties of the kept nodes (one statement, once the node set is final). */
  async readDetails(read: TransactionReader): Promise<void> {
    const missing = [...this.placed].filter(([, p]) => !p.known && !p.row).map(([eid]) => eid);
    if (missing.length) {
      for (const row of await readNodeDetails(read, missing)) this.placed.get(row.eid)!.row = row;
    }
  }

  /**
   * The chart for the caller, once readDetails has run (personal data goes through ctx's guard).
   * A link is sent only when both its ends are: a node deleted after the rings read it has no
   * properties and is not sent, and a link must never point at a node the chart lacks.
   */
  result(ctx: RequestContext): LinkChart {
    const nodes: ChartNode[] = [];
    const ends = new Set<string>();
    for (const p of this.placed.values()) {
      if (p.known) ends.add(p.id);
      if (p.known || !p.row) continue;
      const node = toChartNode(ctx, p.row, p.distance);
      if (node) {
        nodes.push(node);
        ends.add(node.id);
      }
    }
    const byKind = new Map<ChartNodeKind, number>();
    for (const kind of this.omittedNodes.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    return {
      nodes,
      edges: [...this.edges.values()].map((e) => e.edge).filter((e) => ends.has(e.source) && ends.has(e.target)),
      truncated: this.omittedNodes.size > 0 || this.omittedEdges.size > 0 || this.cutAt.size > 0,
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
