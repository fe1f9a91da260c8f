import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "How much of a dealer's crime-gun record the traces show: its recovered crime guns are its traced guns plus its share of each " +
    "agency's untraced guns, by the dealer mix of the agency's state (docs/metrics.md). Null fields: no resolved trace, nothing to estimate from.",
})
export class TraceCoverage {
  @Field(() => Int, { description: 'Recovered guns traced to this dealer.' }) tracedGuns!: number;
  @Field(() => Float, { nullable: true, description: 'Estimated recovered crime guns first sold by the dealer, traced or not.' }) estimatedCrimeGuns!:
    number | null;
  @Field(() => Float, { nullable: true, description: '95% interval, low.' }) estimatedCrimeGunsLow!: number | null;
  @Field(() => Float, { nullable: true, description: '95% interval, high.' }) estimatedCrimeGunsHigh!: number | null;
  @Field(() => Float, { nullable: true, description: 'Estimated share of its recovered crime guns that were traced (0-1).' }) traceCoverage!: number | null;
  @Field(() => Float, { nullable: true, description: '95% interval, low.' }) traceCoverageLow!: number | null;
  @Field(() => Float, { nullable: true, description: '95% interval, high.' }) traceCoverageHigh!: number | null;
  @Field(() => Boolean, {
    description: 'UNDER_OBSERVED: estimated coverage below 0.5 on at least 10 estimated crime guns; the score likely understates the dealer.',
  })
  underObserved!: boolean;
  @Field(() => [String], { description: 'UNDER_OBSERVED when flagged.' }) flags!: string[];
  @Field(() => Float, { description: 'Score interval, low: the score as observed.' }) scoreLow!: number;
  @Field(() => Float, {
    description:
      'Score interval, high: the score had every recovered crime gun been traced (trace-count indicators scaled by 1 / coverage, re-scored against peers).',
  })
  scoreHigh!: number;
  @Field(() => Float, { description: 'Share of dealers with a lower observed score (0-1).' }) scorePercentile!: number;
  @Field(() => String, { description: 'HIGH (coverage interval above 0.8), LOW (under-observed or nothing to estimate from), MEDIUM otherwise.' })
  confidence!: string;
}
