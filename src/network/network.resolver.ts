import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ruleFor } from '../common/validate-args.js';
import { idRule } from '../common/arg-rules.js';
import { Role } from '../core/role.js';
import { fflByLicense } from '../ffl/ffl.data.js';
import { Ffl } from '../model/ffl.type.js';
import { FirearmConnection } from '../model/firearm.connection.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { personById } from '../person/person.data.js';
import { Person } from '../model/person.type.js';
import type { RequestContext } from '../core/context.js';
import { requireGdsFor } from '../db/gds.probe.js';
import { networkById, networkDealers, networkFirearms, networkMembers, networkOfPerson, networkPage } from './network.data.js';
import { strawPurchaseIndicators } from './straw-purchase.indicators.js';
import {
  Network,
  NetworkConnection,
  NetworkDealer,
  NetworkDealerConnection,
  NetworkMember,
  NetworkMemberConnection,
  NetworkMembership,
  NetworkRole,
  StrawPurchaseIndicators,
  TraffickingNetworkFilter,
} from './network.type.js';

/** Networks are analyst material: ANALYST, which investigators and supervisors include (src/core/role.ts). */
const NETWORK_ROLES = [Role.ANALYST];

/** Network queries need GDS: without it they answer GDS_UNAVAILABLE, saying so. */
const requireGds = requireGdsFor;

@Resolver(() => Network)
export class NetworkResolver {
  @Authorized(NETWORK_ROLES)
  @Query(() => NetworkConnection, {
    description:
      'Trafficking networks of the last analysis run, most guns trafficked first. Keyset-paged (at most 100 per page). ' +
      'GDS_UNAVAILABLE when the connected Neo4j has no Graph Data Science.',
  })
  async traffickingNetworks(
    @Arg('filter', () => TraffickingNetworkFilter, { nullable: true, description: 'Filters; all given filters must hold.' })
    filter: TraffickingNetworkFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const req = pageRequest('traffickingNetworks', args);
    await requireGds(ctx);
    const filters = {
      state: filter?.state ?? null,
      from: filter?.from ?? null,
      to: filter?.to ?? null,
      minSize: filter?.minSize ?? null,
      typology: filter?.typology ?? null,
    };
    return networkPage(ctx, req, filters);
  }

  @Authorized(NETWORK_ROLES)
  @Query(() => Network, {
    nullable: true,
    description: 'A trafficking network by id; null when the last run has no such network. GDS_UNAVAILABLE without Graph Data Science.',
  })
  async network(@Arg('id', () => ID, { validateFn: ruleFor('id', idRule()) }) id: string, @Ctx() ctx: RequestContext): Promise<Network | null> {
    await requireGds(ctx);
    return networkById(ctx).load(id);
  }

  @FieldResolver(() => NetworkMemberConnection, { description: 'Members, most central first; `role` keeps one role. Keyset-paged (at most 100 per page).' })
  async members(
    @Root() network: Network,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('role', () => NetworkRole, { nullable: true }) role: NetworkRole | null,
    @Ctx() ctx: RequestContext,
  ) {
    return networkMembers(ctx, network.id, pageRequest(`Network.members:${network.id}`, args), role);
  }

  @FieldResolver(() => NetworkDealerConnection, { description: "Dealers that sold the network's guns, by license. Keyset-paged." })
  dealers(@Root() network: Network, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return networkDealers(ctx, network.id, pageRequest(`Network.dealers:${network.id}`, args));
  }

  @FieldResolver(() => FirearmConnection, { description: "The network's guns, by id. Keyset-paged." })
  firearms(@Root() network: Network, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return networkFirearms(ctx, network.id, pageRequest(`Network.firearms:${network.id}`, args));
  }
}

@Resolver(() => NetworkMember)
export class NetworkMemberResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person (names follow the personal-data rule).' })
  person(@Root() member: NetworkMember, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return personById(ctx).load(member.personId);
  }
}

@Resolver(() => NetworkDealer)
export class NetworkDealerResolver {
  @FieldResolver(() => Ffl, { nullable: true })
  ffl(@Root() dealer: NetworkDealer, @Ctx() ctx: RequestContext): Promise<Ffl | null> {
    return fflByLicense(ctx).load(dealer.license);
  }
}

@Resolver(() => Person)
export class PersonNetworkResolver {
  @Authorized(NETWORK_ROLES)
  @FieldResolver(() => NetworkMembership, {
    nullable: true,
    description:
      'The trafficking network this person belongs to in the last analysis run, with role and centrality; null when none. GDS_UNAVAILABLE without Graph Data Science.',
  })
  async network(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<NetworkMembership | null> {
    await requireGds(ctx);
    return networkOfPerson(ctx).load(person.id);
  }

  @Authorized(NETWORK_ROLES)
  @FieldResolver(() => StrawPurchaseIndicators, {
    nullable: true,
    description:
      "Straw-purchase indicators from the person's own purchases (guns recovered from others with short time-to-crime, multiple sales, dealers used, guns recovered out of state). Needs no GDS.",
  })
  strawPurchaseIndicators(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<StrawPurchaseIndicators | null> {
    return strawPurchaseIndicators(ctx, person.id);
  }
}
