import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { Connection } from '../pagination/connection.type.js';

export enum CandidateStatus {
  OPEN = 'OPEN',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}
registerEnumType(CandidateStatus, {
  name: 'CandidateStatus',
  description: 'Where a candidate pair stands: OPEN (proposed), CONFIRMED (linked SAME_AS by an analyst), REJECTED (two different people).',
});

export enum MatchFactor {
  LAST_NAME = 'LAST_NAME',
  FIRST_NAME = 'FIRST_NAME',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  ADDRESS = 'ADDRESS',
  SHARED_NEIGHBOURS = 'SHARED_NEIGHBOURS',
}
registerEnumType(MatchFactor, { name: 'MatchFactor', description: 'One piece of evidence that two person records are the same person.' });

@ObjectType({ description: "How one factor contributed to a candidate pair's score." })
export class MatchReason {
  @Field(() => MatchFactor, { description: 'The factor.' })
  factor!: MatchFactor;

  @Field(() => Float, {
    description: 'How well the two records agree on it, 0–1 (Jaro-Winkler / double metaphone for names; date-of-birth rules; address; shared neighbours).',
  })
  similarity!: number;

  @Field(() => Float, {
    description: 'Its weight in the score (attribute weights renormalised over the factors both records have; neighbours are a bonus of at most 0.15).',
  })
  weight!: number;

  @Field(() => Float, { description: 'similarity × weight: what it added to the score.' })
  contribution!: number;

  @Field(() => String, { description: 'In words, without personal data ("day and month swapped", "shared guns 1, associates 0, dealers 1").' })
  detail!: string;
}

@ObjectType({ description: 'Two person records that may be one person, with an explainable score, for an analyst to confirm or reject.' })
export class DuplicateCandidate {
  @Field(() => ID, { description: 'Candidate id (`DC-…`), stable for the same two records.' })
  id!: string;

  @Field(() => Float, { description: 'Sum of the contributions, 0–1.' })
  score!: number;

  @Field(() => CandidateStatus, { description: 'OPEN, CONFIRMED or REJECTED.' })
  status!: CandidateStatus;

  @Field(() => [MatchReason], { description: 'One entry per factor.' })
  reasons!: MatchReason[];

  personA!: string;
  personB!: string;

  @Field(() => String, { nullable: true, description: 'Who decided (token subject); null while OPEN.' })
  decidedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was decided.' })
  decidedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The resolution run that last proposed it.' })
  computedAt!: string | null;
}

export const DuplicateCandidateConnection = Connection(DuplicateCandidate, 'DuplicateCandidate', 'candidate pair');
