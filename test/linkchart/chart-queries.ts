/** GraphQL documents the link-chart tests send. */
const CHART = `
  nodes { id kind label properties riskScore distance }
  edges { id source target kind properties at }
  truncated
  omitted { nodes edges byKind { kind count } cutAt stoppedAtDepth }`;

export const LINK_CHART = `query LinkChart($seeds: [ID!]!, $depth: Int, $limit: Int, $include: [RelationshipKind!], $from: DateTime, $to: DateTime) {
  linkChart(seeds: $seeds, depth: $depth, limit: $limit, include: $include, from: $from, to: $to) { ${CHART} }
}`;

export const EXPAND = `query Expand($nodeId: ID!, $include: [RelationshipKind!], $limit: Int, $known: [ID!]) {
  expand(nodeId: $nodeId, include: $include, limit: $limit, known: $known) { ${CHART} }
}`;

export const SHORTEST = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $include: [RelationshipKind!], $timeOrdered: Boolean) {
  shortestPaths(from: $from, to: $to, maxHops: $maxHops, include: $include, timeOrdered: $timeOrdered) {
    hops truncated timeOrdered
    paths { nodeIds edgeIds hops startsAt endsAt }
    chart { ${CHART} }
  }
}`;

export const MOST_CONNECTED = `query Central($seeds: [ID!], $filter: SeedFilter, $depth: Int, $include: [RelationshipKind!], $orderBy: CentralityMeasure, $first: Int) {
  mostConnected(seeds: $seeds, filter: $filter, depth: $depth, include: $include, orderBy: $orderBy, first: $first) {
    chartNodes chartEdges truncated seeds
    nodes { rank degree pageRank betweenness node { id kind label } }
  }
}`;

export interface ChartNode {
  id: string;
  kind: string;
  label: string;
  properties: Record<string, unknown>;
  riskScore: number | null;
  distance: number;
}

export interface ChartEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  properties: Record<string, unknown>;
  at: string | null;
}

export interface Chart {
  nodes: ChartNode[];
  edges: ChartEdge[];
  truncated: boolean;
  omitted: { nodes: number; edges: number; byKind: Array<{ kind: string; count: number }>; cutAt: string[]; stoppedAtDepth: number | null };
}
