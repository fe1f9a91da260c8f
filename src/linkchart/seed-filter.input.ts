import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { intRule, stateRule } from '../common/arg-rules.js';
import { ValidatedBy } from '../common/validate-args.js';
import { CHART_LIMITS } from './chart-limits.js';

/** Kinds that carry an indexed `state` (cypher/migrations 027, 029, 033, 037). */
export enum SeedFilterKind {
  FFL = 'Ffl',
  PERSON = 'Person',
  RECOVERY = 'Recovery',
  AGENCY = 'Agency',
}

registerEnumType(SeedFilterKind, { name: 'SeedFilterKind', description: 'Kinds of node a seed filter can pick by state.' });

@InputType({ description: 'Picks the seeds of a chart instead of naming them: nodes of one kind in one state (dealers riskiest first).' })
@ValidatedBy(z.looseObject({ state: stateRule(), maxSeeds: intRule(1, CHART_LIMITS.maxSeeds).nullish() }))
export class SeedFilter {
  @Field(() => String, { description: 'Two-letter US state, e.g. GA.' })
  state!: string;

  @Field(() => SeedFilterKind, { defaultValue: SeedFilterKind.FFL, description: 'Kind of the seeds (default: dealers).' })
  kind!: SeedFilterKind;

  @Field(() => Int, { defaultValue: 10, description: 'How many seeds at most (1 to 50).' })
  maxSeeds!: number;
}
