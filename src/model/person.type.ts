import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { PersonalData } from '../auth/personal-data.js';
import { LocalDateScalar } from '../common/scalars.js';

/**
 * A person in the graph: a purchaser, a possessor at recovery, or an associate. Names, date of
 * birth and address are personal data (@PersonalData: null for roles that may not see them,
 * audited for the others). Purchases, recoveries and associates are field resolvers in
 * person.resolver.ts; network membership and straw-purchase indicators come from src/network/network.resolver.ts.
 */
@ObjectType({
  implements: Node,
  description:
    'A person: a purchaser at a licensed dealer, a possessor when a gun was recovered, or a known associate. ' +
    'Names, date of birth and address are personal data: null for callers whose role may not see them, and every read is audited.',
})
export class Person {
  /** Natural key of the row; the API shows it as `<kind>Id`, and `id` is the global id (src/node). */
  id!: string;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'First name. Personal data: null unless the caller may see personal data.' })
  firstName!: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Last name. Personal data: null unless the caller may see personal data.' })
  lastName!: string | null;

  @PersonalData()
  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth. Personal data: null unless the caller may see personal data.' })
  dateOfBirth!: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Street address of residence. Personal data: null unless the caller may see personal data.' })
  address!: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'City of residence. Personal data: null unless the caller may see personal data.' })
  city!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Two-letter US state of residence (not personal data on its own: out-of-state purchasers are a trafficking signal).',
  })
  state!: string | null;
}
