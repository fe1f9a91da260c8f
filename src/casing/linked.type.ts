import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Agency } from '../model/agency.type.js';
import { Scene } from '../model/scene.type.js';
import { Casing } from '../model/casing.type.js';

@ObjectType({
  description:
    'A casing in the same-gun set of another casing: reached through NIBIN leads (hops = how many), or matched to the same recovered gun by a confirmed hit with its test-fire.',
})
export class LinkedCasing {
  @Field(() => Casing, { description: 'The linked casing (a scene casing, or the test-fire of a recovered gun).' })
  casing!: Casing;

  @Field(() => Int, {
    nullable: true,
    description: 'Fewest leads between the two casings (1 = a direct lead); null when linked only through the recovered gun.',
  })
  hops!: number | null;

  @Field(() => Boolean, { description: 'True when linked only through the recovered gun (FIRED_FROM / TEST_FIRED_FROM the same firearm), not through leads.' })
  throughFirearm!: boolean;

  @Field(() => Boolean, {
    description:
      'True when confirmed hits alone link the two casings (confirmed leads, or a confirmed match to the same recovered gun). ' +
      'False only with includeUnreviewed, when the link needs an UNREVIEWED lead: NIBIN calls that a lead, investigative information until an examiner confirms it, not a hit.',
  })
  confirmed!: boolean;
}

@ObjectType({
  description:
    'A scene where the same gun was fired, as NIBIN links show: one stop in a series, with where and when it sits relative to the others. ' +
    'otherJurisdiction marks the scenes another agency handles: the links no single agency sees.',
})
export class LinkedScene {
  @Field(() => Scene, { description: 'The scene.' })
  scene!: Scene;

  @Field(() => Agency, { nullable: true, description: 'The agency with jurisdiction over the scene.' })
  agency!: Agency | null;

  @Field(() => [String], { description: 'Evidence ids of the linked casings picked up at this scene.' })
  evidenceIds!: string[];

  @Field(() => Float, {
    nullable: true,
    description: 'Great-circle distance in km from the first scene of the series (0 for the first); null when either location is unknown.',
  })
  distanceKm!: number | null;

  @Field(() => Float, { nullable: true, description: 'Days (fractional) since the previous scene of the series; null for the first.' })
  daysSincePrevious!: number | null;

  @Field(() => Boolean, {
    description:
      "True when another agency has jurisdiction than over the starting casing's scene (for a test-fire: than the agency that recovered the gun; the first scene's when no recovery agency is known). " +
      'Cross-jurisdiction links are what no single agency sees on its own.',
  })
  otherJurisdiction!: boolean;

  @Field(() => Boolean, {
    description:
      'True when confirmed hits alone tie a casing of this scene to the starting casing (the starting scene always). ' +
      'False only with includeUnreviewed, for a scene reached through an UNREVIEWED lead: a lead to check, not a confirmed stop of the series (NIBIN).',
  })
  confirmed!: boolean;
}
