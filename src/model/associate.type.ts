import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars.js';
import { Person } from './person.type.js';

@ObjectType({ description: 'One association record on file between two people: who it names first, where it comes from, since when.' })
export class AssociationRecord {
  @Field(() => String, { description: 'The person the record names first (its `fromPersonId`); the key of its provenance is `from>to`.' })
  fromPersonId!: string;

  @Field(() => String, { description: 'The person the record names second (its `toPersonId`).' })
  toPersonId!: string;

  @Field(() => String, { nullable: true, description: 'Where the association is recorded (e.g. co-arrest, field interview, shared address).' })
  source!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Since when the association is known.' })
  since!: string | null;
}

@ObjectType({ description: 'A known associate of a person, and where the association comes from.' })
export class Associate {
  @Field(() => Person, { description: 'The associate.' })
  person!: Person;

  @Field(() => String, { nullable: true, description: "Where the association is recorded: the earliest record's source (every record in `records`)." })
  source!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Since when the association is known: the earliest record (every record in `records`).' })
  since!: string | null;

  @Field(() => [AssociationRecord], {
    description:
      'Every association record on file between the two people, earliest first: at most two, one per direction (a record naming the same pair the same way again updates it, or is kept as a conflict).',
  })
  records!: AssociationRecord[];
}
