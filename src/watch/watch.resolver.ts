import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ruleFor } from '../common/validate-args.js';
import { idRule } from '../common/arg-rules.js';
import { Role } from '../core/role.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { AppError, notFound } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { addWatch, MAX_WATCHES, removeWatch, watchPage } from './watch.data.js';
import { Watch, WatchConnection, WatchKind } from './watch.type.js';

/** Per-user watchlists (the token subject owns them); every change is a mutation, so it is audited. */
@Resolver()
export class WatchResolver {
  @Authorized(Role.ANALYST)
  @Mutation(() => Watch, {
    description: `Watch a series, gun, person, dealer or agency: lead events touching it reach your leadEvents subscription. Idempotent (the same watch again returns it). At most ${MAX_WATCHES} per user.`,
  })
  async addWatch(
    @Arg('kind', () => WatchKind, { description: 'What kind of record.' }) kind: WatchKind,
    @Arg('key', () => NonEmptyStringScalar, {
      description: 'Its key: evidence id, firearm id, person id, FFL license or ORI.',
      validateFn: ruleFor('key', idRule()),
    })
    key: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Watch> {
    // Watching a person is an act about that person: it goes on their audit record.
    if (kind === WatchKind.PERSON) ctx.audit.people.add(key);
    const total = (await watchPage(ctx, pageRequest('watchlist', { first: 0 }))).count;
    if ((typeof total === 'function' ? await total() : total) >= MAX_WATCHES)
      throw new AppError(ErrorCode.BAD_USER_INPUT, `at most ${MAX_WATCHES} watches per user`, { field: 'key' });
    const watch = await addWatch(ctx, kind, key);
    if (!watch) throw notFound(kind.toLowerCase(), 'key', key);
    ctx.audit.wrote = true;
    return watch;
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Boolean, { description: 'Remove one of your watches; false when you have no watch with that id.' })
  async removeWatch(
    @Arg('id', () => ID, { description: 'Watch id.', validateFn: ruleFor('id', idRule()) }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    const removed = await removeWatch(ctx, id);
    ctx.audit.wrote = removed;
    return removed;
  }

  @Authorized(Role.ANALYST)
  @Query(() => WatchConnection, { description: 'Your watchlist, by kind then key. Keyset-paged.' })
  watchlist(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return watchPage(ctx, pageRequest('watchlist', page));
  }
}
