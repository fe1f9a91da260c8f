import { Field, Float, InputType } from 'type-graphql';
import { z } from 'zod';
import { nonEmptyList, oriRule, timeWindow } from '../common/arg-rules.js';
import { ValidatedBy } from '../common/validate-args.js';
import { DateTimeScalar, LatitudeScalar, LongitudeScalar } from '../common/scalars.js';
import { SceneKind } from '../model/scene-kind.enum.js';

/** Largest search radius: a metro area. Wider searches belong to analytics, not a map page. */
export const MAX_RADIUS_KM = 250;

@InputType({ description: 'A circle on the map: scenes whose location lies within radiusKm of the point.' })
@ValidatedBy(
  z.object({
    radiusKm: z.number().refine((r) => r > 0 && r <= MAX_RADIUS_KM, { error: `must be more than 0 and at most ${MAX_RADIUS_KM} km` }),
  }),
)
export class NearInput {
  @Field(() => LatitudeScalar, { description: 'Latitude of the centre (WGS-84).' })
  latitude!: number;

  @Field(() => LongitudeScalar, { description: 'Longitude of the centre (WGS-84).' })
  longitude!: number;

  @Field(() => Float, { description: `Radius in kilometres, more than 0 and at most ${MAX_RADIUS_KM}.` })
  radiusKm!: number;
}

@InputType({ description: 'Filters of the scene list; all given filters must hold.' })
@ValidatedBy(z.looseObject({ agencyOri: oriRule().nullish(), kinds: nonEmptyList('kind').nullish() }).superRefine(timeWindow()))
export class SceneFilter {
  @Field(() => String, { nullable: true, description: "Only scenes under this agency's jurisdiction (ORI)." })
  agencyOri?: string | null;

  @Field(() => [SceneKind], { nullable: true, description: 'Only scenes of these kinds.' })
  kinds?: SceneKind[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only scenes that occurred at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only scenes that occurred at or before this instant.' })
  to?: Date | null;

  @Field(() => NearInput, { nullable: true, description: 'Only scenes within a radius of a point.' })
  near?: NearInput | null;
}
