import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { nonEmptyList } from '../common/arg-rules.js';
import { ValidatedBy } from '../common/validate-args.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { FirearmKind } from '../model/firearm-kind.enum.js';

@InputType({ description: 'Filters of the firearm list; all given filters must hold.' })
@ValidatedBy(z.object({ kinds: nonEmptyList('kind').nullish() }))
export class FirearmFilter {
  @Field(() => NonEmptyStringScalar, { nullable: true, description: 'Only guns of this caliber (exact).' })
  caliber?: string | null;

  @Field(() => NonEmptyStringScalar, { nullable: true, description: 'Only guns of this make (exact).' })
  make?: string | null;

  @Field(() => [FirearmKind], { nullable: true, description: 'Only guns of these kinds.' })
  kinds?: FirearmKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only guns with an obliterated serial; false: only guns with a readable one.' })
  serialObliterated?: boolean | null;
}
