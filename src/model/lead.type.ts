import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { DateTimeScalar } from '../common/scalars.js';
import { LeadStatus } from './lead-status.enum.js';

@ObjectType({
  implements: Node,
  description:
    'A NIBIN lead: the NIBIN system correlated two casings from their images and proposes that the same gun fired both. ' +
    'A lead is investigative information; only after an examiner confirms it (status CONFIRMED) is it a confirmed hit. ' +
    'See http://www.nibin.gov/about/program-overview/guidance-for-hit-reporting.html',
})
export class Lead {
  /** Natural key of the row; the API shows it as `<kind>Id`, and `id` is the global id (src/node). */
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When NIBIN produced the correlation.' })
  correlatedAt!: string;

  @Field(() => Int, { description: 'Correlation score, 0–100 (higher means closer images). A ranking aid, not a probability.' })
  score!: number;

  @Field(() => LeadStatus, { description: 'Unreviewed, confirmed by an examiner (a hit) or rejected.' })
  status!: LeadStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When an examiner reviewed the lead; null while unreviewed.' })
  reviewedAt!: string | null;
}
