import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Role } from '../core/role.js';
import { checkOri, checkState } from '../common/keys.js';
import { badInput } from '../errors/app-error.js';
import { Connection } from '../pagination/connection.type.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { NATION_KEY } from './metric-cells.compute.js';
import { LEAGUE_MEASURES, type LeagueMeasure } from './league.compute.js';
import { fieldDivisionArg, monthRange, storedPeriodArg } from './metrics-args.js';
import { leaguePage } from './league.service.js';
import { metricsFor, monthlyMetrics, type MetricsResult } from './metrics.service.js';
import { AgencyMetrics, MetricScopeKind, PeerComparison } from './metrics.type.js';

export const LeagueMeasureEnum = Object.fromEntries(Object.keys(LEAGUE_MEASURES).map((k) => [k, k])) as { [K in LeagueMeasure]: K };
registerEnumType(LeagueMeasureEnum, {
  name: 'AgencyMeasure',
  description: 'A measure agencies are ranked and compared on.',
  valuesConfig: Object.fromEntries(
    Object.entries(LEAGUE_MEASURES).map(([k, m]) => [k, { description: `${m.label} (${m.better === 'HIGH' ? 'higher' : 'lower'} is better)` }]),
  ),
});

export const AgencyMetricsConnection = Connection(AgencyMetrics, 'AgencyMetrics', 'agency measures');

/** Aggregates of agency performance: no personal data; analysts and up (src/auth/role.ts). */
const METRIC_ROLES = [Role.ANALYST];

export const toAgencyMetrics = (r: MetricsResult): AgencyMetrics => ({
  scope: r.scope as MetricScopeKind,
  key: r.key,
  name: r.name,
  state: r.state,
  fieldDivision: r.division,
  latitude: r.latitude,
  longitude: r.longitude,
  period: r.period,
  computedAt: r.computedAt,
  ...r.summary,
  storedPeers: r.peers,
});

function scopeKey(scope: MetricScopeKind, key: string | null | undefined): string {
  if (scope === MetricScopeKind.NATION) return NATION_KEY;
  if (!key) throw badInput('key', `is required for scope ${scope}`);
  if (scope === MetricScopeKind.FIELD_DIVISION) return fieldDivisionArg('key', key);
  return scope === MetricScopeKind.AGENCY ? checkOri('key', key) : checkState('key', key);
}

@Resolver(() => AgencyMetrics)
export class AgencyMetricsResolver {
  @Authorized(METRIC_ROLES)
  @Query(() => AgencyMetrics, {
    description:
      'NIBIN use, entry timeliness, lead turnaround, tracing and the cost of late entry for one agency (ORI), one state, one ATF field division or every agency (NATION), ' +
      'over all the data or months from..to (YYYY-MM, inclusive; month of recovery). Reads cells stored by the analysis job.',
  })
  async agencyMetrics(
    @Arg('scope', () => MetricScopeKind, { defaultValue: MetricScopeKind.AGENCY }) scope: MetricScopeKind,
    @Arg('key', () => String, {
      nullable: true,
      description: 'ORI for AGENCY, two-letter state for STATE, division name for FIELD_DIVISION; ignored for NATION.',
    })
    key: string | null,
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM.' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM.' }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AgencyMetrics> {
    return toAgencyMetrics(await metricsFor(ctx, scope, scopeKey(scope, key), monthRange(from, to)));
  }

  @Authorized(METRIC_ROLES)
  @Query(() => [AgencyMetrics], { description: 'Month by month (trends), for one agency, state or every agency; at most 120 months.' })
  async agencyMetricsTrend(
    @Arg('scope', () => MetricScopeKind, { defaultValue: MetricScopeKind.AGENCY }) scope: MetricScopeKind,
    @Arg('key', () => String, { nullable: true }) key: string | null,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AgencyMetrics[]> {
    return (await monthlyMetrics(ctx, scope, scopeKey(scope, key), monthRange(from, to))).slice(-120).map(toAgencyMetrics);
  }

  @Authorized(METRIC_ROLES)
  @Query(() => AgencyMetricsConnection, {
    description:
      'The league table of agencies (or, with scope STATE or FIELD_DIVISION, of states or ATF field divisions) for a stored period (ALL, YYYY or YYYY-MM), ' +
      'best first on one measure, optionally within one state or one field division.',
  })
  async agencyLeague(
    @Arg('scope', () => MetricScopeKind, { defaultValue: MetricScopeKind.AGENCY, description: 'AGENCY, STATE or FIELD_DIVISION.' }) scope: MetricScopeKind,
    @Arg('period', () => String, { defaultValue: 'ALL' }) period: string,
    @Arg('measure', () => LeagueMeasureEnum, { defaultValue: 'WITHIN_24H_SHARE' }) measure: LeagueMeasure,
    @Arg('state', () => String, { nullable: true }) state: string | null,
    @Arg('fieldDivision', () => String, { nullable: true, description: 'Only the agencies of this ATF field division (scope AGENCY).' })
    fieldDivision: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const req = pageRequest('agencyLeague', args);
    if (scope === MetricScopeKind.NATION) throw badInput('scope', 'must be AGENCY, STATE or FIELD_DIVISION');
    if (fieldDivision && scope !== MetricScopeKind.AGENCY) throw badInput('fieldDivision', 'filters agencies: use it with scope AGENCY');
    const filter = {
      scope,
      period: storedPeriodArg('period', period),
      state: state ? checkState('state', state) : null,
      division: fieldDivision ? fieldDivisionArg('fieldDivision', fieldDivision) : null,
    };
    return leaguePage(ctx, req, filter, measure, toAgencyMetrics);
  }

  @FieldResolver(() => [PeerComparison], {
    description:
      'For an agency over a stored period: each measure against the agencies of its state and against all agencies (median and the share it does better than). ' +
      'Computed by the analysis job with the measures (as of computedAt). Empty otherwise.',
  })
  peers(@Root() m: AgencyMetrics): PeerComparison[] {
    return m.scope === MetricScopeKind.AGENCY ? (m.storedPeers ?? []) : [];
  }
}
