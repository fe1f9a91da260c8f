import { Field, InputType } from 'type-graphql';
import { LicenseType } from '../model/license-type.enum.js';

@InputType({ description: 'Filters of the licensee list; all given filters must hold.' })
export class FflFilter {
  @Field(() => String, { nullable: true, description: 'Only licensees with premises in this two-letter US state.' })
  state?: string | null;

  @Field(() => [LicenseType], { nullable: true, description: 'Only licensees holding one of these license types.' })
  licenseTypes?: LicenseType[] | null;

  @Field(() => LicenseType, { nullable: true, description: 'Only licensees holding this license type (shorthand for licenseTypes with one value).' })
  licenseType?: LicenseType | null;
}
