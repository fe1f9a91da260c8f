import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar } from '../common/scalars.js';
import type { TheftKind as TheftKindValue } from '../import/record.types.js';
import { TheftKind } from './theft-kind.enum.js';

@ObjectType({
  description:
    'A theft or loss report of one firearm, by a police agency (a burglary report), by the licensee (FFL theft/loss report) or both. ' +
    'A gun reported stolen before it was recovered in crime was most likely not diverted by its buyer.',
})
export class TheftReport {
  @Field(() => ID, { description: 'Report id. Natural key.' })
  id!: string;

  @Field(() => TheftKind, { description: 'What happened.' })
  kind!: TheftKindValue;

  @Field(() => LocalDateScalar, { description: 'The day of the theft or loss (or when it was discovered).' })
  occurredOn!: string;

  @Field(() => DateTimeScalar, { description: 'When it was reported.' })
  reportedAt!: string;
}

/** A report as the statements return it: the node plus the keys of its reporters. */
export interface TheftReportRow extends TheftReport {
  reportingAgencyOri: string | null;
  reportingFflLicense: string | null;
  firearmId: string | null;
}
