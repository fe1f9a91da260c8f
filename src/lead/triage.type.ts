import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { Connection } from '../pagination/connection.type.js';
import { TRIAGE_FACTORS } from './triage-config.js';
import { Lead } from '../model/lead.type.js';

export enum TriageFactorKind {
  RECENCY = 'RECENCY',
  VIOLENCE = 'VIOLENCE',
  SCENES = 'SCENES',
  JURISDICTIONS = 'JURISDICTIONS',
  KNOWN_GUN = 'KNOWN_GUN',
  KNOWN_SUSPECT = 'KNOWN_SUSPECT',
  PROXIMITY = 'PROXIMITY',
}
registerEnumType(TriageFactorKind, { name: 'TriageFactor', description: `A factor of the GETS-style triage score (${TRIAGE_FACTORS.join(', ')}).` });

@ObjectType({ description: "One factor of a lead's triage score: its value (0–1), its weight (config/lead-triage-weights.json), the points it adds and why." })
export class TriageFactorScore {
  @Field(() => TriageFactorKind, { description: 'The factor.' })
  factor!: TriageFactorKind;

  @Field(() => Float, { description: 'Value, 0–1.' })
  value!: number;

  @Field(() => Float, { description: 'Weight from the configuration.' })
  weight!: number;

  @Field(() => Float, { description: 'Points added to the 0–100 score: 100 × weight × value / sum of weights.' })
  points!: number;

  @Field(() => String, { description: 'What the value rests on, in words.' })
  why!: string;
}

@ObjectType({ description: 'An open lead with its rank and the explained score it ranks by.' })
export class TriagedLead {
  @Field(() => Int, { description: 'Rank (1 = work first) among the open leads of the window.' })
  rank!: number;

  @Field(() => Float, { description: "Score 0–100: the sum of the factors' points." })
  score!: number;

  @Field(() => [TriageFactorScore], { description: 'Every factor, with its weight and points.' })
  factors!: TriageFactorScore[];

  @Field(() => Lead, { description: 'The lead.' })
  lead!: Lead;
}

export const TriagedLeadConnection = Connection(TriagedLead, 'TriagedLead', 'ranked lead');

@ObjectType({ description: 'What happened for one agency in a time window: the CGIC morning read.' })
export class DailyBrief {
  @Field(() => String, { description: 'The agency (ORI).' })
  agencyOri!: string;

  @Field(() => DateTimeScalar, { description: 'Window start (inclusive).' })
  from!: string;

  @Field(() => DateTimeScalar, { description: 'Window end (exclusive).' })
  to!: string;

  @Field(() => Int, { description: 'Guns the agency recovered in the window.' })
  gunsRecovered!: number;

  @Field(() => Int, { description: 'Casings entered into NIBIN in the window (scene casings of the agency and test-fires of guns it recovered).' })
  casingsEntered!: number;

  @Field(() => Int, { description: 'Of those, entered more than 24 h after recovery (the CGIC entry target).' })
  casingsEnteredLate!: number;

  @Field(() => Int, { description: "Leads correlated in the window on the agency's casings." })
  newLeadCount!: number;

  @Field(() => [Lead], { description: 'Those leads, newest first (at most 100).' })
  newLeads!: Lead[];

  @Field(() => Int, { description: 'Hits confirmed in the window touching the agency.' })
  newHitCount!: number;

  @Field(() => [Lead], { description: 'Those hits, newest first (at most 100).' })
  newHits!: Lead[];

  @Field(() => [Lead], { description: 'Of the new hits, those that also touch another agency: links no single agency sees (at most 100).' })
  crossAgencyHits!: Lead[];

  @Field(() => Int, { description: "Referrals on the agency's leads past their due time with no outcome (at any time, not only in the window)." })
  overdueReferralCount!: number;

  @Field(() => [Lead], { description: 'Those referrals, most overdue first (at most 100).' })
  overdueReferrals!: Lead[];
}
