import type { GraphQLResolveInfo } from 'graphql';
import { idRule } from '../common/arg-rules.js';
import { ruleFor } from '../common/validate-args.js';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { onlySubfieldArguments } from '../common/selection.js';
import { Role } from '../core/role.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { notFound } from '../errors/app-error.js';
import { Firearm } from '../model/firearm.type.js';
import { LeadStatus } from '../model/lead-status.enum.js';
import { Lead } from '../model/lead.type.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { Scene } from '../model/scene.type.js';
import type { RequestContext } from '../core/context.js';
import { CasingConnection } from '../model/casing.connection.js';
import { CasingFilter } from './casing.filter.js';
import { casingByEvidenceId, casingFirearm, casingLeads, casingLinkedCasings, casingLinkedScenes, casingScene } from './casing.data.js';
import { checkHops, DEFAULT_MAX_HOPS, followed, hopsRule, MAX_HOPS, sameGunWalk } from './same-gun-walk.js';
import { casingPage } from './casing.data.js';
import { Casing } from '../model/casing.type.js';
import { toLinkedScenes } from './linked-scenes.js';
import { LinkedCasing, LinkedScene } from './linked.type.js';

const INCLUDE_UNREVIEWED =
  'Also follow UNREVIEWED leads (investigative leads an examiner has not confirmed yet). Default false: confirmed hits only. REJECTED leads are never followed.';
const MAX_HOPS_DOC = `How many leads away to follow, 1 to ${MAX_HOPS} (default ${DEFAULT_MAX_HOPS}).`;

@Resolver(() => Casing)
export class CasingResolver {
  @Authorized(Role.ANALYST)
  @Query(() => Casing, { nullable: true, description: 'A casing by evidence id. An evidence id with no casing is a NOT_FOUND error (field `evidenceId`).' })
  async casing(
    @Arg('evidenceId', () => NonEmptyStringScalar, { description: 'Evidence id of the casing.', validateFn: ruleFor('evidenceId', idRule()) })
    evidenceId: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Casing> {
    const id = evidenceId;
    // One statement per question: when the caller asks for linkedScenes (once, with valid
    // arguments), its statement finds the casing too, and the field below reuses its row.
    const walk = sameGunWalk(onlySubfieldArguments(info, 'linkedScenes'));
    const casing = walk ? ((await casingLinkedScenes(ctx, walk.statuses, walk.maxHops).load(id))?.casing ?? null) : await casingByEvidenceId(ctx).load(id);
    if (!casing) throw notFound('casing', 'evidenceId', evidenceId);
    return casing;
  }

  @Authorized(Role.ANALYST)
  @Query(() => CasingConnection, {
    description: 'Casings, most recently collected first, filtered by caliber, time, test-fire and NIBIN entry. Keyset-paged (at most 100 per page).',
  })
  casings(
    @Arg('filter', () => CasingFilter, { nullable: true, description: 'Filters; all given filters must hold.' }) filter: CasingFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return casingPage(ctx, filter, pageRequest('casings', page));
  }

  @FieldResolver(() => Scene, { nullable: true, description: 'The scene the casing was picked up at; null for a test-fire.' })
  scene(@Root() casing: Casing, @Ctx() ctx: RequestContext) {
    return casingScene(ctx).load(casing.evidenceId);
  }

  @FieldResolver(() => Firearm, {
    nullable: true,
    description:
      'The gun this casing is matched to: for a scene casing, the gun whose test-fire a confirmed hit matched (FIRED_FROM); for a test-fire, the gun it was fired from. Null while no gun is known.',
  })
  firearm(@Root() casing: Casing, @Ctx() ctx: RequestContext) {
    return casingFirearm(ctx).load(casing.evidenceId);
  }

  @FieldResolver(() => [Lead], { description: 'NIBIN leads on this casing, best score first (at most 100), each with the other casing it correlates.' })
  leads(
    @Root() casing: Casing,
    @Arg('status', () => LeadStatus, { nullable: true, description: 'Only leads with this status; all statuses when left out.' }) status: LeadStatus | null,
    @Ctx() ctx: RequestContext,
  ) {
    return casingLeads(ctx, status ? [status] : null).load(casing.evidenceId);
  }

  @FieldResolver(() => [LinkedCasing], {
    description:
      'The same-gun set: every other casing reachable from this one through confirmed NIBIN leads (and unreviewed ones when asked; rejected ones never), ' +
      'nearest first, then every casing matched to the same recovered gun by a confirmed hit with its test-fire. Each hop is one lead; the walk is bounded by maxHops; at most 500.',
  })
  async linkedCasings(
    @Root() casing: Casing,
    @Arg('includeUnreviewed', () => Boolean, { defaultValue: false, description: INCLUDE_UNREVIEWED }) includeUnreviewed: boolean,
    @Arg('maxHops', () => Int, { defaultValue: DEFAULT_MAX_HOPS, description: MAX_HOPS_DOC, validateFn: ruleFor('maxHops', hopsRule) }) maxHops: number,
    @Ctx() ctx: RequestContext,
  ): Promise<LinkedCasing[]> {
    const rows = await casingLinkedCasings(ctx, followed(includeUnreviewed), maxHops).load(casing.evidenceId);
    // NIBIN: a lead is not a hit until an examiner confirms it. With unreviewed leads followed, the
    // walk over confirmed leads alone says which links are hits (one more statement, only then).
    const hits = includeUnreviewed
      ? new Set((await casingLinkedCasings(ctx, followed(false), maxHops).load(casing.evidenceId)).map((c) => c.evidenceId))
      : null;
    return rows.map(({ hops, ...linked }) => ({
      casing: linked,
      hops: hops ?? null,
      throughFirearm: hops === null || hops === undefined,
      confirmed: hits === null || hits.has(linked.evidenceId),
    }));
  }

  @FieldResolver(() => [LinkedScene], {
    description:
      "The scenes of this casing's same-gun set (its own scene included) in time order: where one gun was fired, one stop after another, " +
      'each with its agency, distance from the first scene, days since the previous one, and whether another agency has jurisdiction.',
  })
  async linkedScenes(
    @Root() casing: Casing,
    @Arg('includeUnreviewed', () => Boolean, { defaultValue: false, description: INCLUDE_UNREVIEWED }) includeUnreviewed: boolean,
    @Arg('maxHops', () => Int, { defaultValue: DEFAULT_MAX_HOPS, description: MAX_HOPS_DOC }) maxHops: number,
    @Ctx() ctx: RequestContext,
  ): Promise<LinkedScene[]> {
    const hops = checkHops(maxHops);
    const row = await casingLinkedScenes(ctx, followed(includeUnreviewed), hops).load(casing.evidenceId);
    // As linkedCasings: the confirmed-only walk marks the scenes that hits alone reach.
    return toLinkedScenes(row, includeUnreviewed ? await casingLinkedScenes(ctx, followed(false), hops).load(casing.evidenceId) : row);
  }
}
