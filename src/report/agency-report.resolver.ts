import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../core/role.js';
import { checkOri } from '../common/keys.js';
import { monthRange } from '../metrics/metrics-args.js';
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
  async agencyReport(
    @Arg('ori', () => String) ori: string,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AgencyReport> {
    const range = monthRange(from, to);
    const r = await agencyReport(ctx, checkOri('ori', ori), range);
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
    return untracedGuns(ctx, report.ori, { from: report.from, to: report.to }, pageRequest('untracedGuns', args));
  }
}
