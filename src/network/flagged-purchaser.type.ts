import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { Connection } from '../pagination/connection.type.js';

@ObjectType({
  description:
    'A purchaser the last analysis run flagged as a likely straw purchaser, with the evidence: prolific on their own (repeat straw purchases), or a straw purchaser of a reported network. The person follows the personal-data rule.',
})
export class FlaggedPurchaser {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int, { description: '1 = strongest evidence.' })
  rank!: number;

  @Field(() => Float, {
    description:
      'Ranking score: straw-evidence guns, weighted up by guns recovered within 1 year, repeat purchase events, out-of-state recoveries and multiple sales.',
  })
  score!: number;

  @Field(() => DateTimeScalar)
  computedAt!: string;

  @Field(() => Int, { description: 'Guns bought and recovered from someone else within 3 years of sale (not counting guns reported stolen).' })
  strawGuns!: number;

  @Field(() => Int, { description: "Of those, recovered within 1 year (ATF's strong time-to-crime indicator)." })
  veryShortGuns!: number;

  @Field(() => Int)
  outOfStateGuns!: number;

  @Field(() => Int, { description: 'Retail purchases.' })
  purchases!: number;

  @Field(() => Int, {
    description:
      "Purchase events: purchases at one licensee within 7 days of the event's first purchase (the multiple-sale window) are one event; purchases at different licensees are separate events (docs/trafficking.md, rule 2).",
  })
  purchaseEvents!: number;

  @Field(() => Int)
  dealers!: number;

  @Field(() => Int, { description: 'Purchases reported as multiple sales (27 CFR 478.126a).' })
  multipleSales!: number;

  @Field(() => Int, { description: 'Guns left out of the evidence because they were reported stolen after the sale.' })
  stolenExcluded!: number;

  @Field(() => String, { nullable: true, description: 'The reported network the person belongs to, if any.' })
  networkId!: string | null;

  @Field(() => String, { nullable: true, description: "That network's typology." })
  typology!: string | null;

  @Field(() => [String], { description: 'The evidence that put the person on the list, one sentence each.' })
  evidence!: string[];
}

export const FlaggedPurchaserConnection = Connection(FlaggedPurchaser, 'FlaggedPurchaser', 'flagged purchaser');
