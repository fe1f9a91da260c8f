import { Field, ObjectType } from 'type-graphql';
import { LatitudeScalar, LongitudeScalar } from './scalars.js';

@ObjectType({ description: "A place on the map (WGS-84), as stored in the graph's point properties." })
export class GeoPoint {
  @Field(() => LatitudeScalar, { description: 'Latitude in decimal degrees (−90 to 90).' })
  latitude!: number;

  @Field(() => LongitudeScalar, { description: 'Longitude in decimal degrees (−180 to 180).' })
  longitude!: number;
}
