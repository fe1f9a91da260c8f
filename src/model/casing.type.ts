import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { DateTimeScalar } from '../common/scalars.js';

@ObjectType({
  implements: Node,
  description:
    'A fired cartridge casing: evidence picked up at a scene, or a test-fire made in the lab from a recovered gun. ' +
    'NIBIN compares the marks a gun leaves on casings; correlations become leads, and confirmed leads tie scenes (and guns) together.',
})
export class Casing {
  @Field(() => ID, { description: 'Evidence id (lab or property-room number). Natural key.' })
  evidenceId!: string;

  @Field(() => String, { nullable: true, description: 'Caliber, e.g. 9mm Luger, .40 S&W, .45 Auto.' })
  caliber!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the casing was collected (at the scene, or when the test-fire was made).' })
  recoveredAt!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was entered into NIBIN; null when not (yet) entered. ATF asks for entry within 2 business days.',
  })
  submittedToNibinAt!: string | null;

  @Field(() => Boolean, { description: 'True for a test-fire: a casing fired in the lab from a recovered gun, used to match the gun to scene casings.' })
  testFire!: boolean;
}
