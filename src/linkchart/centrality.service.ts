import { registerEnumType } from 'type-graphql';
import type { RequestContext } from '../core/context.js';
import type { ConnectedNode, LinkChart } from './link-chart.type.js';
import { chartCentrality } from './linkchart.data.js';

export enum CentralityMeasure {
  BETWEENNESS = 'BETWEENNESS',
  PAGE_RANK = 'PAGE_RANK',
  DEGREE = 'DEGREE',
}

registerEnumType(CentralityMeasure, {
  name: 'CentralityMeasure',
  description: "How mostConnected ranks a chart's nodes.",
  valuesConfig: {
    BETWEENNESS: { description: 'Betweenness centrality: brokers and bridges between groups (the default).' },
    PAGE_RANK: { description: 'PageRank: nodes linked to other well-linked nodes.' },
    DEGREE: { description: 'Number of links within the chart.' },
  },
});

/**
 * Degree, PageRank and betweenness of every node of a chart, measured within the chart only
 * (GDS open edition on an in-memory projection of just the chart's links, undirected). The
 * projection has a per-request name and is dropped in `finally`, whatever happens. With
 * `withGds` false (the connected Neo4j has no GDS) only degree is measured; PageRank and
 * betweenness are null.
 */
export async function measureCentrality(
  ctx: RequestContext,
  chart: LinkChart,
  eidOf: Map<string, string>,
  withGds = true,
): Promise<Omit<ConnectedNode, 'rank'>[]> {
  const degree = new Map<string, number>(chart.nodes.map((n) => [n.id, 0]));
  const links: Array<{ s: string; t: string }> = [];
  for (const e of chart.edges) {
    if (e.source === e.target) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    links.push({ s: eidOf.get(e.source)!, t: eidOf.get(e.target)! });
  }
  let pr = new Map<string, number>();
  let bc = new Map<string, number>();
  if (withGds && links.length > 0) {
    const graph = `linkchart-${ctx.requestId}-${Date.now()}`.replace(/[^A-Za-z0-9_-]/g, '');
    ({ pageRank: pr, betweenness: bc } = await chartCentrality(ctx, graph, links));
  }
  return chart.nodes.map((node) => {
    const eid = eidOf.get(node.id)!;
    return { node, degree: degree.get(node.id) ?? 0, pageRank: withGds ? (pr.get(eid) ?? 0) : null, betweenness: withGds ? (bc.get(eid) ?? 0) : null };
  });
}

export function rankBy(measure: CentralityMeasure) {
  const key = measure === CentralityMeasure.PAGE_RANK ? 'pageRank' : measure === CentralityMeasure.DEGREE ? 'degree' : 'betweenness';
  return (a: Omit<ConnectedNode, 'rank'>, b: Omit<ConnectedNode, 'rank'>) =>
    (b[key] ?? 0) - (a[key] ?? 0) || b.degree - a.degree || a.node.id.localeCompare(b.node.id);
}
