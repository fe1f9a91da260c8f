import { notFound } from '../errors/app-error.js';
import { ChartNodeKind } from '../linkchart/chart-node-kind.enum.js';
import { toChartNode } from '../linkchart/chart-node.mapper.js';
import type { ChartEdge, ChartNode, LinkChart } from '../linkchart/link-chart.type.js';
import { formatNodeId } from '../linkchart/node-id.js';
import { RelationshipKind } from '../linkchart/relationship-kind.enum.js';
import type { RequestContext } from '../core/context.js';
import { readDealerSubgraph } from './risk.data.js';

type Props = Record<string, unknown>;

export const SUBGRAPH_LIMITS = { minDepth: 1, maxDepth: 3, defaultDepth: 2, maxNodes: 1000, defaultNodes: 300 } as const;

/**
 * Builds the dealer-risk subgraph as a link chart (the LinkChart of src/linkchart: Cytoscape.js element
 * data): dealer → sales → guns → purchasers (depth 1), → recoveries, scenes, possessors
 * (depth 2), → other dealers those purchasers bought from (depth 3); and every gun traced to
 * the dealer without a sale record there (trace → recovery → gun, possessor). Nodes are kept nearest
 * first up to `limit`; people go through guardPersonProperties (in toChartNode). `depth` and `limit` arrive
 * checked against SUBGRAPH_LIMITS (declared on the query's arguments).
 */
export async function dealerRiskSubgraph(ctx: RequestContext, license: string, depth: number, limit: number): Promise<LinkChart> {
  const row = await readDealerSubgraph(ctx, { license, depth, maxSales: Math.min(limit, 250), maxRecoveries: limit, maxOtherSales: Math.ceil(limit / 2) });
  if (!row) throw notFound('licensee', 'license', license);

  const nodes = new Map<string, ChartNode>();
  const omitted = new Map<string, ChartNodeKind>();
  const edges = new Map<string, ChartEdge>();
  let omittedEdges = 0;
  const add = (kind: ChartNodeKind, props: Props | null, distance: number): string | undefined => {
    if (!props) return undefined;
    const node = toChartNode(ctx, { eid: '', labels: [kind], props }, distance);
    if (!node) return undefined;
    if (nodes.has(node.id)) return node.id;
    if (nodes.size >= limit) {
      omitted.set(node.id, kind);
      return undefined;
    }
    nodes.set(node.id, node);
    return node.id;
  };
  const link = (source: string | undefined, kind: RelationshipKind, target: string | undefined, at: unknown) => {
    if (!source || !target) {
      omittedEdges += 1;
      return;
    }
    const id = `${source}|${kind}|${target}`;
    edges.set(id, { id, source, target, kind, properties: {}, at: typeof at === 'string' ? toInstant(at) : null });
  };

  const dealerId = add(ChartNodeKind.FFL, row.dealer, 0);
  // Ring by ring, so a limit keeps the nearest nodes.
  const saleIds = row.sales.map((s) => add(ChartNodeKind.SALE, s.sale, 1));
  const gunIds = row.sales.map((s) => add(ChartNodeKind.FIREARM, s.gun, 2));
  const buyerIds = row.sales.map((s) => add(ChartNodeKind.PERSON, s.purchaser, 2));
  row.sales.forEach((s, i) => {
    link(dealerId, RelationshipKind.SOLD, saleIds[i], s.sale.soldOn);
    link(saleIds[i], RelationshipKind.OF_FIREARM, gunIds[i], s.sale.soldOn);
    if (s.purchaser) link(saleIds[i], RelationshipKind.TO_PURCHASER, buyerIds[i], s.sale.soldOn);
  });
  // Traced guns without a sale record here (dealer ← trace → recovery → gun, possessor), before
  // the recoveries of sold guns: a dealer's missing records must not fall off a limited drawing.
  for (const u of row.unrecorded ?? []) {
    const trace = add(ChartNodeKind.TRACE, u.trace, 1);
    link(trace, RelationshipKind.RESOLVED_DEALER, dealerId, u.trace.requestedAt);
    const rec = add(ChartNodeKind.RECOVERY, u.recovery, 2);
    link(trace, RelationshipKind.FOR_RECOVERY, rec, u.trace.requestedAt);
    link(rec, RelationshipKind.OF_FIREARM, add(ChartNodeKind.FIREARM, u.gun, 3), u.recovery.recoveredOn);
    if (u.possessor) link(rec, RelationshipKind.FROM_POSSESSOR, add(ChartNodeKind.PERSON, u.possessor, 3), u.recovery.recoveredOn);
  }
  const recIds = row.recoveries.map((r) => add(ChartNodeKind.RECOVERY, r.recovery, 3));
  row.recoveries.forEach((r, i) => {
    const at = r.recovery.recoveredOn;
    link(
      recIds[i],
      RelationshipKind.OF_FIREARM,
      nodes.has(formatNodeId(ChartNodeKind.FIREARM, r.gunId)) ? formatNodeId(ChartNodeKind.FIREARM, r.gunId) : undefined,
      at,
    );
    if (r.scene) link(recIds[i], RelationshipKind.AT_SCENE, add(ChartNodeKind.SCENE, r.scene, 4), at);
    if (r.possessor) link(recIds[i], RelationshipKind.FROM_POSSESSOR, add(ChartNodeKind.PERSON, r.possessor, 4), at);
  });
  for (const o of row.otherSales) {
    const buyer = formatNodeId(ChartNodeKind.PERSON, o.purchaserId);
    const sale = add(ChartNodeKind.SALE, o.sale, 4);
    link(sale, RelationshipKind.TO_PURCHASER, nodes.has(buyer) ? buyer : undefined, o.sale.soldOn);
    link(add(ChartNodeKind.FFL, o.dealer, 5), RelationshipKind.SOLD, sale, o.sale.soldOn);
    if (o.gun) link(sale, RelationshipKind.OF_FIREARM, add(ChartNodeKind.FIREARM, o.gun, 5), o.sale.soldOn);
  }

  const unfetchedSales = Math.max(0, row.totalSales - row.sales.length);
  const byKind = new Map<ChartNodeKind, number>();
  for (const kind of omitted.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  if (unfetchedSales) byKind.set(ChartNodeKind.SALE, (byKind.get(ChartNodeKind.SALE) ?? 0) + unfetchedSales);
  const omittedNodes = omitted.size + unfetchedSales;
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: omittedNodes > 0 || omittedEdges > 0,
    omitted: {
      nodes: omittedNodes,
      edges: omittedEdges,
      byKind: [...byKind.entries()].sort((a, b) => b[1] - a[1]).map(([kind, count]) => ({ kind, count })),
      cutAt: unfetchedSales && dealerId ? [dealerId] : [],
      stoppedAtDepth: omittedNodes > 0 ? depth : null,
    },
  };
}

/** Dates (YYYY-MM-DD) as the start of the day in UTC, so every link time is an instant. */
function toInstant(value: string): string {
  return value.length === 10 ? `${value}T00:00:00.000Z` : value;
}
