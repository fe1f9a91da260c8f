import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { nonEmptyList, stateRule } from '../common/arg-rules.js';
import { ValidatedBy } from '../common/validate-args.js';
import { LicenseType } from '../model/license-type.enum.js';

@InputType({ description: 'Filters of the licensee list; all given filters must hold.' })
@ValidatedBy(z.object({ state: stateRule().nullish(), licenseTypes: nonEmptyList('license type').nullish() }))
export class FflFilter {
  @Field(() => String, { nullable: true, description: 'Only licensees with premises in this two-letter US state.' })
  state?: string | null;

  @Field(() => [LicenseType], { nullable: true, description: 'Only licensees holding one of these license types.' })
  licenseTypes?: LicenseType[] | null;

  @Field(() => LicenseType, { nullable: true, description: 'Only licensees holding this license type (shorthand for licenseTypes with one value).' })
  licenseType?: LicenseType | null;
}
