import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { GeoPoint } from '../common/geo-point.type.js';
import { LicenseType } from './license-type.enum.js';

/**
 * A federal firearms licensee (FFL): the licensed dealer, pawnbroker, manufacturer or importer.
 * Field resolvers for sales and traced firearms live in ffl.resolver.ts; dealer risk
 * adds its own `@Resolver(() => Ffl)` class.
 */
@ObjectType({
  implements: Node,
  description:
    'A federal firearms licensee (FFL): a business licensed by ATF to deal in, make or import firearms. ' +
    'A trace of a crime gun ends at the retail FFL that first sold it; dealers with many traced guns and short time-to-crime are a trafficking signal.',
})
export class Ffl {
  @Field(() => ID, { description: 'ATF license number, X-XX-XXX-XX-XY-XXXXX (region-district-county-type-expiry-sequence). Natural key.' })
  license!: string;

  @Field(() => String, { description: 'Business name on the license.' })
  name!: string;

  @Field(() => LicenseType, { description: 'What the license allows (dealer, pawnbroker, manufacturer, importer...).' })
  licenseType!: LicenseType;

  @Field(() => String, { nullable: true, description: 'Street address of the licensed premises (a business address, not personal data).' })
  premisesAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'City of the licensed premises.' })
  city!: string | null;

  @Field(() => String, { description: 'Two-letter US state of the licensed premises.' })
  state!: string;

  @Field(() => GeoPoint, { nullable: true, description: 'Location of the licensed premises.' })
  location!: GeoPoint | null;
}
