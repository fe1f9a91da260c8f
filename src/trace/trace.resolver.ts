import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agency } from '../model/agency.type.js';
import { Ffl } from '../model/ffl.type.js';
import { Person } from '../model/person.type.js';
import type { TraceContext, TraceRow } from '../recovery/recovery.context.js';
import { Recovery } from '../model/recovery.type.js';
import type { RequestContext } from '../core/context.js';
import { traceContext } from './trace.data.js';
import { Trace } from '../model/trace.type.js';

/** A trace reached inside a recovery carries its context (without the recovery); otherwise one batch statement. */
async function around(root: TraceRow, ctx: RequestContext, need: keyof TraceContext): Promise<TraceContext | null> {
  if (root._ctx && need in root._ctx) return root._ctx;
  return traceContext(ctx).load(root.id);
}

@Resolver(() => Trace)
export class TraceResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that requested the trace.' })
  async requestingAgency(@Root() t: TraceRow, @Ctx() ctx: RequestContext) {
    return (await around(t, ctx, 'requestingAgency'))?.requestingAgency ?? null;
  }

  @FieldResolver(() => Ffl, { nullable: true, description: 'The retail dealer the trace resolved to; null when it found none.' })
  async resolvedDealer(@Root() t: TraceRow, @Ctx() ctx: RequestContext) {
    return (await around(t, ctx, 'resolvedDealer'))?.resolvedDealer ?? null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The first retail purchaser the trace resolved to; null when it found none.' })
  async resolvedPurchaser(@Root() t: TraceRow, @Ctx() ctx: RequestContext) {
    return (await around(t, ctx, 'resolvedPurchaser'))?.resolvedPurchaser ?? null;
  }

  @FieldResolver(() => Recovery, { nullable: true, description: 'The recovery this trace was requested for.' })
  async recovery(@Root() t: TraceRow, @Ctx() ctx: RequestContext) {
    return (await around(t, ctx, 'recovery'))?.recovery ?? null;
  }
}
