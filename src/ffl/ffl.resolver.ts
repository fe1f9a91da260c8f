import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ruleFor } from '../common/validate-args.js';
import { fflRule } from '../common/arg-rules.js';
import { Role } from '../core/role.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { notFound } from '../errors/app-error.js';
import { FirearmConnection } from '../model/firearm.connection.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { SaleConnection } from '../model/sale.connection.js';
import type { RequestContext } from '../core/context.js';
import { FflConnection } from '../model/ffl.connection.js';
import { FflFilter } from './ffl.filter.js';
import { fflByLicense, fflPage, fflSales, fflTracedFirearms } from './ffl.data.js';
import { Ffl } from '../model/ffl.type.js';

@Resolver(() => Ffl)
export class FflResolver {
  @Authorized(Role.ANALYST)
  @Query(() => Ffl, {
    nullable: true,
    description: 'A licensee by license number. A malformed number is BAD_USER_INPUT; a well-formed number with no licensee is NOT_FOUND (field `license`).',
  })
  async ffl(
    @Arg('license', () => NonEmptyStringScalar, { description: 'License number, X-XX-XXX-XX-XY-XXXXX.', validateFn: ruleFor('license', fflRule()) })
    license: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Ffl> {
    const ffl = await fflByLicense(ctx).load(license);
    if (!ffl) throw notFound('licensee', 'license', license);
    return ffl;
  }

  @Authorized(Role.ANALYST)
  @Query(() => FflConnection, { description: 'Licensees by license number, filtered by state and license type. Keyset-paged (at most 100 per page).' })
  async ffls(
    @Arg('filter', () => FflFilter, { nullable: true, description: 'Filters; all given filters must hold.' }) filter: FflFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const req = pageRequest('ffls', args);
    const types = [...(filter?.licenseTypes ?? []), ...(filter?.licenseType ? [filter.licenseType] : [])];
    const filters = { state: filter?.state ?? null, licenseTypes: types.length ? types : null };
    return fflPage(ctx, req, filters);
  }

  @FieldResolver(() => SaleConnection, { description: 'Retail sales by this licensee, newest first. Keyset-paged (at most 100 per page).' })
  sales(@Root() ffl: Ffl, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return fflSales(ctx, ffl.license, pageRequest(`Ffl.sales:${ffl.license}`, args));
  }

  @FieldResolver(() => FirearmConnection, {
    description: 'Crime guns whose ATF trace resolved to this licensee as the retail dealer, by firearm id. Keyset-paged (at most 100 per page).',
  })
  tracedFirearms(@Root() ffl: Ffl, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return fflTracedFirearms(ctx, ffl.license, pageRequest(`Ffl.tracedFirearms:${ffl.license}`, args));
  }
}
