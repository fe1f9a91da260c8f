import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { GeoPoint } from '../common/geo-point.type.js';
import { LocalDateScalar } from '../common/scalars.js';

@ObjectType({
  implements: Node,
  description:
    'A recovery: police took a firearm into custody (at a crime scene, in an arrest, as found property). ' +
    'Each recovery can be traced; the time from first retail sale to recovery is the time-to-crime.',
})
export class Recovery {
  /** Natural key of the row; the API shows it as `<kind>Id`, and `id` is the global id (src/node). */
  id!: string;

  @Field(() => LocalDateScalar, { description: 'Date of recovery.' })
  recoveredOn!: string;

  @Field(() => String, { nullable: true, description: 'Where it was recovered (address or block).' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'City of recovery.' })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'Two-letter US state of recovery.' })
  state!: string | null;

  @Field(() => GeoPoint, { nullable: true, description: 'Where it was recovered (WGS-84).' })
  location!: GeoPoint | null;
}
