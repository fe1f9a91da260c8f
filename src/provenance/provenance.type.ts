import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { PERSONAL_KEYS } from '../auth/personal-data.js';
import type { RequestContext } from '../core/context.js';
import { z } from 'zod';
import { oriRule, timeWindow } from '../common/arg-rules.js';
import { DateTimeScalar } from '../common/scalars.js';
import { ValidatedBy } from '../common/validate-args.js';
import { ImportRecordType } from '../import/import.type.js';
import type { RecordType } from '../import/record.types.js';
import { Connection } from '../pagination/connection.type.js';
import { PageArgs } from '../pagination/page-args.js';

export enum SourceKind {
  IMPORT = 'IMPORT',
  API = 'API',
  SEED = 'SEED',
}
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'How records reached the graph.',
  valuesConfig: {
    IMPORT: { description: '`npm run import` of agency files.' },
    API: { description: 'An importRecords call.' },
    SEED: { description: 'Generated synthetic data.' },
  },
});

@ObjectType({ description: 'One write run that told us about a record: an import run, an importRecords call or a seed load (who told us this, and when).' })
export class RecordSource {
  @Field(() => ID, { description: 'Source id: the audit requestId of the run or call (auditEvents has its record).' })
  id!: string;

  @Field(() => SourceKind, { description: 'How the records came in.' })
  kind!: SourceKind;

  @Field(() => String, {
    nullable: true,
    description: 'The submitting agency (ORI); null when the run named none (a seed, a command-line import without --agency).',
  })
  agencyOri!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the records were received.' })
  receivedAt!: string;

  @Field(() => String, { nullable: true, description: 'What the run was (the command and its files, or the call).' })
  description!: string | null;

  @Field(() => Boolean, {
    description:
      "Whether the record holds this source's values: it created the record or last changed a value of it (fields a supervisor decided aside). False for a source whose send changed nothing or was kept as a conflict: it told us the record too, but its values are not the ones shown.",
  })
  holdsValues!: boolean;
}

export const RecordSourceConnection = Connection(RecordSource, 'RecordSource', 'record source');

export enum ConflictStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ConflictStatus, {
  name: 'ConflictStatus',
  description: 'OPEN: waiting for a supervisor; RESOLVED: decided (by the owning-agency rule or a supervisor).',
});

export enum ConflictSide {
  CURRENT = 'CURRENT',
  INCOMING = 'INCOMING',
}
registerEnumType(ConflictSide, {
  name: 'ConflictSide',
  description: 'Which value a conflict keeps: the one the record had (CURRENT) or the one that came in (INCOMING).',
});

/**
 * A conflict on a person's name, date of birth or address carries that person's personal data in
 * its values: returning one names the person in the request's audit record, as @PersonalData does
 * for Person's own fields (docs/security.md, Audit trail; CJIS AU-3). Only SUPERVISOR reads
 * conflicts, a role that may see personal data, so there is nothing to mask.
 */
const recordConflictPerson: MiddlewareFn<RequestContext> = async ({ root, context }, next) => {
  const value = await next();
  const conflict = root as DataConflict;
  if (value !== null && value !== undefined && conflict.recordType === 'person' && PERSONAL_KEYS.has(conflict.field)) {
    context.audit.people.add(conflict.key);
  }
  return value;
};

@ObjectType({
  description:
    'Two sources disagree about one field of one record. The record kept one value by the rule in docs/import.md (the owning agency wins; otherwise the first-written value stays); ' +
    'the other is kept here, with both sources, until a supervisor resolves it.',
})
export class DataConflict {
  @Field(() => ID, { description: 'Conflict id.' })
  id!: string;

  @Field(() => ImportRecordType, { description: 'Record type.' })
  recordType!: RecordType;

  @Field(() => String, { description: 'The record\'s natural key (an association: "fromPersonId>toPersonId").' })
  key!: string;

  @Field(() => String, { description: 'The field the sources disagree on.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value the record had when the other came in (as text).' })
  @UseMiddleware(recordConflictPerson)
  currentValue!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Source of the current value (RecordSource id); empty when a supervisor's decision or the lead workflow set the value, not an import.",
  })
  currentSourceId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Agency of the current value's source; empty when a supervisor's decision set it (on a lead's review the workflow set: the agency of whoever last changed the status).",
  })
  currentOri!: string | null;

  @Field(() => String, { nullable: true, description: 'The value that came in (as text).' })
  @UseMiddleware(recordConflictPerson)
  incomingValue!: string | null;

  @Field(() => String, { description: 'Source of the incoming value (RecordSource id).' })
  incomingSourceId!: string;

  @Field(() => String, { nullable: true, description: "Agency of the incoming value's source." })
  incomingOri!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The agency that owns the record (scene, recovery, trace: its agency; an agency: itself; a theft report: the reporting agency), if any.',
  })
  ownerOri!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the incoming value was received.' })
  detectedAt!: string;

  @Field(() => ConflictSide, { description: 'Which value the record holds now.' })
  kept!: ConflictSide;

  @Field(() => ConflictStatus, { description: 'Open or resolved.' })
  status!: ConflictStatus;

  @Field(() => String, { nullable: true, description: "Who resolved it: OWNING_AGENCY (the rule) or the supervisor's subject." })
  resolvedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a supervisor resolved it.' })
  resolvedAt!: string | null;
}

export const DataConflictConnection = Connection(DataConflict, 'DataConflict', 'data conflict');

@InputType({ description: 'Conditions on conflicts; all given must hold.' })
@ValidatedBy(z.looseObject({ agencyOri: oriRule().nullish() }).superRefine(timeWindow({ strict: true })))
export class ConflictFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Conflicts involving this agency (ORI): either source, or the owner of the record. Default: your own agency.',
  })
  agencyOri?: string | null;

  @Field(() => ImportRecordType, { nullable: true, description: 'Record type.' })
  recordType?: RecordType | null;

  @Field(() => ConflictStatus, { nullable: true, description: 'Open or resolved.' })
  status?: ConflictStatus | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Detected from this instant (inclusive).' })
  from?: Date | string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Detected before this instant (exclusive).' })
  to?: Date | string | null;
}

@ArgsType()
export class ConflictsArgs extends PageArgs {
  @Field(() => ConflictFilter, { nullable: true, description: 'Conditions; none lists the conflicts of your agency.' })
  filter?: ConflictFilter | null;
}
