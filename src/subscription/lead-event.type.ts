import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { DateTimeScalar } from '../common/scalars.js';
import { LeadStatus } from '../model/lead-status.enum.js';

/** An event id as the outbox issues them (its sequence number): the rule of leadEvents' lastEventId. */
export const eventIdRule = () => z.string().regex(/^\d{1,15}$/, { error: 'must be the id of an event you received' });

export enum LeadEventKind {
  LEAD_CREATED = 'LEAD_CREATED',
  HIT_CONFIRMED = 'HIT_CONFIRMED',
  LEAD_REJECTED = 'LEAD_REJECTED',
  LEAD_REOPENED = 'LEAD_REOPENED',
  LEAD_REFERRED = 'LEAD_REFERRED',
  OUTCOME_RECORDED = 'OUTCOME_RECORDED',
  LEAD_CLOSED = 'LEAD_CLOSED',
}
registerEnumType(LeadEventKind, { name: 'LeadEventKind', description: 'What happened to a lead.' });

export enum LeadEventReason {
  WATCHED_SERIES = 'WATCHED_SERIES',
  WATCHED_FIREARM = 'WATCHED_FIREARM',
  WATCHED_PERSON = 'WATCHED_PERSON',
  WATCHED_DEALER = 'WATCHED_DEALER',
  WATCHED_AGENCY = 'WATCHED_AGENCY',
  CROSS_AGENCY_HIT = 'CROSS_AGENCY_HIT',
  ASSIGNED_TO_YOU = 'ASSIGNED_TO_YOU',
}
registerEnumType(LeadEventReason, {
  name: 'LeadEventReason',
  description: "Why an event reached you: a watch, a hit linking your agency to another's case, a referral to you.",
});

@ObjectType({
  description:
    'One lead event from the outbox, as delivered to a subscriber. Pass the id of the last one you received as lastEventId to resume after a disconnect.',
})
export class LeadEvent {
  @Field(() => ID, { description: 'Event id: its sequence number in the outbox (increasing, in commit order).' })
  id!: string;

  @Field(() => Int, { description: 'The sequence number as a number.' })
  seq!: number;

  @Field(() => DateTimeScalar, { description: 'When the change was committed.' })
  at!: string;

  @Field(() => LeadEventKind, { description: 'What happened.' })
  kind!: LeadEventKind;

  @Field(() => [LeadEventReason], { description: 'Why it reached you.' })
  reasons!: LeadEventReason[];

  @Field(() => ID, { description: 'The lead.' })
  leadId!: string;

  @Field(() => LeadStatus, { description: "The lead's review status right after the change." })
  status!: LeadStatus;

  @Field(() => String, { nullable: true, description: 'Who made the change (token subject); null for an import.' })
  actor!: string | null;

  @Field(() => String, { nullable: true, description: 'LEAD_REFERRED: the investigator it went to.' })
  assignee!: string | null;

  @Field(() => [String], { description: 'Evidence ids of the series the lead belongs to after the change (at most 500).' })
  evidenceIds!: string[];

  @Field(() => [String], { description: 'Agencies (ORI) with a scene in that series.' })
  agencyOris!: string[];

  @Field(() => [ID], { description: 'Guns linked to the series.' })
  firearmIds!: string[];
}
