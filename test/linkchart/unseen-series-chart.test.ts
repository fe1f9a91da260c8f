import { describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import { unseenSeriesCase } from '../investigation/unseen-series-case.js';
import { SHORTEST } from './chart-queries.js';

// The link-chart moves an analyst makes on the hand-written case of
// test/investigation/unseen-series-case.ts: expand a casing in a time window, a chart of a gun's
// sales cut at the window's ends, paths between casings, a chart cut by its limit, lists paged
// past their end, and mistyped ids. Expected values worked out by hand from the records.
const c = unseenSeriesCase();
const { id } = c;

const EXPAND_WINDOW = graphql(`
  query UnseenChartExpand($nodeId: ID!, $include: [RelationshipKind!], $from: DateTime, $to: DateTime, $known: [ID!]) {
    expand(nodeId: $nodeId, include: $include, from: $from, to: $to, known: $known) {
      ...LinkChartFields
    }
  }
`);
const CHART_WINDOW = graphql(`
  query UnseenChartWindow($seeds: [ID!]!, $depth: Int, $limit: Int, $include: [RelationshipKind!], $from: DateTime, $to: DateTime) {
    linkChart(seeds: $seeds, depth: $depth, limit: $limit, include: $include, from: $from, to: $to) {
      ...LinkChartFields
    }
  }
`);
const SCENES = graphql(`
  query UnseenChartScenes($ori: String!, $after: String) {
    scenes(filter: { agencyOri: $ori }, first: 2, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          sceneId
        }
      }
    }
  }
`);

const gql = c.ref;
const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id).sort();

describe('link-chart moves on the hand-written series', () => {
  it('expand keeps the links inside the window, both ends included', async () => {
    const all = await gql.app.gql(EXPAND_WINDOW, { nodeId: `Casing:${id('C2')}`, include: ['CORRELATES'] }, [Role.ANALYST]);
    expect(all.errors).toBeUndefined();
    expect(ids(all.data!.expand.nodes)).toEqual(['L12', 'L23', 'L26', 'LT2'].map((l) => `Lead:${id(l)}`));
    // The window opens at L23's correlation and closes at L26's: those two, nothing before or after.
    const cut = await gql.app.gql(EXPAND_WINDOW, { nodeId: `Casing:${id('C2')}`, include: ['CORRELATES'], from: c.leadAt.L23, to: c.leadAt.L26 }, [
      Role.ANALYST,
    ]);
    expect(cut.errors).toBeUndefined();
    expect(ids(cut.data!.expand.nodes)).toEqual(['L23', 'L26'].map((l) => `Lead:${id(l)}`));
    expect(cut.data!.expand.truncated).toBe(false);
    // Expanding with every neighbour already known: nothing new, nothing cut.
    const known = all.data!.expand.nodes.map((n) => n.id);
    const none = await gql.app.gql(EXPAND_WINDOW, { nodeId: `Casing:${id('C2')}`, include: ['CORRELATES'], known }, [Role.ANALYST]);
    expect([none.data!.expand.nodes, none.data!.expand.truncated]).toEqual([[], false]);
  });

  it("a gun's sales in a window that starts and ends on the sale days", async () => {
    const gun = `Firearm:${id('G1')}`;
    const sales = async (from: string, to: string) => {
      const res = await gql.app.gql(CHART_WINDOW, { seeds: [gun], depth: 1, include: ['OF_FIREARM'], from, to }, [Role.ANALYST]);
      expect(res.errors).toBeUndefined();
      return ids(res.data!.linkChart.nodes).filter((n) => n !== gun);
    };
    // Dates are midnight UTC: a window of one instant on the leap day holds that sale only.
    expect(await sales('2024-02-29T00:00:00Z', '2024-02-29T00:00:00Z')).toEqual([`Sale:${id('SA1')}`]);
    expect(await sales('2024-09-01T00:00:00Z', '2025-06-15T00:00:00Z')).toEqual([`Recovery:${id('RC1')}`, `Sale:${id('SA2')}`]);
    expect(await sales('2024-03-01T00:00:00Z', '2024-08-31T23:59:59Z')).toEqual([]);
  });

  it('paths run through hits and pending leads, never through a lead the examiner rejected', async () => {
    const paths = async (from: string, to: string) => {
      const res = await gql.app.gql(SHORTEST, { from: `Casing:${id(from)}`, to: `Casing:${id(to)}` }, [Role.ANALYST]);
      expect(res.errors).toBeUndefined();
      return res.data!.shortestPaths;
    };
    // C4 and C1: the gun their hits tie them to, two links.
    const series = await paths('C4', 'C1');
    expect(series.paths.map((p) => p.nodeIds)).toEqual([[`Casing:${id('C4')}`, `Firearm:${id('G1')}`, `Casing:${id('C1')}`]]);
    // C6 on a pending lead with C2: C6–L26–C2 and then C2–G1–C1 or C2–L12–C1, four links.
    const pending = await paths('C6', 'C1');
    expect(pending.hops).toBe(4);
    expect(pending.paths.map((p) => p.nodeIds[2]).sort()).toEqual([`Casing:${id('C2')}`, `Casing:${id('C2')}`]);
    // C5's only tie is the rejected lead with C4: an examiner's "not the same gun" is no path.
    const rejected = await paths('C5', 'C1');
    expect([rejected.hops, rejected.paths]).toEqual([null, []]);
  });

  it('a chart cut by its limit says so: the nearest nodes kept, the rest counted', async () => {
    // C2's first ring: scene S2, gun G1, leads L12, L23, L26, LT2 (six nodes); limit 3 keeps C2 and two.
    const res = await gql.app.gql(CHART_WINDOW, { seeds: [`Casing:${id('C2')}`], depth: 2, limit: 3 }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    const chart = res.data!.linkChart;
    expect(chart.nodes).toHaveLength(3);
    expect(chart.truncated).toBe(true);
    expect(chart.omitted.nodes).toBeGreaterThanOrEqual(4);
  });

  it("paging a jurisdiction's scenes past the end: two full pages, then an empty one that says it is the last", async () => {
    const page = async (after: string | null) => {
      const res = await gql.app.gql(SCENES, { ori: c.oriNJ, after }, [Role.ANALYST]);
      expect(res.errors).toBeUndefined();
      return res.data!.scenes;
    };
    const first = await page(null);
    expect([first.totalCount, first.edges.map((e) => e.node.sceneId), first.pageInfo.hasNextPage]).toEqual([4, [id('S7'), id('S6')], true]);
    const second = await page(first.pageInfo.endCursor!);
    expect([second.edges.map((e) => e.node.sceneId), second.pageInfo.hasNextPage]).toEqual([[id('S2'), id('S1')], false]);
    const past = await page(second.pageInfo.endCursor!);
    expect([past.edges, past.pageInfo.hasNextPage]).toEqual([[], false]);
  });

  it('mistyped chart ids: an unknown key is NOT_FOUND naming it, an unknown kind BAD_USER_INPUT', async () => {
    const wrongCase = `Casing:${id('C2').toLowerCase()}`;
    const expand = await gql.app.gql(EXPAND_WINDOW, { nodeId: wrongCase }, [Role.ANALYST]);
    expect(expand.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['NOT_FOUND', 'nodeId']]);
    expect(expand.errors![0]!.message).toContain(id('C2').toLowerCase());
    const path = await gql.app.gql(SHORTEST, { from: `Casing:${id('C2')}`, to: `Casing:${id('C9')}` }, [Role.ANALYST]);
    expect(path.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['NOT_FOUND', 'to']]);
    const kind = await gql.app.gql(EXPAND_WINDOW, { nodeId: `Casnig:${id('C2')}` }, [Role.ANALYST]);
    expect(kind.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'nodeId']]);
  });
});
