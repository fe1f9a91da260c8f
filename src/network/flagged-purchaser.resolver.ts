import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import { cypher } from '../db/cypher.registry.js';
import { badInput } from '../errors/app-error.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import { pageParams, pageRequest, PageArgs } from '../pagination/page-args.js';
import { personById } from '../person/person.loader.js';
import { Person } from '../person/person.type.js';
import type { RequestContext } from '../server/context.js';
import { FlaggedPurchaser, FlaggedPurchaserConnection } from './flagged-purchaser.type.js';
import { NETWORK_TYPOLOGIES } from './network.assembly.js';

const page = cypher('network/flagged-purchasers-page');
const count = cypher('network/flagged-purchasers-count');

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
    @Arg('typology', () => String, { nullable: true, description: 'Only straw purchasers of networks of this typology.' }) typology: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const req = pageRequest('flaggedPurchasers', args);
    if (typology != null && !NETWORK_TYPOLOGIES.includes(typology)) throw badInput('typology', `must be one of ${NETWORK_TYPOLOGIES.join(', ')}`);
    const rows = req.first === 0 ? [] : await ctx.gateway.read<PageRow<FlaggedPurchaser>>(page, { ...pageParams(req), typology }, ctx.meta);
    return toConnection(req, rows, async () => (await ctx.gateway.read<{ total: number }>(count, { typology }, ctx.meta))[0]?.total ?? 0);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person (personal data masked by role and audited).' })
  person(@Root() flag: FlaggedPurchaser, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return personById(ctx).load(flag.personId);
  }
}
