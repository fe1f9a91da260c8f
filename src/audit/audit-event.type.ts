import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { idRule, opt, timeWindow } from '../common/arg-rules.js';
import { DateTimeScalar } from '../common/scalars.js';
import { ValidatedBy } from '../common/validate-args.js';
import { Connection } from '../pagination/connection.type.js';
import { PageArgs } from '../pagination/page-args.js';
import { AuditOutcome } from './audit-record.js';

@ObjectType({ description: 'One audit record: who did what, when, from where, to whom, and how it ended (CJIS audit content).' })
export class AuditEvent {
  @Field(() => ID, { description: 'Record id.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When (UTC, to the hundredth of a second).' })
  at!: string;

  @Field(() => String, { nullable: true, description: 'Token subject of the caller; null when the request had no valid token.' })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: "ORI of the caller's agency." })
  agencyOri!: string | null;

  @Field(() => [String], { description: 'Roles the token granted.' })
  roles!: string[];

  @Field(() => String, { description: 'Network address the request came from.' })
  sourceAddress!: string;

  @Field(() => String, { description: 'GraphQL operation name ("anonymous" when the document named none).' })
  operation!: string;

  @Field(() => [String], { description: 'Top-level fields the request asked for.' })
  rootFields!: string[];

  @Field(() => String, { description: 'SHA-256 (hex) of the GraphQL document: proves which query ran without storing it.' })
  documentHash!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Id (SHA-256) of the registered document the request ran (trusted documents); null for a free-form document.',
  })
  documentId!: string | null;

  @Field(() => [ID], { description: 'Ids of the people whose personal data the request returned, changed or asked for.' })
  personIds!: string[];

  @Field(() => AuditOutcome, { description: 'ALLOWED, DENIED (refused or personal data masked) or ERROR.' })
  outcome!: AuditOutcome;

  @Field(() => [String], { description: 'Error codes the answer carried.' })
  errorCodes!: string[];

  @Field(() => Boolean, { description: 'True when the request wrote to the graph.' })
  wrote!: boolean;

  @Field(() => String, { description: 'Request id (also in the X-Request-Id response header and the logs).' })
  requestId!: string;

  @Field(() => Int, { nullable: true, description: 'Imports only (importRecords, `npm run import`): records received; null for other requests.' })
  recordsRead!: number | null;

  @Field(() => Int, { nullable: true, description: 'Imports only: records written (MERGE on natural keys, so a re-import counts them again).' })
  recordsAccepted!: number | null;

  @Field(() => Int, { nullable: true, description: 'Imports only: records rejected (bad field, duplicate key, unknown reference).' })
  recordsRejected!: number | null;
}

@InputType({ description: 'Which audit records to list; all given conditions must hold. Always limited to your own agency.' })
// personId and subject are ids like every other (not blank, at most 200 characters): a blank one
// named no one yet went on the reader's record as a person asked about, and an over-long one
// could not be indexed in that record (AuditTouch), so the answer was withheld as
// AUDIT_UNAVAILABLE (503) as if the audit store were down (CJIS AU-3: the record names whom).
@ValidatedBy(z.looseObject({ personId: opt(idRule()), subject: opt(idRule()) }).superRefine(timeWindow({ strict: true })))
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Only records naming this person.' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only records of this user (token subject).' })
  subject?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'From this instant (inclusive).' })
  from?: Date | string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Up to this instant (exclusive).' })
  to?: Date | string | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true, description: 'Conditions; none lists every record of your agency.' })
  filter?: AuditEventFilter | null;
}

export const AuditEventConnection = Connection(AuditEvent, 'AuditEvent', 'audit record');
