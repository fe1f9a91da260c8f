import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { Connection } from '../pagination/connection.type.js';
import { LeadStatus } from '../model/lead-status.enum.js';

export enum LeadStage {
  UNREVIEWED = 'UNREVIEWED',
  REVIEWED = 'REVIEWED',
  REFERRED = 'REFERRED',
  OUTCOME_RECORDED = 'OUTCOME_RECORDED',
  CLOSED = 'CLOSED',
}
registerEnumType(LeadStage, {
  name: 'LeadStage',
  description: 'Where a lead is in the CGIC cycle: awaiting an examiner, reviewed, referred to an investigator, outcome recorded, closed.',
});

export enum LeadAction {
  CONFIRM = 'CONFIRM',
  REJECT = 'REJECT',
  REOPEN = 'REOPEN',
  REFER = 'REFER',
  RECORD_OUTCOME = 'RECORD_OUTCOME',
  CLOSE = 'CLOSE',
}
registerEnumType(LeadAction, { name: 'LeadAction', description: 'A transition of the lead workflow (one mutation each).' });

export enum LeadOutcome {
  SHOOTER_IDENTIFIED = 'SHOOTER_IDENTIFIED',
  ARREST = 'ARREST',
  LINKED_TO_OPEN_CASE = 'LINKED_TO_OPEN_CASE',
  CASE_CLEARED = 'CASE_CLEARED',
  FURTHER_INVESTIGATION = 'FURTHER_INVESTIGATION',
  NO_ACTION = 'NO_ACTION',
}
registerEnumType(LeadOutcome, {
  name: 'LeadOutcome',
  description: 'What the investigation did with a referred hit: the CGIC "track" and "feed back" steps.',
});

@ObjectType({ description: "One step of a lead's history: who did what, when, from which state to which." })
export class LeadTransition {
  @Field(() => Int, { description: "Position in the lead's history, from 1." })
  n!: number;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: string;

  @Field(() => LeadAction, { description: 'What was done.' })
  action!: LeadAction;

  @Field(() => String, { description: 'Who (token subject: the examiner, investigator or supervisor).' })
  actor!: string;

  @Field(() => String, { nullable: true, description: "The actor's agency (ORI)." })
  actorAgencyOri!: string | null;

  @Field(() => LeadStatus, { description: 'Review status before.' })
  fromStatus!: LeadStatus;

  @Field(() => LeadStatus, { description: 'Review status after.' })
  toStatus!: LeadStatus;

  @Field(() => String, { nullable: true, description: 'The reason or note given (required for a reopen).' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'REFER: the investigator the hit went to.' })
  assignee!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'REFER: when the investigator is due to act.' })
  dueAt!: string | null;

  @Field(() => LeadOutcome, { nullable: true, description: 'RECORD_OUTCOME: the outcome.' })
  outcome!: LeadOutcome | null;
}

export const LeadTransitionConnection = Connection(LeadTransition, 'LeadTransition', 'history entry', 'history entries');

@ObjectType({
  description:
    'How fast the lead moved through the cycle, in hours, against the CGIC targets: evidence entered into NIBIN within 24 h of recovery, ' +
    "a lead in an investigator's hands within 24–48 h (https://crimegunintelcenters.org/nibin-entry-correlation-and-crime-gun-tracing). " +
    'Entry times are those of the casing whose entry produced the correlation (the later entered of the pair).',
})
export class LeadTimeliness {
  @Field(() => Float, { nullable: true, description: 'Recovery of the evidence to its NIBIN entry.' })
  recoveryToEntryHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'NIBIN entry to the correlation.' })
  entryToCorrelationHours!: number | null;

  @Field(() => Float, { nullable: true, description: "Correlation to the examiner's review; null while unreviewed." })
  correlationToReviewHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Review to the referral; null while not referred.' })
  reviewToReferralHours!: number | null;

  @Field(() => Boolean, { description: 'The evidence was entered more than 24 h after recovery.' })
  entryLate!: boolean;

  @Field(() => DateTimeScalar, { description: 'Correlation + 48 h: when the lead should be with an investigator.' })
  referralDueAt!: string;

  @Field(() => Boolean, { description: 'Not rejected, and not referred by referralDueAt (or referred after it).' })
  referralOverdue!: boolean;

  @Field(() => Boolean, { description: 'Referred, past its due time, and no outcome recorded.' })
  actionOverdue!: boolean;

  @Field(() => Boolean, { description: 'referralOverdue or actionOverdue.' })
  overdue!: boolean;
}
