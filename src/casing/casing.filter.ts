import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { timeWindow } from '../common/arg-rules.js';
import { ValidatedBy } from '../common/validate-args.js';
import { DateTimeScalar, NonEmptyStringScalar } from '../common/scalars.js';

@InputType({ description: 'Filters of the casing list; all given filters must hold.' })
@ValidatedBy(z.looseObject({}).superRefine(timeWindow()))
export class CasingFilter {
  @Field(() => NonEmptyStringScalar, { nullable: true, description: 'Only casings of this caliber (exact, e.g. "9mm Luger").' })
  caliber?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only casings collected at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only casings collected at or before this instant.' })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only test-fires; false: only scene casings.' })
  testFire?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only casings entered into NIBIN; false: only casings not (yet) entered.' })
  inNibin?: boolean | null;
}
