import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { ChartNodeKind } from './chart-node-kind.enum.js';
import { RelationshipKind } from './relationship-kind.enum.js';

/** Shaped like Cytoscape.js element data: `cy.add(nodes.map((data) => ({ group: 'nodes', data })))`. */
@ObjectType({ description: 'A node of a link chart. Its fields are Cytoscape.js element data as they are.' })
export class ChartNode {
  @Field(() => ID, { description: 'Kind and natural key, e.g. `Casing:E-123`, `Ffl:1-23-456-01-2B-01234`: the same node always has the same id.' })
  id!: string;

  @Field(() => ChartNodeKind, { description: 'What the node is (its graph label).' })
  kind!: ChartNodeKind;

  @Field(() => String, { description: 'Short caption to draw. People are captioned by id for callers who may not see personal data.' })
  label!: string;

  @Field(() => GraphQLJSONObject, {
    description:
      "The node's stored properties (dates as ISO strings, points as {latitude, longitude}). A person's personal properties are null for callers who may not see personal data.",
  })
  properties!: Record<string, unknown>;

  @Field(() => Float, { nullable: true, description: 'Dealer risk score (Ffl nodes, from the analysis job); null for other kinds or before the job has run.' })
  riskScore!: number | null;

  @Field(() => Int, { description: 'Links from the nearest seed (0 for a seed; for expand, 1).' })
  distance!: number;
}

@ObjectType({ description: 'A link of a link chart, directed as stored. Its fields are Cytoscape.js element data as they are.' })
export class ChartEdge {
  @Field(() => ID, { description: 'Stable id: `<source id>|<kind>|<target id>`.' })
  id!: string;

  @Field(() => ID, { description: 'Node id of the start of the link.' })
  source!: string;

  @Field(() => ID, { description: 'Node id of the end of the link.' })
  target!: string;

  @Field(() => RelationshipKind, { description: 'Relationship type.' })
  kind!: RelationshipKind;

  @Field(() => GraphQLJSONObject, { description: "The relationship's stored properties (e.g. FIRED_FROM's confirmedAt, ASSOCIATE_OF's source and since)." })
  properties!: Record<string, unknown>;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the link happened (sale date, recovery date, trace request, casing recovery, correlation, scene time, associate since); null for timeless links (MADE_BY). Time windows and the time slider use it.',
  })
  at!: string | null;
}

@ObjectType({ description: 'How many nodes of one kind a chart left out.' })
export class KindCount {
  @Field(() => ChartNodeKind)
  kind!: ChartNodeKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What a truncated chart left out, so the analyst knows what more there is and can expand or narrow.' })
export class ChartOmission {
  @Field(() => Int, { description: 'Nodes found but left out by the limit (at least this many).' })
  nodes!: number;

  @Field(() => Int, { description: 'Links left out: to left-out nodes, or over the link cap (at least this many).' })
  edges!: number;

  @Field(() => [KindCount], { description: 'Left-out nodes by kind, most first.' })
  byKind!: KindCount[];

  @Field(() => [ID], { description: 'Chart nodes with more links than were followed (up to 20): expanding them shows more.' })
  cutAt!: string[];

  @Field(() => Int, { nullable: true, description: 'The ring (distance from the seeds) at which the limit stopped the expansion; null when it did not.' })
  stoppedAtDepth!: number | null;
}

@ObjectType({
  description: 'A bounded subgraph, ready for Cytoscape.js (`elements: { nodes: nodes.map(data => ({data})), edges: edges.map(data => ({data})) }`).',
})
export class LinkChart {
  @Field(() => [ChartNode])
  nodes!: ChartNode[];

  @Field(() => [ChartEdge])
  edges!: ChartEdge[];

  @Field(() => Boolean, { description: 'True when the limit (or a per-node link cap) left something out; see `omitted`.' })
  truncated!: boolean;

  @Field(() => ChartOmission, { description: 'What was left out (all zero when not truncated).' })
  omitted!: ChartOmission;
}

@ObjectType({ description: 'One path between two nodes, as node and link ids in order.' })
export class ChartPath {
  @Field(() => [ID], { description: 'Node ids from `from` to `to`.' })
  nodeIds!: string[];

  @Field(() => [ID], { description: 'Link ids in order.' })
  edgeIds!: string[];

  @Field(() => Int, { description: 'Number of links.' })
  hops!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Time of the first timed link.' })
  startsAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Time of the last timed link.' })
  endsAt!: string | null;
}

@ObjectType({ description: 'Shortest paths between two nodes, and their nodes and links as one chart.' })
export class ChartPaths {
  @Field(() => [ChartPath], { description: 'Every shortest path found (up to the limit); empty when none exists within maxHops.' })
  paths!: ChartPath[];

  @Field(() => Int, { nullable: true, description: 'Length of the shortest paths; null when none was found.' })
  hops!: number | null;

  @Field(() => Boolean, { description: 'True when the search asked for time-ordered paths (each link at or after the previous one).' })
  timeOrdered!: boolean;

  @Field(() => Boolean, { description: 'True when there were more shortest paths than the limit.' })
  truncated!: boolean;

  @Field(() => LinkChart, { description: 'All nodes and links of the paths, ready to draw.' })
  chart!: LinkChart;
}

@ObjectType({ description: 'A chart node with its centrality in the chart.' })
export class ConnectedNode {
  @Field(() => Int, { description: 'Position in the ranking (1 = most central by the chosen measure).' })
  rank!: number;

  @Field(() => ChartNode)
  node!: ChartNode;

  @Field(() => Int, { description: 'Links to other nodes of the chart.' })
  degree!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'PageRank within the chart (GDS, undirected). Null when the connected Neo4j has no Graph Data Science (orderBy: DEGREE).',
  })
  pageRank!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Betweenness centrality within the chart (GDS, exact): how often the node lies on shortest paths between others, i.e. brokers and bridges. Null when the connected Neo4j has no Graph Data Science (orderBy: DEGREE).',
  })
  betweenness!: number | null;
}

@ObjectType({ description: 'The most central nodes of a chart.' })
export class MostConnected {
  @Field(() => [ConnectedNode])
  nodes!: ConnectedNode[];

  @Field(() => Int, { description: 'Nodes in the chart that was measured.' })
  chartNodes!: number;

  @Field(() => Int, { description: 'Links in the chart that was measured.' })
  chartEdges!: number;

  @Field(() => Boolean, { description: 'True when the chart was truncated by its limit (centrality is then within the truncated chart).' })
  truncated!: boolean;

  @Field(() => [ID], { description: 'The seeds the chart grew from (the filter’s picks when a filter was given).' })
  seeds!: string[];
}
