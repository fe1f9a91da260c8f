import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../core/role.js';
import type { RequestContext } from '../core/context.js';
import { gdsStatusFor, gdsUnavailable } from '../db/gds.probe.js';
import { CentralityMeasure, measureCentrality, rankBy } from './centrality.service.js';
import { findShortestPaths } from './chart-paths.service.js';
import { CHART_LIMITS as L, relationshipKinds, timeWindow } from './chart-limits.js';
import { distinctSeeds, ExpandArgs, LinkChartArgs, MostConnectedArgs, ShortestPathsArgs } from './link-chart.args.js';
import { ChartPaths, LinkChart, MostConnected } from './link-chart.type.js';
import { buildChartWithIds, buildLinkChart, expandNode } from './link-chart.service.js';
import { HUB_RELATIONSHIP_KINDS, ALL_RELATIONSHIP_KINDS } from './relationship-kind.enum.js';
import { seedIdsByState } from './linkchart.data.js';

/** Link charts for analysts (docs/link-charts.md). Thin: arguments arrive checked (link-chart.args.ts), the work is in the services. */
@Resolver()
export class LinkChartResolver {
  @Authorized(Role.ANALYST)
  @Query(() => LinkChart, {
    description:
      'The bounded subgraph around one or more seeds (node ids such as `Ffl:1-23-456-01-2B-01234`), breadth-first so the nearest nodes stay when the limit cuts. Directly usable by Cytoscape.js.',
  })
  async linkChart(@Ctx() ctx: RequestContext, @Args(() => LinkChartArgs) args: LinkChartArgs): Promise<LinkChart> {
    const req = { types: relationshipKinds(args.include), ...timeWindow(args.from, args.to), limit: args.limit ?? L.defaultNodes };
    return buildLinkChart(ctx, distinctSeeds(args.seeds), args.depth ?? L.defaultDepth, req);
  }

  @Authorized(Role.ANALYST)
  @Query(() => LinkChart, {
    description:
      'The next ring around one node, to grow a chart step by step: its neighbours not already in `known`, with their links to the node, to each other and to the known nodes.',
  })
  async expand(@Ctx() ctx: RequestContext, @Args(() => ExpandArgs) args: ExpandArgs): Promise<LinkChart> {
    const req = { types: relationshipKinds(args.include), ...timeWindow(args.from, args.to), limit: args.limit ?? L.defaultNodes };
    return expandNode(ctx, args.nodeId, [...new Set(args.known ?? [])], req);
  }

  @Authorized(Role.ANALYST)
  @Query(() => ChartPaths, {
    description:
      'How two nodes connect: every shortest path (fewest links), bounded by maxHops; with timeOrdered, the shortest paths in which each link happened at or after the previous one (sale, then recovery, then trace). ' +
      'Hub links (MADE_BY, INVESTIGATED_BY, BY_AGENCY, REQUESTED) are left out unless `include` names them.',
  })
  async shortestPaths(@Ctx() ctx: RequestContext, @Args(() => ShortestPathsArgs) args: ShortestPathsArgs): Promise<ChartPaths> {
    const types = relationshipKinds(
      args.include,
      ALL_RELATIONSHIP_KINDS.filter((k) => !HUB_RELATIONSHIP_KINDS.includes(k)),
    );
    return findShortestPaths(ctx, {
      from: args.from,
      to: args.to,
      maxHops: args.maxHops ?? L.defaultHops,
      types,
      timeOrdered: args.timeOrdered,
      limit: args.limit ?? L.defaultPaths,
    });
  }

  @Authorized(Role.ANALYST)
  @Query(() => MostConnected, {
    description:
      'Who is central in a chart: the chart around `seeds` (or around the seeds `filter` picks) ranked by betweenness, PageRank or degree, measured within the chart with GDS. GDS_UNAVAILABLE when the server has no GDS.',
  })
  async mostConnected(@Ctx() ctx: RequestContext, @Args(() => MostConnectedArgs) args: MostConnectedArgs): Promise<MostConnected> {
    const { filter, orderBy } = args;
    const d = args.depth ?? L.defaultDepth;
    const n = args.limit ?? L.defaultNodes;
    const top = args.first ?? L.defaultFirst;
    const window = timeWindow(args.from, args.to);
    const types = relationshipKinds(args.include);
    let ids: string[];
    if (filter) {
      ids = await seedIdsByState(ctx, filter.kind, filter.state, filter.maxSeeds ?? 10);
      if (ids.length === 0) return { nodes: [], chartNodes: 0, chartEdges: 0, truncated: false, seeds: [] };
    } else ids = distinctSeeds(args.seeds!);
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
