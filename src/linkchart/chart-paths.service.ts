import type { RequestContext } from '../core/context.js';
import { toChartNode } from './chart-node.mapper.js';
import type { ChartEdge, ChartNode, ChartPath, ChartPaths } from './link-chart.type.js';
import { findSeeds } from './link-chart.service.js';
import { readPaths, standaloneReader } from './linkchart.data.js';
import type { RelationshipKind } from './relationship-kind.enum.js';

export interface PathRequest {
  from: string;
  to: string;
  maxHops: number;
  types: string[];
  timeOrdered: boolean;
  limit: number;
}

/**
 * All shortest paths between two nodes (or the shortest time-ordered ones), as id lists plus
 * one chart holding their nodes and links. One statement finds the ends by key, one the paths.
 */
export async function findShortestPaths(ctx: RequestContext, req: PathRequest): Promise<ChartPaths> {
  // `from` and `to` are node ids naming two different nodes (ShortestPathsArgs' rules).
  const ends = await findSeeds(standaloneReader(ctx), [req.from, req.to], ['from', 'to']);
  const [a, b] = [...ends.values()];
  const empty = { nodes: [], edges: [], truncated: false, omitted: { nodes: 0, edges: 0, byKind: [], cutAt: [], stoppedAtDepth: null } };

  const rows = await readPaths(ctx, req.timeOrdered, { a: a!.eid, b: b!.eid, types: req.types, maxHops: req.maxHops, limit: req.limit + 1 });
  const truncated = rows.length > req.limit;
  const nodes = new Map<string, ChartNode>();
  const edges = new Map<string, ChartEdge>();
  const paths: ChartPath[] = [];
  for (const row of rows.slice(0, req.limit)) {
    row.nodes.forEach((n, i) => {
      if (!nodes.has(n.eid)) {
        const node = toChartNode(ctx, n, i);
        if (node) nodes.set(n.eid, node);
      } else if (nodes.get(n.eid)!.distance > i) nodes.get(n.eid)!.distance = i;
    });
    const edgeIds: string[] = [];
    for (const l of row.links) {
      const source = nodes.get(l.src)!;
      const target = nodes.get(l.dst)!;
      const id = `${source.id}|${l.type}|${target.id}`;
      edgeIds.push(id);
      if (!edges.has(l.rid)) {
        edges.set(l.rid, { id, source: source.id, target: target.id, kind: l.type as RelationshipKind, properties: l.rprops ?? {}, at: l.at ?? null });
      }
    }
    const times = row.links.map((l) => l.at).filter((t): t is string => !!t);
    paths.push({
      nodeIds: row.nodes.map((n) => nodes.get(n.eid)!.id),
      edgeIds,
      hops: row.links.length,
      startsAt: times[0] ?? null,
      endsAt: times.at(-1) ?? null,
    });
  }
  return {
    paths,
    hops: paths[0]?.hops ?? null,
    timeOrdered: req.timeOrdered,
    truncated,
    chart: { nodes: [...nodes.values()], edges: [...edges.values()], truncated, omitted: { ...empty.omitted } },
  };
}
