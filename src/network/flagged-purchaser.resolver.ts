import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../core/role.js';
import type { RequestContext } from '../core/context.js';
import { ruleFor } from '../common/validate-args.js';
import { Person } from '../model/person.type.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { personById } from '../person/person.data.js';
import { FlaggedPurchaser, FlaggedPurchaserConnection } from './flagged-purchaser.type.js';
import { typologyRule } from './network.type.js';
import { flaggedPurchaserPage } from './network.data.js';

@Resolver(() => FlaggedPurchaser)
export class FlaggedPurchaserResolver {
  @Authorized([Role.ANALYST])
  @Query(() => FlaggedPurchaserConnection, {
    description:
      'Purchasers flagged by the last analysis run as likely straw purchasers, strongest evidence first, each with the evidence. Keyset-paged (at most 100 per page). ' +
      'Names and other personal data of `person` are masked for roles that may not see them, and every person returned is audited.',
  })
  async flaggedPurchasers(
    @Args(() => PageArgs) args: PageArgs,
    @Arg('typology', () => String, {
      nullable: true,
      description: 'Only straw purchasers of networks of this typology.',
      validateFn: ruleFor('typology', typologyRule()),
    })
    typology: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return flaggedPurchaserPage(ctx, pageRequest('flaggedPurchasers', args), typology ?? null);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person (personal data masked by role and audited).' })
  person(@Root() flag: FlaggedPurchaser, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return personById(ctx).load(flag.personId);
  }
}
