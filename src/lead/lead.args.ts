import { ArgsType, Field } from 'type-graphql';
import { z } from 'zod';
import { intRule, oriRule, timeWindow } from '../common/arg-rules.js';
import { DateTimeScalar, NonEmptyStringScalar } from '../common/scalars.js';
import { ValidatedBy } from '../common/validate-args.js';
import { LEAD_TARGET_HOURS } from './lead-workflow.rules.js';

/** Longest due time a referral may be given: a week (the target is 24–48 h; longer is a decision on record). */
export const MAX_DUE_HOURS = 168;

/** The rule of referLead's `dueInHours`. */
export const dueInHoursRule = () => intRule(1, MAX_DUE_HOURS, `a whole number of hours (target: ${LEAD_TARGET_HOURS})`);

/**
 * The time window of the triage queries: `to` defaults to now, so a `from` given alone must be in
 * the past; `from` must be before `to`. Reported on `to`.
 */
const window = timeWindow({ strict: true, toDefaultsToNow: true, message: 'must be after from' });

@ArgsType()
@ValidatedBy(z.looseObject({ agencyOri: oriRule().nullish() }).superRefine(window))
export class LeadTriageArgs {
  @Field(() => NonEmptyStringScalar, { nullable: true, description: 'Only leads whose series has a scene of this agency.' })
  agencyOri?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Correlated at or after (default: 30 days before `to`).' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Correlated at or before (default: now).' })
  to?: Date | null;
}

@ArgsType()
@ValidatedBy(z.looseObject({ agencyOri: oriRule() }).superRefine(window))
export class DailyBriefArgs {
  @Field(() => NonEmptyStringScalar, { description: 'The agency (ORI).' })
  agencyOri!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Window start (default: 24 h before `to`).' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Window end, exclusive (default: now).' })
  to?: Date | null;
}
