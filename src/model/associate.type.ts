import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars.js';
import { Person } from './person.type.js';

@ObjectType({ description: 'A known associate of a person, and where the association comes from.' })
export class Associate {
  @Field(() => Person, { description: 'The associate.' })
  person!: Person;

  @Field(() => String, { nullable: true, description: 'Where the association is recorded (e.g. co-arrest, field interview, shared address).' })
  source!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Since when the association is known.' })
  since!: string | null;
}
