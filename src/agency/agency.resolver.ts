import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ruleFor } from '../common/validate-args.js';
import { oriRule } from '../common/arg-rules.js';
import { Role } from '../core/role.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import type { RequestContext } from '../core/context.js';
import { requireAgency } from './agency.data.js';
import { Agency } from '../model/agency.type.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized(Role.ANALYST)
  @Query(() => Agency, {
    nullable: true,
    description: 'A police agency by ORI. A malformed ORI is BAD_USER_INPUT; an ORI with no agency is NOT_FOUND (field `ori`).',
  })
  async agency(
    @Arg('ori', () => NonEmptyStringScalar, { description: 'ORI, 9 characters (e.g. NY0303000).', validateFn: ruleFor('ori', oriRule()) }) ori: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Agency> {
    return requireAgency(ctx, ori, 'ori');
  }
}
