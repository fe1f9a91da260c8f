import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../core/role.js';
import type { RequestContext } from '../core/context.js';
import { checkId } from '../common/keys.js';
import { AppError, badInput, notFound } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { activityOf, agencyGrantee, changeShares, investigationPage, sharesOf, userGrantee, versionPage, visibleInvestigation } from './investigation.data.js';
import { INVESTIGATION_LIMITS as L } from './investigation.limits.js';
import { openSnapshot, saveInvestigation } from './investigation.service.js';
import {
  Investigation,
  InvestigationActivityConnection,
  InvestigationConnection,
  InvestigationShare,
  InvestigationSnapshot,
  InvestigationVersion,
  InvestigationVersionConnection,
  SaveInvestigationInput,
} from './investigation.type.js';

async function visibleOrNotFound(ctx: RequestContext, id: string, field = 'id'): Promise<Investigation> {
  // Not yours and not shared with you reads as "no such investigation": its existence is not disclosed.
  const found = await visibleInvestigation(ctx, checkId(field, id));
  if (!found) throw notFound('investigation', field, id);
  return found;
}

function granteesFrom(users: string[] | null, agency: boolean, ctx: RequestContext): string[] {
  const list = users ?? [];
  if (list.length > L.maxSharePerCall) throw badInput('users', `at most ${L.maxSharePerCall} users per call`);
  const grantees = list.map((u, i) => {
    const s = u.trim();
    if (!s || s.length > L.maxSubject) throw badInput(`users[${i}]`, `a user's token subject, 1 to ${L.maxSubject} characters`);
    if (s === ctx.user!.subject) throw badInput(`users[${i}]`, 'you own this investigation already');
    return userGrantee(s);
  });
  if (agency) {
    if (!ctx.user!.agencyOri) throw badInput('agency', 'your token names no agency');
    grantees.push(agencyGrantee(ctx.user!.agencyOri));
  }
  if (grantees.length === 0) throw badInput('users', 'name at least one user, or set agency');
  return [...new Set(grantees)];
}

/**
 * Saved investigations (docs/workspace.md): a chart's nodes, positions, notes and annotations
 * kept under a name, versioned, shared with users or the owner's agency. Saving and sharing are
 * mutations (audited as every write); opening is audited too (AUDITED_ROOT_FIELDS) and logged on
 * the investigation. Saved versions hold node ids, never personal data: a reopened chart is read
 * again with the viewer's own role (CJIS least privilege: a share does not widen what anyone sees).
 */
@Resolver(() => Investigation)
export class InvestigationResolver {
  @Authorized(Role.ANALYST)
  @Query(() => InvestigationConnection, {
    description: 'The investigations you may open: yours, those shared with you and those shared with your agency; most recently saved first. Keyset-paged.',
  })
  investigations(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return investigationPage(ctx, pageRequest('investigations', page));
  }

  @Authorized(Role.ANALYST)
  @Query(() => Investigation, { description: 'One investigation you may open (NOT_FOUND otherwise): its name, owner, versions and shares.' })
  investigation(@Arg('id', () => ID, { description: 'Investigation id.' }) id: string, @Ctx() ctx: RequestContext) {
    return visibleOrNotFound(ctx, id);
  }

  @Authorized(Role.ANALYST)
  @Query(() => InvestigationSnapshot, {
    description:
      'Opens a version (the latest when `version` is omitted): the saved layout, notes and annotations, the chart as the graph holds it now with your own access, and warnings for nodes changed or removed since. Audited and logged on the investigation.',
  })
  openInvestigation(
    @Arg('id', () => ID, { description: 'Investigation id.' }) id: string,
    @Arg('version', () => Int, { nullable: true, description: 'Version number; the latest when omitted.' }) version: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    if (version !== null && version !== undefined && version < 1) throw badInput('version', 'must be 1 or more');
    return visibleOrNotFound(ctx, id).then((found) => openSnapshot(ctx, found, version ?? null));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => InvestigationVersion, {
    description:
      'Saves a chart as a new version: of a new investigation (no `id`) or of one of yours. Every save is a new version; none is overwritten. With `basedOnVersion`, a newer version saved in between makes it CONFLICT.',
  })
  saveInvestigation(
    @Arg('input', () => SaveInvestigationInput, { description: 'The chart to save.' }) input: SaveInvestigationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return saveInvestigation(ctx, input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Investigation, {
    description: `Shares one of your investigations with users (token subjects) and/or your agency. Idempotent; at most ${L.maxShares} shares.`,
  })
  shareInvestigation(
    @Arg('id', () => ID, { description: 'Investigation id.' }) id: string,
    @Arg('users', () => [String], { nullable: true, description: 'Token subjects of the users.' }) users: string[] | null,
    @Arg('agency', () => Boolean, { defaultValue: false, description: 'Share with everyone of your agency.' }) agency: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return this.share(ctx, id, users, agency, true);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Investigation, { description: 'Withdraws shares of one of your investigations (users and/or your agency).' })
  unshareInvestigation(
    @Arg('id', () => ID, { description: 'Investigation id.' }) id: string,
    @Arg('users', () => [String], { nullable: true, description: 'Token subjects of the users.' }) users: string[] | null,
    @Arg('agency', () => Boolean, { defaultValue: false, description: 'Withdraw the share with your agency.' }) agency: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return this.share(ctx, id, users, agency, false);
  }

  private async share(ctx: RequestContext, id: string, users: string[] | null, agency: boolean, add: boolean): Promise<Investigation> {
    const grantees = granteesFrom(users, agency, ctx);
    const result = await changeShares(ctx, checkId('id', id), grantees, add);
    if (!result.owned) throw notFound('investigation of yours', 'id', id);
    if (result.full) throw badInput('users', `at most ${L.maxShares} shares per investigation`);
    ctx.audit.wrote = result.changed > 0;
    return (await visibleInvestigation(ctx, id))!;
  }

  @FieldResolver(() => InvestigationVersionConnection, { description: 'Every saved version, newest first. Keyset-paged.' })
  versions(@Root() i: Investigation, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return versionPage(ctx, i.id, pageRequest(`investigation-versions:${i.id}`, page));
  }

  @FieldResolver(() => [InvestigationShare], { description: 'Who it is shared with (the owner first).' })
  shares(@Root() i: Investigation, @Ctx() ctx: RequestContext) {
    return sharesOf(ctx, i.id);
  }

  @FieldResolver(() => InvestigationActivityConnection, {
    description: 'Who saved, shared and opened it, newest first (the owner only: FORBIDDEN for others). Keyset-paged.',
  })
  activity(@Root() i: Investigation, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    if (i.ownerSubject !== ctx.user?.subject) throw new AppError(ErrorCode.FORBIDDEN, 'Only the owner sees who opened an investigation');
    return activityOf(ctx, i.id, pageRequest(`investigation-activity:${i.id}`, page));
  }
}
