import { graphql } from '../generated/graphql/index.js';
import type { LinkChartFieldsFragment } from '../generated/graphql/graphql.js';

/** GraphQL documents the link-chart tests send (typed by `npm run codegen`). */
graphql(`
  fragment LinkChartFields on LinkChart {
    nodes {
      id
      kind
      label
      properties
      riskScore
      distance
    }
    edges {
      id
      source
      target
      kind
      properties
      at
    }
    truncated
    omitted {
      nodes
      edges
      byKind {
        kind
        count
      }
      cutAt
      stoppedAtDepth
    }
  }
`);

export const LINK_CHART = graphql(`
  query LinkChart($seeds: [ID!]!, $depth: Int, $limit: Int, $include: [RelationshipKind!], $from: DateTime, $to: DateTime) {
    linkChart(seeds: $seeds, depth: $depth, limit: $limit, include: $include, from: $from, to: $to) {
      ...LinkChartFields
    }
  }
`);

export const EXPAND = graphql(`
  query Expand($nodeId: ID!, $include: [RelationshipKind!], $limit: Int, $known: [ID!]) {
    expand(nodeId: $nodeId, include: $include, limit: $limit, known: $known) {
      ...LinkChartFields
    }
  }
`);

export const SHORTEST = graphql(`
  query Paths($from: ID!, $to: ID!, $maxHops: Int, $include: [RelationshipKind!], $timeOrdered: Boolean) {
    shortestPaths(from: $from, to: $to, maxHops: $maxHops, include: $include, timeOrdered: $timeOrdered) {
      hops
      truncated
      timeOrdered
      paths {
        nodeIds
        edgeIds
        hops
        startsAt
        endsAt
      }
      chart {
        ...LinkChartFields
      }
    }
  }
`);

export const MOST_CONNECTED = graphql(`
  query Central($seeds: [ID!], $filter: SeedFilter, $depth: Int, $include: [RelationshipKind!], $orderBy: CentralityMeasure, $first: Int) {
    mostConnected(seeds: $seeds, filter: $filter, depth: $depth, include: $include, orderBy: $orderBy, first: $first) {
      chartNodes
      chartEdges
      truncated
      seeds
      nodes {
        rank
        degree
        pageRank
        betweenness
        node {
          id
          kind
          label
        }
      }
    }
  }
`);

/** A chart as every link-chart document returns it. */
export type Chart = LinkChartFieldsFragment;
