import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { LeadOutcome, LeadStage } from './lead-workflow.type.js';

@ObjectType({ description: 'Where a lead is in the review and referral workflow.' })
export class LeadWorkflow {
  @Field(() => LeadStage, { description: 'Stage of the cycle.' })
  stage!: LeadStage;

  @Field(() => String, { nullable: true, description: 'Examiner who reviewed it (token subject); null while unreviewed or when imported without one.' })
  reviewedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the hit was referred to an investigator.' })
  referredAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who referred it.' })
  referredBy!: string | null;

  @Field(() => String, { nullable: true, description: 'The investigator it was referred to.' })
  assignee!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the investigator is due to act.' })
  dueAt!: string | null;

  @Field(() => LeadOutcome, { nullable: true, description: 'What the referral led to.' })
  outcome!: LeadOutcome | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the outcome was recorded.' })
  outcomeAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the lead was closed.' })
  closedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who closed it.' })
  closedBy!: string | null;
}
