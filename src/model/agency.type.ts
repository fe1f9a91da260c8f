import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({
  implements: Node,
  description:
    'A police agency, identified by its ORI (the FBI Originating Agency Identifier). It has jurisdiction over scenes, recovers guns and requests ATF traces. ' +
    'Links that cross agencies are the ones no single agency sees on its own.',
})
export class Agency {
  @Field(() => ID, { description: 'ORI: 9 characters, state code first (e.g. NY0303000). Natural key.' })
  ori!: string;

  @Field(() => String, { description: 'Agency name.' })
  name!: string;

  @Field(() => String, { description: 'Two-letter US state.' })
  state!: string;

  @Field(() => String, { nullable: true, description: 'City or county seat of the agency.' })
  city!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the agency enters its casings into NIBIN (a NIBIN partner site or one of its users).' })
  nibinPartner!: boolean | null;
}
