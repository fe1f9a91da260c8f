import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { GeoPoint } from '../common/geo-point.type.js';
import { DateTimeScalar } from '../common/scalars.js';
import { SceneKind } from './scene-kind.enum.js';

@ObjectType({
  implements: Node,
  description:
    "A crime scene or recovery location: an incident with a time and a place, under one agency's jurisdiction. " +
    'Casings picked up here are entered into NIBIN, which links this scene to others where the same gun was fired.',
})
export class Scene {
  /** Natural key of the row; the API shows it as `<kind>Id`, and `id` is the global id (src/node). */
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When the incident happened (UTC).' })
  occurredAt!: string;

  @Field(() => SceneKind, { description: 'What happened: homicide, non-fatal shooting, shots fired or recovery only.' })
  kind!: SceneKind;

  @Field(() => String, { nullable: true, description: "Street address or block of the incident (a place, not a person's home)." })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'Two-letter US state.' })
  state!: string | null;

  @Field(() => GeoPoint, { nullable: true, description: 'Where it happened (WGS-84).' })
  location!: GeoPoint | null;
}
