import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../core/role.js';
import { DateTimeScalar } from '../common/scalars.js';
import { checkState } from '../common/keys.js';
import { badInput } from '../errors/app-error.js';
import type { RequestContext } from '../core/context.js';
import { gdsStatusFor, gdsUnavailable } from '../db/gds.probe.js';
import { CentralityMeasure, measureCentrality, rankBy } from './centrality.service.js';
import { findShortestPaths } from './chart-paths.service.js';
import { CHART_LIMITS as L, intInRange, relationshipKinds, timeWindow } from './chart-limits.js';
import { ChartPaths, LinkChart, MostConnected } from './link-chart.type.js';
import { buildChartWithIds, buildLinkChart, expandNode } from './link-chart.service.js';
import { HUB_RELATIONSHIP_KINDS, ALL_RELATIONSHIP_KINDS, RelationshipKind } from './relationship-kind.enum.js';
import { SeedFilter } from './seed-filter.input.js';
import { seedIdsByState } from './linkchart.data.js';

const INCLUDE = 'Relationship kinds to follow; all when omitted.';
const FROM = 'Only links that happened at or after this time (links with no time always count).';
const TO = 'Only links that happened at or before this time.';

/** Link charts for analysts (docs/link-charts.md). Thin: arguments are checked here, the work is in the services. */
@Resolver()
export class LinkChartResolver {
  @Authorized(Role.ANALYST)
  @Query(() => LinkChart, {
    description:
      'The bounded subgraph around one or more seeds (node ids such as `Ffl:1-23-456-01-2B-01234`), breadth-first so the nearest nodes stay when the limit cuts. Directly usable by Cytoscape.js.',
  })
  async linkChart(
    @Ctx() ctx: RequestContext,
    @Arg('seeds', () => [ID], { description: 'Node ids to start from (1 to 50): Kind:key.' }) seeds: string[],
    @Arg('depth', () => Int, { nullable: true, description: `Rings of links to follow (1 to ${L.maxDepth}, default ${L.defaultDepth}).` }) depth: number | null,
    @Arg('include', () => [RelationshipKind], { nullable: true, description: INCLUDE }) include: RelationshipKind[] | null,
    @Arg('from', () => DateTimeScalar, { nullable: true, description: FROM }) from: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true, description: TO }) to: Date | null,
    @Arg('limit', () => Int, { nullable: true, description: `Most nodes (1 to ${L.maxNodes}, default ${L.defaultNodes}).` }) limit: number | null,
  ): Promise<LinkChart> {
    const ids = checkSeeds(seeds);
    const d = intInRange('depth', depth, 1, L.maxDepth, L.defaultDepth);
    const n = intInRange('limit', limit, 1, L.maxNodes, L.defaultNodes);
    return buildLinkChart(ctx, ids, d, { types: relationshipKinds(include), ...timeWindow(from, to), limit: n });
  }

  @Authorized(Role.ANALYST)
  @Query(() => LinkChart, {
    description:
      'The next ring around one node, to grow a chart step by step: its neighbours not already in `known`, with their links to the node, to each other and to the known nodes.',
  })
  async expand(
    @Ctx() ctx: RequestContext,
    @Arg('nodeId', () => ID, { description: 'The node to expand (Kind:key).' }) nodeId: string,
    @Arg('include', () => [RelationshipKind], { nullable: true, description: INCLUDE }) include: RelationshipKind[] | null,
    @Arg('from', () => DateTimeScalar, { nullable: true, description: FROM }) from: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true, description: TO }) to: Date | null,
    @Arg('limit', () => Int, { nullable: true, description: `Most new nodes (1 to ${L.maxNodes}, default ${L.defaultNodes}).` }) limit: number | null,
    @Arg('known', () => [ID], {
      nullable: true,
      description: `Ids of nodes the client already draws (up to ${L.maxKnown}): not sent again, links to them are.`,
    })
    known: string[] | null,
  ): Promise<LinkChart> {
    const n = intInRange('limit', limit, 1, L.maxNodes, L.defaultNodes);
    if ((known?.length ?? 0) > L.maxKnown) throw badInput('known', `at most ${L.maxKnown} ids`);
    return expandNode(ctx, nodeId, [...new Set(known ?? [])], { types: relationshipKinds(include), ...timeWindow(from, to), limit: n });
  }

  @Authorized(Role.ANALYST)
  @Query(() => ChartPaths, {
    description:
      'How two nodes connect: every shortest path (fewest links), bounded by maxHops; with timeOrdered, the shortest paths in which each link happened at or after the previous one (sale, then recovery, then trace). ' +
      'Hub links (MADE_BY, INVESTIGATED_BY, BY_AGENCY, REQUESTED) are left out unless `include` names them.',
  })
  async shortestPaths(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => ID, { description: 'Start node id (Kind:key).' }) from: string,
    @Arg('to', () => ID, { description: 'End node id (Kind:key).' }) to: string,
    @Arg('maxHops', () => Int, { nullable: true, description: `Longest path in links (1 to ${L.maxHops}, default ${L.defaultHops}).` }) maxHops: number | null,
    @Arg('include', () => [RelationshipKind], { nullable: true, description: 'Relationship kinds to follow; all but the hub links when omitted.' })
    include: RelationshipKind[] | null,
    @Arg('timeOrdered', () => Boolean, { defaultValue: false, description: 'Only paths whose links happened in time order from `from` to `to`.' })
    ordered: boolean,
    @Arg('limit', () => Int, { nullable: true, description: `Most paths (1 to ${L.maxPaths}, default ${L.defaultPaths}).` }) limit: number | null,
  ): Promise<ChartPaths> {
    const hops = intInRange('maxHops', maxHops, 1, L.maxHops, L.defaultHops);
    const n = intInRange('limit', limit, 1, L.maxPaths, L.defaultPaths);
    const types = relationshipKinds(
      include,
      ALL_RELATIONSHIP_KINDS.filter((k) => !HUB_RELATIONSHIP_KINDS.includes(k)),
    );
    return findShortestPaths(ctx, { from, to, maxHops: hops, types, timeOrdered: ordered, limit: n });
  }

  @Authorized(Role.ANALYST)
  @Query(() => MostConnected, {
    description:
      'Who is central in a chart: the chart around `seeds` (or around the seeds `filter` picks) ranked by betweenness, PageRank or degree, measured within the chart with GDS. GDS_UNAVAILABLE when the server has no GDS.',
  })
  async mostConnected(
    @Ctx() ctx: RequestContext,
    @Arg('seeds', () => [ID], { nullable: true, description: 'Node ids to grow the chart from; or give `filter`.' }) seeds: string[] | null,
    @Arg('filter', () => SeedFilter, { nullable: true, description: 'Picks the seeds by state instead.' }) filter: SeedFilter | null,
    @Arg('depth', () => Int, { nullable: true, description: `Rings of links (1 to ${L.maxDepth}, default ${L.defaultDepth}).` }) depth: number | null,
    @Arg('include', () => [RelationshipKind], { nullable: true, description: INCLUDE }) include: RelationshipKind[] | null,
    @Arg('from', () => DateTimeScalar, { nullable: true, description: FROM }) from: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true, description: TO }) to: Date | null,
    @Arg('limit', () => Int, { nullable: true, description: `Most chart nodes (1 to ${L.maxNodes}, default ${L.defaultNodes}).` }) limit: number | null,
    @Arg('orderBy', () => CentralityMeasure, { defaultValue: CentralityMeasure.BETWEENNESS, description: 'Ranking measure.' }) orderBy: CentralityMeasure,
    @Arg('first', () => Int, { nullable: true, description: `How many nodes to return (1 to ${L.maxFirst}, default ${L.defaultFirst}).` }) first: number | null,
  ): Promise<MostConnected> {
    if (!!seeds === !!filter) throw badInput('seeds', 'give either seeds or filter, not both and not neither');
    const d = intInRange('depth', depth, 1, L.maxDepth, L.defaultDepth);
    const n = intInRange('limit', limit, 1, L.maxNodes, L.defaultNodes);
    const top = intInRange('first', first, 1, L.maxFirst, L.defaultFirst);
    const window = timeWindow(from, to);
    const types = relationshipKinds(include);
    let ids: string[];
    if (filter) {
      checkState('filter.state', filter.state);
      const max = intInRange('filter.maxSeeds', filter.maxSeeds, 1, L.maxSeeds, 10);
      ids = await seedIdsByState(ctx, filter.kind, filter.state, max);
      if (ids.length === 0) return { nodes: [], chartNodes: 0, chartEdges: 0, truncated: false, seeds: [] };
    } else ids = checkSeeds(seeds!);
    // Degree needs no GDS; PageRank and betweenness do. Asked before any chart is built.
    const gds = await gdsStatusFor(ctx);
    if (!gds.available && orderBy !== CentralityMeasure.DEGREE) throw gdsUnavailable(gds.missing, GDS_FOR_CENTRALITY);
    const { chart, eidOf } = await buildChartWithIds(ctx, ids, d, { types, ...window, limit: n });
    const measured = await measureCentrality(ctx, chart, eidOf, gds.available);
    const ranked = measured
      .sort(rankBy(orderBy))
      .slice(0, top)
      .map((m, i) => ({ ...m, rank: i + 1 }));
    return { nodes: ranked, chartNodes: chart.nodes.length, chartEdges: chart.edges.length, truncated: chart.truncated, seeds: ids };
  }
}

const GDS_FOR_CENTRALITY = 'PageRank and betweenness are unavailable. mostConnected(orderBy: DEGREE) and every other link-chart query keep working.';

function checkSeeds(seeds: string[]): string[] {
  const ids = [...new Set(seeds.map((s) => s.trim()))];
  if (ids.length === 0) throw badInput('seeds', 'name at least one node id (Kind:key)');
  if (ids.length > L.maxSeeds) throw badInput('seeds', `at most ${L.maxSeeds} seeds`);
  return ids;
}
