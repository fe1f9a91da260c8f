import { hasAnyRole, Role } from '../core/role.js';
import { AppError, refused } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { StoredEvent } from '../event/event.data.js';
import type { RequestContext } from '../core/context.js';
import { watchesOf } from '../watch/watch.data.js';
import { reasonsFor, type EventReason } from './event-match.js';
import type { OutboxPoller } from './outbox.poller.js';

/** The context of one subscription: a request context, the process's outbox poller, and a way to drop cached loaders. */
export type SubscriptionContext = RequestContext & { outbox: OutboxPoller; resetLoaders(): void };

export interface LeadEventPayload {
  event: StoredEvent;
  reasons: EventReason[];
}

/** A subscriber's watchlist is re-read at most this often (a watch added mid-stream applies within it). */
const WATCHES_TTL_MS = 2_000;

/**
 * The event stream of one subscriber: from just after `lastEventId` (or from now), every outbox
 * event that concerns them, exactly once, in sequence order. The cursor only moves past events
 * it has looked at, so nothing is skipped; a reconnect with the last id it received resumes
 * exactly there, after a restart of the service or of Neo4j (the outbox is in the database).
 */
export async function leadEventStream(
  ctx: SubscriptionContext,
  lastEventId: string | null,
  checkArgs: () => void = () => {},
): Promise<AsyncIterable<LeadEventPayload>> {
  const user = ctx.user;
  if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED, 'A bearer token is required');
  if (!hasAnyRole(user, [Role.ANALYST])) {
    ctx.audit.denied = true;
    throw new AppError(ErrorCode.FORBIDDEN, `This operation needs one of the roles ${Role.ANALYST}`);
  }
  // The id's syntax: the rule declared on lastEventId (lead-event.resolver.ts); whether that event exists needs the outbox.
  checkArgs();
  const head = await ctx.outbox.currentHead();
  const last = lastEventId === null ? null : Number(lastEventId);
  if (last !== null && last > head) throw refused(ErrorCode.NOT_FOUND, 'lastEventId', `no event ${last} has been issued yet (the latest is ${head})`);
  let cursor = last ?? head;
  let done = false;
  let close!: () => void;
  const closed = new Promise<void>((r) => (close = r));
  const queue: LeadEventPayload[] = [];
  let watches: { at: number; list: Array<{ kind: string; key: string }> } = { at: 0, list: [] };
  const currentWatches = async () => {
    if (Date.now() - watches.at > WATCHES_TTL_MS) watches = { at: Date.now(), list: await watchesOf(ctx.gateway, user.subject) };
    return watches.list;
  };
  const iterator: AsyncIterator<LeadEventPayload> = {
    async next() {
      while (!done) {
        const ready = queue.shift();
        if (ready) {
          // Each event is resolved against the graph as it is now, not a previous event's cache.
          ctx.resetLoaders();
          return { value: ready, done: false };
        }
        const events = await ctx.outbox.after(cursor, closed);
        if (events === null) break; // the service is closing: the client reconnects with its last id
        if (done || !events.length) continue;
        const list = await currentWatches();
        for (const event of events) {
          if (event.seq <= cursor) continue;
          cursor = event.seq;
          const reasons = reasonsFor(event, { subject: user.subject, agencyOri: user.agencyOri, watches: list });
          if (reasons.length) queue.push({ event, reasons });
        }
      }
      return { value: undefined, done: true };
    },
    async return() {
      done = true;
      close();
      return { value: undefined, done: true };
    },
  };
  return { [Symbol.asyncIterator]: () => iterator };
}
