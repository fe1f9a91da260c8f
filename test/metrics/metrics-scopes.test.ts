import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { Role } from '../../src/core/role.js';
import { comparePeers, LEAGUE_MEASURES, leagueOrder, type LeagueMeasure } from '../../src/metrics/league.compute.js';
import { divisionPeerGroup } from '../../src/metrics/league-precompute.js';
import { emptyAcc, mergeAcc, type MetricAcc } from '../../src/metrics/metric-acc.js';
import { summarize, type MetricSummary } from '../../src/metrics/metric-summary.js';
import type { MetricsResult } from '../../src/metrics/metrics-result.js';
import { readMonthCells } from '../../src/metrics/metrics.data.js';
import type { MetricScope } from '../../src/metrics/metric-cells.compute.js';
import { FIELD_DIVISION_NAMES, fieldDivisionOf } from '../../src/model/atf-field-divisions.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { walkPages } from '../support/pages.js';
import { graphql } from '../generated/graphql/index.js';
import type { MetricsScopesLeagueQueryVariables, MetricsScopesNodeFragment } from '../generated/graphql/graphql.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await runAnalysis(app.gateway);
}, 300_000);
afterAll(() => app.close());

const MEASURES = Object.keys(LEAGUE_MEASURES) as LeagueMeasure[];
graphql(`
  fragment MetricsScopesNode on AgencyMetrics {
    key
    state
    fieldDivision
    fieldDivisionCaveat
    period
    computedAt
    nibin {
      casingsRecovered
      casingsEntered
      casingEntryShare
      gunsRecovered
      gunsTestFired
      testFireShare
    }
    timeliness {
      entered
      medianHours
      p90Hours
      within24hShare
      within48hShare
      backlogTotal
      histogram {
        upToHours
        casings
      }
    }
    tracing {
      gunsRecovered
      gunsTraced
      tracedShare
      medianRequestDelayDays
      p90RequestDelayDays
      medianCompletionDays
    }
    lateEntry {
      shootingsLinkableEarlier
    }
    peers {
      group
      peers
      measure
      value
      peerMedian
      betterThanShare
    }
  }
`);
const LEAGUE = graphql(`
  query MetricsScopesLeague($scope: MetricScope, $period: String, $measure: AgencyMeasure, $state: String, $fieldDivision: String, $after: String) {
    agencyLeague(scope: $scope, period: $period, measure: $measure, state: $state, fieldDivision: $fieldDivision, first: 7, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MetricsScopesNode
        }
      }
    }
  }
`);
const METRICS = graphql(`
  query MetricsScopesMetrics($scope: MetricScope, $key: String, $from: String, $to: String) {
    agencyMetrics(scope: $scope, key: $key, from: $from, to: $to) {
      ...MetricsScopesNode
    }
  }
`);
type Node = MetricsScopesNodeFragment;

/** Every row of a league, page by page, through the API (arguments left out take their defaults). */
async function league(args: Omit<MetricsScopesLeagueQueryVariables, 'after'>): Promise<Node[]> {
  return (await walkPages(app, LEAGUE, args, (d) => d.agencyLeague, [Role.ANALYST])).rows;
}

const asResult = (n: Node) => ({ key: n.key, state: n.state, summary: n as unknown as MetricSummary }) as MetricsResult;

/** The merged month accumulators of one scope and key, read straight from the stored cells. */
async function allMonths(scope: MetricScope, key: string): Promise<MetricAcc> {
  const cells = await readMonthCells(app.gateway, scope, key, { from: '0000-01', to: '9999-12' }, { withAcc: true, cached: [] }, {});
  return cells.reduce((a, c) => mergeAcc(a, JSON.parse(c.acc!) as MetricAcc), emptyAcc());
}

describe('stored league places and peer comparisons (scale S, seed 42)', () => {
  it('stores for every agency the peer comparison (state, ATF field division, all agencies) recomputed from all agencies, as of the cells it belongs to', async () => {
    const all = await league({ period: 'ALL' });
    expect(all.length).toBeGreaterThan(5);
    for (const self of all) {
      const inState = all.filter((a) => a.state === self.state);
      const inDivision = all.filter((a) => a.fieldDivision === self.fieldDivision);
      expect(self.fieldDivision, self.key).toBeTruthy();
      const expected = MEASURES.flatMap((m) => [
        comparePeers(asResult(self), inState.map(asResult), m, self.state ?? 'state'),
        comparePeers(asResult(self), inDivision.map(asResult), m, divisionPeerGroup(self.fieldDivision!)),
        comparePeers(asResult(self), all.map(asResult), m, 'all agencies'),
      ]);
      expect(self.peers, self.key).toEqual(expected);
    }
    expect(new Set(all.map((a) => a.computedAt)).size).toBe(1);
  });

  it('pages every league in the order leagueOrder gives, within a state and within a field division', async () => {
    const all = await league({ period: 'ALL', measure: 'TRACED_SHARE' });
    expect(all.map((a) => a.key)).toEqual(leagueOrder(all.map(asResult), 'TRACED_SHARE').map((r) => r.key));
    const state = all[0]!.state!;
    const inState = await league({ period: 'ALL', measure: 'MEDIAN_ENTRY_HOURS', state });
    expect(inState.map((a) => a.key)).toEqual(leagueOrder(all.filter((a) => a.state === state).map(asResult), 'MEDIAN_ENTRY_HOURS').map((r) => r.key));
    const division = all[0]!.fieldDivision!;
    const inDivision = await league({ period: 'ALL', measure: 'WITHIN_24H_SHARE', fieldDivision: division.toUpperCase() });
    expect(inDivision.length).toBeGreaterThan(0);
    expect(inDivision.map((a) => a.key)).toEqual(
      leagueOrder(all.filter((a) => a.fieldDivision === division).map(asResult), 'WITHIN_24H_SHARE').map((r) => r.key),
    );
  });

  it("refuses a league's cursor on another league (another measure or another state): its place means another rank there", async () => {
    const first = await app.gql(LEAGUE, { period: 'ALL', measure: 'TRACED_SHARE' }, [Role.ANALYST]);
    expect(first.errors).toBeUndefined();
    const after = first.data!.agencyLeague.pageInfo.endCursor!;
    const same = await app.gql(LEAGUE, { period: 'ALL', measure: 'TRACED_SHARE', after }, [Role.ANALYST]);
    expect(same.errors).toBeUndefined();
    for (const other of [
      { period: 'ALL', measure: 'WITHIN_24H_SHARE' as const },
      { period: 'ALL', measure: 'TRACED_SHARE' as const, state: first.data!.agencyLeague.edges[0]!.node.state! },
    ]) {
      const res = await app.gql(LEAGUE, { ...other, after }, [Role.ANALYST]);
      expect(res.data?.agencyLeague ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('answers a month range of the nation from merged months, the same cold and from the parsed-cell cache', async () => {
    const variables = { scope: 'NATION', from: '2024-02', to: '2025-11' } as const;
    const cold = await app.gql(METRICS, variables, [Role.ANALYST]);
    const warm = await app.gql(METRICS, variables, [Role.ANALYST]);
    expect(cold.errors).toBeUndefined();
    expect(warm.data).toEqual(cold.data);
    const cells = await readMonthCells(app.gateway, 'NATION', 'US', { from: '2024-02', to: '2025-11' }, { withAcc: true, cached: [] }, {});
    const direct = summarize(cells.reduce((a, c) => mergeAcc(a, JSON.parse(c.acc!) as MetricAcc), emptyAcc()));
    const got = cold.data!.agencyMetrics;
    expect(got.nibin.casingsRecovered).toBe(direct.nibin.casingsRecovered);
    expect(got.timeliness.entered).toBe(direct.timeliness.entered);
    expect(got.timeliness.medianHours).toBe(direct.timeliness.medianHours);
    expect(got.timeliness.p90Hours).toBe(direct.timeliness.p90Hours);
    expect(got.tracing.medianRequestDelayDays).toBe(direct.tracing.medianRequestDelayDays);
    expect(got.tracing.p90RequestDelayDays).toBe(direct.tracing.p90RequestDelayDays);
  });
});

describe('ATF field division scope (scale S, seed 42)', () => {
  it('puts every agency in the division of its state (or of its county in a split state)', async () => {
    const all = await league({ period: 'ALL' });
    for (const a of all) {
      expect(FIELD_DIVISION_NAMES, a.key).toContain(a.fieldDivision);
      if (!['TX', 'FL', 'CA'].includes(a.state!)) expect(a.fieldDivision, a.key).toBe(fieldDivisionOf(a.state));
    }
  });

  it('marks every agency, state and division the mapping is known to draw wrongly (Indiana, Texas), and no other', async () => {
    const agencies = await league({ period: 'ALL' });
    const misplaceable = (state: string | null | undefined) => ['IN', 'TX'].includes(state ?? '');
    expect(agencies.some((a) => misplaceable(a.state))).toBe(true);
    for (const a of agencies) expect(a.fieldDivisionCaveat !== null, a.key).toBe(misplaceable(a.state));
    const states = await league({ scope: 'STATE', period: 'ALL', measure: 'CASING_ENTRY_SHARE' });
    expect(states.some((s) => misplaceable(s.key))).toBe(true);
    for (const s of states) expect(s.fieldDivisionCaveat !== null, s.key).toBe(misplaceable(s.key));
    const divisions = await league({ scope: 'FIELD_DIVISION', period: 'ALL', measure: 'CASING_ENTRY_SHARE' });
    const affected = ['Columbus', 'Dallas', 'Houston'];
    expect(divisions.some((d) => affected.includes(d.key))).toBe(true);
    for (const d of divisions) expect(d.fieldDivisionCaveat !== null, d.key).toBe(affected.includes(d.key));
  });

  it("gives each division the figures recomputed from its agencies' own events", async () => {
    const all = await league({ period: 'ALL' });
    const divisions = [...new Set(all.map((a) => a.fieldDivision!))];
    expect(divisions.length).toBeGreaterThan(1);
    for (const division of divisions) {
      const members = all.filter((a) => a.fieldDivision === division);
      let acc = emptyAcc();
      for (const m of members) acc = mergeAcc(acc, await allMonths('AGENCY', m.key));
      const expected = summarize(acc);
      const res = await app.gql(METRICS, { scope: 'FIELD_DIVISION', key: division }, [Role.ANALYST]);
      expect(res.errors).toBeUndefined();
      const got = res.data!.agencyMetrics;
      expect(got.key).toBe(division);
      expect(got.fieldDivision).toBe(division);
      expect(got.peers).toEqual([]);
      const { agenciesEnteringNothing: _n, agenciesRecovering: _r, agenciesEntering: _e, ...nibin } = expected.nibin;
      expect(got.nibin, division).toEqual(nibin);
      expect(got.timeliness, division).toEqual({
        entered: expected.timeliness.entered,
        medianHours: expected.timeliness.medianHours,
        p90Hours: expected.timeliness.p90Hours,
        within24hShare: expected.timeliness.within24hShare,
        within48hShare: expected.timeliness.within48hShare,
        backlogTotal: expected.timeliness.backlogTotal,
        histogram: expected.timeliness.histogram,
      });
      expect(got.tracing, division).toEqual({
        gunsRecovered: expected.tracing.gunsRecovered,
        gunsTraced: expected.tracing.gunsTraced,
        tracedShare: expected.tracing.tracedShare,
        medianRequestDelayDays: expected.tracing.medianRequestDelayDays,
        p90RequestDelayDays: expected.tracing.p90RequestDelayDays,
        medianCompletionDays: expected.tracing.medianCompletionDays,
      });
    }
    const divisionLeague = await league({ scope: 'FIELD_DIVISION', period: 'ALL', measure: 'CASING_ENTRY_SHARE' });
    expect(divisionLeague.map((d) => d.key).sort()).toEqual(divisions.sort());
  });

  it('rejects an unknown division with the field at fault', async () => {
    const bad = await app.gql(METRICS, { scope: 'FIELD_DIVISION', key: 'Gotham' }, [Role.ANALYST]);
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors![0]!.extensions)).toContain('key');
    const filter = await app.gql(LEAGUE, { scope: 'STATE', fieldDivision: 'Boston' }, [Role.ANALYST]);
    expect(JSON.stringify(filter.errors![0]!.extensions)).toContain('fieldDivision');
  });
});
