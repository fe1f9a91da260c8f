import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { DateTimeScalar } from '../common/scalars.js';
import { TraceOutcome } from './trace-outcome.enum.js';

@ObjectType({
  implements: Node,
  description:
    "An ATF firearm trace: an agency asks ATF's National Tracing Center to follow a recovered gun from its maker or importer " +
    'through distributors to the retail dealer and the first retail purchaser.',
})
export class Trace {
  /** Natural key of the row; the API shows it as `<kind>Id`, and `id` is the global id (src/node). */
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When the agency requested the trace.' })
  requestedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When ATF completed the trace; null while pending.' })
  completedAt!: string | null;

  @Field(() => TraceOutcome, { description: 'How the trace ended (or PENDING).' })
  outcome!: TraceOutcome;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When ATF asked the retail dealer for its records.' })
  dealerRequestedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the dealer answered; slow or missing answers are a dealer-risk signal.' })
  dealerRespondedAt!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Time-to-crime as ATF reported it on this trace: days from first retail sale to recovery; null when no sale was found.',
  })
  timeToCrimeDays!: number | null;
}
