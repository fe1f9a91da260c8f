import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireAgency } from '../agency/agency.data.js';
import { Role } from '../core/role.js';
import { fieldDivisionCaveat } from '../model/field-division-caveats.js';
import { Connection } from '../pagination/connection.type.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { NATION_KEY } from './metric-cells.compute.js';
import { AgencyLeagueArgs, AgencyMetricsArgs, fieldDivisionName, monthRange, MetricsTrendArgs } from './metrics-args.js';
import { leaguePage } from './league.service.js';
import { metricsFor, monthlyMetrics, withAgencyRecord, type MetricsResult } from './metrics.service.js';
import { AgencyMetrics, MetricScopeKind, PeerComparison } from './metrics.type.js';

export { LeagueMeasureEnum } from './metrics-args.js';

export const AgencyMetricsConnection = Connection(AgencyMetrics, 'AgencyMetrics', 'agency measures', 'agency measures');

/** Aggregates of agency performance: no personal data; analysts and up (src/auth/role.ts). */
const METRIC_ROLES = [Role.ANALYST];

export const toAgencyMetrics = (r: MetricsResult): AgencyMetrics => ({
  scope: r.scope as MetricScopeKind,
  key: r.key,
  name: r.name,
  state: r.state,
  fieldDivision: r.division,
  fieldDivisionCaveat: caveatOf(r),
  latitude: r.latitude,
  longitude: r.longitude,
  period: r.period,
  computedAt: r.computedAt,
  ...r.summary,
  storedPeers: r.peers,
});

/** The division caveat of an agency (by its state), a state (by its key) or a division (by its name). */
function caveatOf(r: MetricsResult): string | null {
  if (r.scope === MetricScopeKind.FIELD_DIVISION) return fieldDivisionCaveat({ division: r.key });
  if (r.scope === MetricScopeKind.STATE) return fieldDivisionCaveat({ state: r.key });
  if (r.scope === MetricScopeKind.AGENCY) return fieldDivisionCaveat({ state: r.state });
  return null;
}

/** The stored key of a checked scope and key (AgencyMetricsArgs' rules): division names as ATF writes them. */
function scopeKey({ scope, key }: { scope: MetricScopeKind; key?: string | null }): string {
  if (scope === MetricScopeKind.NATION) return NATION_KEY;
  return scope === MetricScopeKind.FIELD_DIVISION ? fieldDivisionName(key!)! : key!;
}

@Resolver(() => AgencyMetrics)
export class AgencyMetricsResolver {
  @Authorized(METRIC_ROLES)
  @Query(() => AgencyMetrics, {
    description:
      'NIBIN use, entry timeliness, lead turnaround, tracing and the cost of late entry for one agency (ORI), one state, one ATF field division or every agency (NATION), ' +
      'over all the data or months from..to (YYYY-MM, inclusive; month of recovery). Reads cells stored by the analysis job.',
  })
  async agencyMetrics(@Args(() => AgencyMetricsArgs) args: AgencyMetricsArgs, @Ctx() ctx: RequestContext): Promise<AgencyMetrics> {
    const agency = args.scope === MetricScopeKind.AGENCY ? await requireAgency(ctx, scopeKey(args), 'key') : null;
    const r = await metricsFor(ctx, args.scope, scopeKey(args), monthRange(args));
    return toAgencyMetrics(agency ? withAgencyRecord(r, agency) : r);
  }

  @Authorized(METRIC_ROLES)
  @Query(() => [AgencyMetrics], { description: 'Month by month (trends), for one agency, state or every agency; at most 120 months.' })
  async agencyMetricsTrend(@Args(() => MetricsTrendArgs) args: MetricsTrendArgs, @Ctx() ctx: RequestContext): Promise<AgencyMetrics[]> {
    if (args.scope === MetricScopeKind.AGENCY) await requireAgency(ctx, scopeKey(args), 'key');
    return (await monthlyMetrics(ctx, args.scope, scopeKey(args), monthRange(args))).slice(-120).map(toAgencyMetrics);
  }

  @Authorized(METRIC_ROLES)
  @Query(() => AgencyMetricsConnection, {
    description:
      'The league table of agencies (or, with scope STATE or FIELD_DIVISION, of states or ATF field divisions) for a stored period (ALL, YYYY or YYYY-MM), ' +
      'best first on one measure, optionally within one state or one field division.',
  })
  async agencyLeague(@Args(() => AgencyLeagueArgs) league: AgencyLeagueArgs, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    const filter = {
      scope: league.scope,
      period: league.period,
      state: league.state || null,
      division: league.fieldDivision ? fieldDivisionName(league.fieldDivision)! : null,
    };
    // A cursor holds a place in one league: the same measure, scope, period and group, or its rank means another thing.
    const list = `agencyLeague:${league.measure}:${filter.scope}:${filter.period}:${filter.state ?? ''}:${filter.division ?? ''}`;
    return leaguePage(ctx, pageRequest(list, args), filter, league.measure, toAgencyMetrics);
  }

  @FieldResolver(() => [PeerComparison], {
    description:
      'For an agency over a stored period: each measure against the agencies of its state, of its ATF field division and against all agencies (median and the share it does better than). ' +
      'Computed by the analysis job with the measures (as of computedAt). Empty otherwise.',
  })
  peers(@Root() m: AgencyMetrics): PeerComparison[] {
    return m.scope === MetricScopeKind.AGENCY ? (m.storedPeers ?? []) : [];
  }
}
