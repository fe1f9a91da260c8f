import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../core/role.js';
import type { RequestContext } from '../core/context.js';
import { idRule } from '../common/arg-rules.js';
import { ruleFor } from '../common/validate-args.js';
import { AppError, notFound, refused } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { activityOf, agencyGrantee, changeShares, investigationPage, sharesOf, userGrantee, versionPage, visibleInvestigation } from './investigation.data.js';
import { ShareInvestigationArgs, UnshareInvestigationArgs, versionRule } from './investigation.args.js';
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

const INVESTIGATION_ID = { description: 'Investigation id.', validateFn: ruleFor('id', idRule()) };

async function visibleOrNotFound(ctx: RequestContext, id: string, field = 'id'): Promise<Investigation> {
  // Not yours and not shared with you reads as "no such investigation": its existence is not disclosed.
  const found = await visibleInvestigation(ctx, id);
  if (!found) throw notFound('investigation', field, id);
  return found;
}

/**
 * Who a share names, checked against the caller (ShareInvestigationArgs checks the rest): you
 * cannot share with yourself, and an agency share needs a token naming your agency.
 */
function granteesFrom({ users, agency }: { users?: string[] | null; agency: boolean }, ctx: RequestContext): string[] {
  const grantees = (users ?? []).map((u, i) => {
    const s = u.trim();
    if (s === ctx.user!.subject) throw refused(ErrorCode.BAD_USER_INPUT, `users[${i}]`, 'you own this investigation already');
    return userGrantee(s);
  });
  if (agency) {
    if (!ctx.user!.agencyOri) throw refused(ErrorCode.BAD_USER_INPUT, 'agency', 'your token names no agency');
    grantees.push(agencyGrantee(ctx.user!.agencyOri));
  }
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
  investigation(@Arg('id', () => ID, INVESTIGATION_ID) id: string, @Ctx() ctx: RequestContext) {
    return visibleOrNotFound(ctx, id);
  }

  @Authorized(Role.ANALYST)
  @Query(() => InvestigationSnapshot, {
    description:
      'Opens a version (the latest when `version` is omitted): the saved layout, notes and annotations, the chart as the graph holds it now with your own access, and warnings for nodes changed or removed since. Audited and logged on the investigation.',
  })
  openInvestigation(
    @Arg('id', () => ID, INVESTIGATION_ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: 'Version number; the latest when omitted.', validateFn: ruleFor('version', versionRule()) })
    version: number | null,
    @Ctx() ctx: RequestContext,
  ) {
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
  shareInvestigation(@Args(() => ShareInvestigationArgs) args: ShareInvestigationArgs, @Ctx() ctx: RequestContext) {
    return this.share(ctx, args, true);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Investigation, { description: 'Withdraws shares of one of your investigations (users and/or your agency).' })
  unshareInvestigation(@Args(() => UnshareInvestigationArgs) args: UnshareInvestigationArgs, @Ctx() ctx: RequestContext) {
    return this.share(ctx, args, false);
  }

  private async share(ctx: RequestContext, args: ShareInvestigationArgs | UnshareInvestigationArgs, add: boolean): Promise<Investigation> {
    const { id } = args;
    const grantees = granteesFrom(args, ctx);
    const result = await changeShares(ctx, id, grantees, add);
    if (!result.owned) throw notFound('investigation of yours', 'id', id);
    // The stored share list is full: a CONFLICT with what is stored, not a malformed argument.
    if (result.full) throw refused(ErrorCode.CONFLICT, 'users', `at most ${L.maxShares} shares per investigation`);
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
