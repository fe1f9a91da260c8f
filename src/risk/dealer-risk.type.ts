import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { stateRule, timeWindow } from '../common/arg-rules.js';
import { DateTimeScalar, LocalDateScalar } from '../common/scalars.js';
import { ValidatedBy } from '../common/validate-args.js';
import { LicenseType } from '../model/license-type.enum.js';
import { Connection } from '../pagination/connection.type.js';
import { RISK_INDICATORS, type RiskIndicatorKey as Key } from './risk-indicator.catalog.js';

/** The indicator keys as a GraphQL enum (values as in the catalog and config/risk-weights.json). */
export const RiskIndicatorKey = Object.fromEntries(RISK_INDICATORS.map((d) => [d.key, d.key])) as { [K in Key]: K };
registerEnumType(RiskIndicatorKey, {
  name: 'RiskIndicatorKey',
  description: 'A dealer-risk indicator. Each value names its rule; `RiskIndicator.rule` and `.source` say where it comes from.',
  valuesConfig: Object.fromEntries(RISK_INDICATORS.map((d) => [d.key, { description: `${d.label}. ${d.rule}` }])),
});

@ObjectType({ description: 'One line of a dealer risk score: what was measured, how it compares with peers, and what it adds to the score.' })
export class RiskIndicator {
  @Field(() => RiskIndicatorKey, { description: 'Which indicator.' })
  key!: Key;

  @Field(() => String, { description: 'Human-readable name.' })
  label!: string;

  @Field(() => String, { description: 'The rule or study the indicator implements.' })
  rule!: string;

  @Field(() => String, { description: 'Where the rule comes from.' })
  source!: string;

  @Field(() => String, { description: 'VOLUME (grows with the business) or CONDUCT (a rate or share, independent of size).' })
  kind!: string;

  @Field(() => Float, { nullable: true, description: "The dealer's value; null when there is too little evidence to compute it (then it adds nothing)." })
  value!: number | null;

  @Field(() => String, { description: 'The value explained, e.g. the counts it comes from.' })
  detail!: string;

  @Field(() => Float, { description: 'Share (0–1) of the compared peers this dealer is riskier than on this indicator.' })
  percentile!: number;

  @Field(() => Float, {
    description:
      'What the score counts for this indicator (0–1): the percentile for counts and rates; for a share, the probability that the dealer’s true share is above the pooled share of all dealers (beta posterior of the shrinkage), 0 when it showed none.',
  })
  standing!: number;

  @Field(() => String, {
    description:
      'The peers compared with: same state and license type ("NY · 01"), widened to "all states · 01" or "all dealers" when fewer than the configured minimum have a value.',
  })
  peerGroup!: string;

  @Field(() => Int, { description: 'Dealers of the peer group with a value for this indicator.' })
  peerCount!: number;

  @Field(() => Float, {
    description:
      "Weight from config/risk-weights.json; for an indicator computed only over recorded sales, times the dealer's record coverage (1 - its no-record share).",
  })
  weight!: number;

  @Field(() => Float, {
    description: 'Points this indicator adds to the score: 100 × weight × standing / sum of weights. The contributions add up to the score.',
  })
  contribution!: number;
}

@ObjectType({
  description: "A dealer's risk score from the last analysis run, with its full breakdown. Read from stored results, never recomputed per request.",
})
export class DealerRisk {
  @Field(() => ID, { description: "The dealer's license number." })
  license!: string;

  @Field(() => String, { nullable: true, description: 'Business name.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'State of the licensed premises.' })
  state!: string | null;

  @Field(() => String, {
    name: 'fieldDivision',
    nullable: true,
    description: "ATF field division of the licensed premises (in Florida, California and Texas by the premises' county).",
  })
  division?: string | null;

  @Field(() => LicenseType, { nullable: true, description: 'License type.' })
  licenseType!: LicenseType | null;

  @Field(() => Float, { description: 'Risk score 0–100: the sum of the indicator contributions.' })
  score!: number;

  @Field(() => Int, { description: 'Rank among all dealers (1 = highest risk) in the last run.' })
  rank!: number;

  @Field(() => DateTimeScalar, { description: 'When the analysis job computed this score.' })
  computedAt!: string;

  @Field(() => String, { description: "The dealer's peer group (same state and license type, widened when it has too few dealers)." })
  peerGroup!: string;

  @Field(() => Int, { description: 'Dealers in the peer group.' })
  peerCount!: number;

  @Field(() => Int, { description: 'Crime-gun traces resolved to this dealer.' })
  traces!: number;

  @Field(() => [Int], { description: 'Calendar years in which the dealer crossed the ATF Demand Letter 2 threshold.' })
  demandLetter2Years!: number[];
}

@InputType({ description: 'Filters for highRiskDealers; all given filters must hold.' })
@ValidatedBy(z.looseObject({ state: stateRule().nullish() }).superRefine(timeWindow()))
export class HighRiskDealerFilter {
  @Field(() => String, { nullable: true, description: 'Two-letter state of the dealer.' })
  state?: string | null;

  @Field(() => LicenseType, { nullable: true, description: 'License type.' })
  licenseType?: LicenseType | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only dealers with a crime-gun trace requested on or after this date (the score itself covers all the data).',
  })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only dealers with a crime-gun trace requested on or before this date.' })
  to?: string | null;
}

@ObjectType({ description: "A crime-gun trace behind a dealer's risk score, with the flags saying which indicators it counts toward." })
export class RiskEvidence {
  @Field(() => ID, { description: 'Trace id.' })
  traceId!: string;

  @Field(() => DateTimeScalar, { description: 'When the trace was requested.' })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: 'Trace outcome.' })
  outcome!: string | null;

  @Field(() => ID, { nullable: true, description: 'The traced firearm.' })
  firearmId!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Retail sale date.' })
  soldOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Recovery date.' })
  recoveredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'State where the gun was recovered.' })
  recoveredState!: string | null;

  @Field(() => Int, { nullable: true, description: 'Time-to-crime in days (sale to recovery), when the trace completed.' })
  timeToCrimeDays!: number | null;

  @Field(() => ID, { nullable: true, description: 'Purchaser person id (names: query the person; personal data rules apply).' })
  purchaserId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Possessor person id at recovery.' })
  possessorId!: string | null;

  @Field(() => [String], {
    description:
      'Indicators this trace counts toward: TTC_UNDER_3Y, TTC_UNDER_1Y, TTC_3Y_OR_LESS, OUT_OF_STATE, NON_PURCHASER_POSSESSOR, MULTIPLE_SALE, OBLITERATED_SERIAL, NIBIN_LINKED, UNANSWERED_24H, NO_RECORD (no sale record or no purchaser given), LOSS_REPORTED_AFTER_TRACE (a NO_RECORD gun the dealer reported stolen or lost only after the trace asked), REPEAT_PURCHASER (its purchaser has another gun from this dealer also found with someone else within 3 years), SOLD_AFTER_THEFT_REPORT (the dealer sold it after someone else had reported it stolen), ' +
      'REPORTED_STOLEN_OR_LOST (no sale record or no purchaser, but reported stolen or lost before the trace asked, 27 CFR 478.39a: not counted as NO_RECORD).',
  })
  flags!: string[];
}

export const DealerRiskConnection = Connection(DealerRisk, 'DealerRisk', 'dealer risk score');
export const RiskEvidenceConnection = Connection(RiskEvidence, 'RiskEvidence', 'trace of evidence', 'traces of evidence');
