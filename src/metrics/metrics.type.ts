import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';

export enum MetricScopeKind {
  AGENCY = 'AGENCY',
  STATE = 'STATE',
  FIELD_DIVISION = 'FIELD_DIVISION',
  NATION = 'NATION',
}
registerEnumType(MetricScopeKind, {
  name: 'MetricScope',
  description:
    'What a set of measures covers: one agency (by ORI), one state (two letters), one ATF field division (its name, e.g. "New York") or every agency (key US).',
});

@ObjectType({ description: 'NIBIN use: how much of what was recovered reached NIBIN.' })
export class NibinUse {
  @Field(() => Int, { description: 'Scene casings recovered (fired cartridge cases).' }) casingsRecovered!: number;
  @Field(() => Int, { description: 'Of those, entered into NIBIN.' }) casingsEntered!: number;
  @Field(() => Float, { nullable: true, description: 'casingsEntered / casingsRecovered.' }) casingEntryShare!: number | null;
  @Field(() => Int, { description: 'Crime guns recovered.' }) gunsRecovered!: number;
  @Field(() => Int, { description: 'Of those, test-fired with the test-fire entered into NIBIN.' }) gunsTestFired!: number;
  @Field(() => Float, { nullable: true, description: 'gunsTestFired / gunsRecovered.' }) testFireShare!: number | null;
  @Field(() => Int, { description: 'Agencies that recovered a gun or casing in the period.' }) agenciesRecovering!: number;
  @Field(() => Int, { description: 'Agencies that entered a casing or test-fire in the period.' }) agenciesEntering!: number;
  @Field(() => [String], {
    description: 'ORIs of agencies that recovered guns or casings but entered nothing (DOJ-IG: about 75% of agencies do not use NIBIN).',
  })
  agenciesEnteringNothing!: string[];
}

@ObjectType({ description: 'A bin of the entry-delay distribution.' })
export class DelayBin {
  @Field(() => Float, { nullable: true, description: 'Upper bound in hours (inclusive); null for the open last bin.' }) upToHours!: number | null;
  @Field(() => Int, { description: 'Casings in the bin.' }) casings!: number;
}

@ObjectType({ description: 'Recovered casings not yet entered, by age.' })
export class BacklogBucket {
  @Field(() => Int, { description: 'Age from, days (inclusive).' }) fromDays!: number;
  @Field(() => Int, { nullable: true, description: 'Age to, days (exclusive); null for the open last bucket.' }) toDays!: number | null;
  @Field(() => Int, { description: 'Casings.' }) casings!: number;
}

@ObjectType({ description: 'Recovery to NIBIN entry (CGIC target: within 24 hours).' })
export class EntryTimeliness {
  @Field(() => Int, { description: 'Casings entered.' }) entered!: number;
  @Field(() => Float, { nullable: true, description: 'Median hours from recovery to entry.' }) medianHours!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile (nearest rank), hours.' }) p90Hours!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share entered within 24 hours.' }) within24hShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share entered within 48 hours.' }) within48hShare!: number | null;
  @Field(() => [DelayBin], { description: 'Distribution: ≤24 h, ≤48 h, ≤7 d, ≤30 d, ≤90 d, more.' }) histogram!: DelayBin[];
  @Field(() => [BacklogBucket], { description: 'Recovered and not entered, by age as of the latest instant in the data.' }) backlog!: BacklogBucket[];
  @Field(() => Int, { description: 'All recovered casings not entered.' }) backlogTotal!: number;
}

@ObjectType({ description: 'NIBIN lead turnaround: entry -> correlation -> examiner review -> referral (target: leads to investigators within 24-48 hours).' })
export class LeadTurnaround {
  @Field(() => Int) leads!: number;
  @Field(() => Int, { description: 'Confirmed by an examiner (hits).' }) confirmed!: number;
  @Field(() => Float, { nullable: true, description: 'Median hours from the later entry of the two casings to the correlation.' })
  medianEntryToCorrelationHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median hours from correlation to review.' }) medianCorrelationToReviewHours!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile, correlation to review, hours.' }) p90CorrelationToReviewHours!: number | null;
  @Field(() => Int, { description: 'Leads reviewed.' }) reviewed!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of leads reviewed within 48 hours of correlation, over the leads reviewed and those still unreviewed 48 hours after correlation.',
  })
  reviewedWithin48hShare!: number | null;
  @Field(() => Int, { description: 'Leads referred to investigators (when the lead cycle records referrals).' }) referred!: number;
  @Field(() => Float, { nullable: true, description: 'Median hours from review to referral.' }) medianReviewToReferralHours!: number | null;
}

@ObjectType({ description: 'Trace requests by outcome.' })
export class TraceOutcomeCount {
  @Field(() => String) outcome!: string;
  @Field(() => Int) traces!: number;
}

@ObjectType({ description: 'Crime-gun tracing (eTrace goal: trace completed within 7 days).' })
export class TracingMetrics {
  @Field(() => Int) gunsRecovered!: number;
  @Field(() => Int, { description: 'Recovered guns with a trace request.' }) gunsTraced!: number;
  @Field(() => Float, { nullable: true, description: 'gunsTraced / gunsRecovered.' }) tracedShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median days from recovery to the trace request.' }) medianRequestDelayDays!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile, recovery to request, days.' }) p90RequestDelayDays!: number | null;
  @Field(() => Int, { description: 'Traces completed (any final outcome).' }) completed!: number;
  @Field(() => Float, { nullable: true, description: 'Median days from request to completion.' }) medianCompletionDays!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of completed traces completed within 7 days.' }) completedWithin7DaysShare!: number | null;
  @Field(() => [TraceOutcomeCount]) outcomes!: TraceOutcomeCount[];
  @Field(() => Int, { description: 'Trace requests sent to a dealer.' }) dealerRequests!: number;
  @Field(() => Float, { nullable: true, description: 'Median hours for the dealer to answer.' }) medianDealerResponseHours!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Share of dealer requests answered within 24 hours, over the requests whose 24 hours have run (answered, or unanswered after 24 h); null when none has.',
  })
  dealerWithin24hShare!: number | null;
  @Field(() => Int, {
    description:
      "Dealer requests with no answer at all, 24 hours or more after the dealer was asked. An answer later than 24 hours is not counted here but against dealerWithin24hShare (dealer risk's UNANSWERED_TRACE_* indicators count both).",
  })
  dealerUnanswered!: number;
}

@ObjectType({
  description:
    'The cost of late entry: shootings of confirmed series that could have been linked earlier had casings been entered within 24 hours (method: docs/metrics.md).',
})
export class LateEntryCost {
  @Field(() => Int, { description: 'Scene casings entered more than 24 hours after recovery.' }) lateCasings!: number;
  @Field(() => Int, { description: 'Late casings whose lateness delayed a confirmed series link.' }) costlyCasings!: number;
  @Field(() => Int, { description: 'Distinct shootings that happened after a lead could have existed and before it could given the actual entry.' })
  shootingsLinkableEarlier!: number;
  @Field(() => Int, { description: 'Confirmed series affected.' }) seriesAffected!: number;
  @Field(() => [ID], { description: 'Those shootings (scene ids).' }) sceneIds!: string[];
}

@ObjectType({ description: 'Confirmed series that tie this evidence to other agencies.' })
export class CrossJurisdiction {
  @Field(() => Int, { description: 'Confirmed series with evidence of more than one agency.' }) series!: number;
  @Field(() => [String], { description: 'The other agencies (ORIs).' }) otherAgencies!: string[];
}

@ObjectType({ description: 'Every measure of one agency, state or the nation over a period. Read from cells the analysis job stores.' })
export class AgencyMetrics {
  @Field(() => MetricScopeKind) scope!: MetricScopeKind;
  @Field(() => String, { description: 'ORI, state code, field division name or US.' }) key!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) state!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "ATF field division: the agency's (from its state and, in a split state, the county of its scenes), or the division itself.",
  })
  fieldDivision!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why the field-division grouping may be wrong here: an agency or state whose division the mapping is known to split wrongly (Indiana, Texas), or a division whose figures include or miss such agencies; null otherwise.',
  })
  fieldDivisionCaveat!: string | null;
  @Field(() => Float, { nullable: true, description: 'Agency: mean latitude of its scenes (for maps).' }) latitude!: number | null;
  @Field(() => Float, { nullable: true, description: 'Agency: mean longitude of its scenes.' }) longitude!: number | null;
  @Field(() => String, { description: 'ALL, a year (YYYY), a month (YYYY-MM) or a range of months (YYYY-MM..YYYY-MM).' }) period!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the analysis job computed it (null: no data for the period).' }) computedAt!: string | null;
  @Field(() => NibinUse) nibin!: NibinUse;
  @Field(() => EntryTimeliness) timeliness!: EntryTimeliness;
  @Field(() => LeadTurnaround) leads!: LeadTurnaround;
  @Field(() => TracingMetrics) tracing!: TracingMetrics;
  @Field(() => LateEntryCost) lateEntry!: LateEntryCost;
  @Field(() => CrossJurisdiction) crossJurisdiction!: CrossJurisdiction;
  /** Not a field: the stored peer comparison the `peers` field resolver returns. */
  storedPeers?: PeerComparison[];
}

@ObjectType({ description: 'How an agency compares with its peers (same state, and all agencies) for a stored period.' })
export class PeerComparison {
  @Field(() => String, { description: 'Peer group: the state, the ATF field division ("<name> Field Division"), or "all agencies".' }) group!: string;
  @Field(() => Int, { description: 'Peers with a value.' }) peers!: number;
  @Field(() => String, { description: 'The measure compared.' }) measure!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median of the peers.' }) peerMedian!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of peers this agency does better than (0-1).' }) betterThanShare!: number | null;
}
