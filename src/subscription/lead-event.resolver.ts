import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { ruleFor } from '../common/validate-args.js';
import { leadById } from '../lead/lead.data.js';
import { Lead } from '../model/lead.type.js';
import type { RequestContext } from '../core/context.js';
import { eventIdRule, LeadEvent, LeadEventKind, LeadEventReason } from './lead-event.type.js';
import { leadEventStream, type LeadEventPayload, type SubscriptionContext } from './lead-event.stream.js';
import { LeadStatus } from '../model/lead-status.enum.js';

const lastEventIdRule = ruleFor('lastEventId', eventIdRule());

@Resolver(() => LeadEvent)
export class LeadEventResolver {
  @Subscription(() => LeadEvent, {
    description:
      'ANALYST and above, over graphql-ws on /graphql (token in the connection_init payload: { "authorization": "Bearer …" }). ' +
      'Lead events that concern you: new leads and hits, reviews, referrals and outcomes on a watched series, gun, person, dealer or agency (see addWatch); ' +
      "a confirmed hit linking your agency to another agency's case; a referral assigned to you. Events come in sequence order, each once; " +
      'reconnect with lastEventId (the id of the last event you received) to receive exactly what you missed. Fields resolve with your role (personal data masked as in queries) and are audited.',
    // type-graphql validates the arguments of resolvers, not of `subscribe`: the stream runs the declared rule (after authentication).
    subscribe: ({ args, context }) => {
      const lastEventId = (args as { lastEventId?: string | null }).lastEventId ?? null;
      return leadEventStream(context as SubscriptionContext, lastEventId, () => lastEventIdRule(lastEventId));
    },
  })
  leadEvents(
    @Root() payload: LeadEventPayload,
    @Arg('lastEventId', () => ID, {
      nullable: true,
      description: 'Resume after this event id (the last one you received); leave out to start from now.',
      validateFn: lastEventIdRule,
    })
    _lastEventId: string | null,
  ): LeadEvent {
    const e = payload.event;
    return {
      id: String(e.seq),
      seq: e.seq,
      at: e.at,
      kind: e.kind as LeadEventKind,
      reasons: payload.reasons as LeadEventReason[],
      leadId: e.leadId,
      status: e.status as LeadStatus,
      actor: e.actor,
      assignee: e.assignee,
      evidenceIds: e.evidenceIds,
      agencyOris: e.agencyOris,
      firearmIds: e.firearmIds,
    };
  }

  @FieldResolver(() => Lead, { nullable: true, description: 'The lead as it is now (with its casings, their scenes and guns), resolved with your role.' })
  lead(@Root() event: LeadEvent, @Ctx() ctx: RequestContext) {
    return leadById(ctx).load(event.leadId);
  }
}
