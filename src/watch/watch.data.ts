import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.registry.js';
import type { Gateway } from '../db/gateway.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import type { Watch, WatchKind } from './watch.type.js';

const add = cypher('watch/add');
const remove = cypher('watch/remove');
const page = cypher('watch/page');
const count = cypher('watch/count');
const allOfSubject = cypher('watch/all-of-subject');

/** Watches one user may hold: a bound on what each event is matched against. */
export const MAX_WATCHES = 500;

export async function addWatch(ctx: RequestContext, kind: WatchKind, key: string): Promise<Watch | null> {
  const user = ctx.user!;
  const rows = await ctx.gateway.write<{ watch: Watch }>(
    add,
    { subject: user.subject, agencyOri: user.agencyOri, kind, key, id: randomUUID(), at: new Date().toISOString() },
    ctx.meta,
  );
  return rows[0]?.watch ?? null;
}

export async function removeWatch(ctx: RequestContext, id: string): Promise<boolean> {
  return ((await ctx.gateway.write<{ removed: number }>(remove, { subject: ctx.user!.subject, id }, ctx.meta))[0]?.removed ?? 0) > 0;
}

export async function watchPage(ctx: RequestContext, req: PageRequest): Promise<ConnectionValue<Watch>> {
  const subject = ctx.user!.subject;
  const rows = req.first === 0 ? [] : await ctx.gateway.read<PageRow<Watch>>(page, { subject, ...pageParams(req) }, ctx.meta);
  return toConnection(req, rows, async () => (await ctx.gateway.read<{ total: number }>(count, { subject }, ctx.meta))[0]?.total ?? 0);
}

export async function watchesOf(gateway: Gateway, subject: string): Promise<Array<{ kind: WatchKind; key: string }>> {
  return gateway.read<{ kind: WatchKind; key: string }>(allOfSubject, { subject, max: MAX_WATCHES }, { operation: 'subscription:watches' });
}
