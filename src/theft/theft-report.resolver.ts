import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agency } from '../model/agency.type.js';
import { agencyByOri } from '../agency/agency.data.js';
import { fflByLicense } from '../ffl/ffl.data.js';
import { Ffl } from '../model/ffl.type.js';
import { firearmById } from '../firearm/firearm.data.js';
import { Firearm } from '../model/firearm.type.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { TheftReportConnection } from './theft-report.connection.js';
import { TheftReport, type TheftReportRow } from './theft-report.type.js';
import { firearmTheftReports } from './theft.data.js';

@Resolver(() => TheftReport)
export class TheftReportResolver {
  @FieldResolver(() => Firearm, { nullable: true, description: 'The stolen or lost gun.' })
  firearm(@Root() t: TheftReportRow, @Ctx() ctx: RequestContext) {
    return t.firearmId ? firearmById(ctx).load(t.firearmId) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The police agency that took the report, if one did.' })
  reportingAgency(@Root() t: TheftReportRow, @Ctx() ctx: RequestContext) {
    return t.reportingAgencyOri ? agencyByOri(ctx).load(t.reportingAgencyOri) : null;
  }

  @FieldResolver(() => Ffl, { nullable: true, description: 'The licensee that reported the theft or loss from its inventory, if one did.' })
  reportingFfl(@Root() t: TheftReportRow, @Ctx() ctx: RequestContext) {
    return t.reportingFflLicense ? fflByLicense(ctx).load(t.reportingFflLicense) : null;
  }
}

/** Firearm.theftReports: its own resolver class, so the firearm area does not depend on this one. */
@Resolver(() => Firearm)
export class FirearmTheftReportsResolver {
  @FieldResolver(() => TheftReportConnection, {
    description:
      'Theft/loss reports of this gun, newest first. Keyset-paged (at most 100 per page). A report before a recovery suggests a stolen, not a diverted, gun.',
  })
  theftReports(@Root() firearm: Firearm, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return firearmTheftReports(ctx, firearm.id, pageRequest(`Firearm.theftReports:${firearm.id}`, args));
  }
}
