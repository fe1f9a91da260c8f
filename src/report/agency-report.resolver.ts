import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireAgency } from '../agency/agency.data.js';
import { Role } from '../core/role.js';
import { monthRange } from '../metrics/metrics-args.js';
import { AgencyReportArgs } from './agency-report.args.js';
import { toAgencyMetrics } from '../metrics/metrics.resolver.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { agencyReport, untracedGuns } from './agency-report.service.js';
import { AgencyReport, UntracedGunConnection } from './agency-report.type.js';

@Resolver(() => AgencyReport)
export class AgencyReportResolver {
  @Authorized([Role.ANALYST])
  @Query(() => AgencyReport, {
    description: 'The feedback report for one agency and period (months YYYY-MM, inclusive; both null: all data). Printable at /report?ori=…',
  })
  async agencyReport(@Args(() => AgencyReportArgs) args: AgencyReportArgs, @Ctx() ctx: RequestContext): Promise<AgencyReport> {
    const { ori } = args;
    const agency = await requireAgency(ctx, ori, 'ori');
    const range = monthRange(args);
    const r = await agencyReport(ctx, agency, range);
    return {
      ori,
      from: range.from,
      to: range.to,
      metrics: toAgencyMetrics(r.metrics),
      state: toAgencyMetrics(r.state),
      peers: r.peers,
      peerPeriod: r.peerPeriod,
      findings: r.findings,
    };
  }

  @FieldResolver(() => UntracedGunConnection, { description: 'Recovered guns of the agency in the period with no trace request, newest first.' })
  untracedGuns(@Root() report: AgencyReport, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return untracedGuns(ctx, report.ori, { from: report.from, to: report.to }, pageRequest(`untracedGuns:${report.ori}`, args));
  }
}
