import { ArgsType, Field } from 'type-graphql';
import { z } from 'zod';
import { oriRule } from '../common/arg-rules.js';
import { ValidatedBy } from '../common/validate-args.js';
import { monthWindow } from '../metrics/metrics-args.js';

/** agencyReport's arguments: an ORI and a month range (the metrics' rule: YYYY-MM, `from` not after `to`). */
@ArgsType()
@ValidatedBy(monthWindow())
@ValidatedBy(z.looseObject({ ori: oriRule() }))
export class AgencyReportArgs {
  @Field(() => String)
  ori!: string;

  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;
}
