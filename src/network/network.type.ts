import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { intRule, stateRule, timeWindow } from '../common/arg-rules.js';
import { DateTimeScalar, LocalDateScalar } from '../common/scalars.js';
import { ValidatedBy } from '../common/validate-args.js';
import { NETWORK_TYPOLOGIES } from './network-typology.js';
import { Connection } from '../pagination/connection.type.js';

export enum NetworkRole {
  STRAW_PURCHASER = 'STRAW_PURCHASER',
  BROKER = 'BROKER',
  RECEIVER = 'RECEIVER',
  POSSESSOR = 'POSSESSOR',
}

registerEnumType(NetworkRole, {
  name: 'NetworkRole',
  description: 'What a member does in a trafficking network (from the graph, not from a label).',
  valuesConfig: {
    STRAW_PURCHASER: {
      description: 'Bought a gun that was recovered from someone else within the short time-to-crime window (or out of state with no possessor known).',
    },
    BROKER: { description: 'A known associate of two or more of the straw purchasers (broker or recruiter): the hub that ties them together.' },
    RECEIVER: { description: 'Held guns bought by two or more different straw purchasers: the receiver hub, with or without a recorded association.' },
    POSSESSOR: { description: 'A network gun was recovered from them.' },
  },
});

@ObjectType({
  description:
    'A trafficking network found by the analysis job with Neo4j GDS (weakly connected components, Louvain for large components; PageRank and betweenness for key players). Read from stored results.',
})
export class Network {
  @Field(() => ID, { description: 'Stable id: derived from the members, so the same people give the same id in the next run.' })
  id!: string;

  @Field(() => Int, { description: 'Rank among the networks of the run (1 = most guns trafficked).' })
  rank!: number;

  @Field(() => DateTimeScalar, { description: 'When the analysis job found it.' })
  computedAt!: string;

  @Field(() => String, {
    description:
      'HUBS (purchasers joined through brokers, receivers or associations) or SINGLE_PURCHASER (a prolific straw purchaser and the people his guns went to).',
  })
  method!: string;

  @Field(() => String, {
    description: `What the evidence shows (ATF, Following the Gun; NFCTA vol. III): one of ${NETWORK_TYPOLOGIES.join(', ')} (docs/trafficking.md).`,
  })
  typology!: string;

  @Field(() => String, { description: 'INTERSTATE when half or more of the guns were recovered outside the state of sale, else IN_STATE.' })
  corridor!: string;

  @Field(() => [String], {
    description: 'Why the network is reported: one sentence per piece of evidence (time-to-crime, hubs, purchase timing, dealers, states, multiple sales).',
  })
  evidence!: string[];

  @Field(() => Int, { description: 'Members (straw purchasers, brokers, possessors).' })
  size!: number;

  @Field(() => Int)
  strawPurchasers!: number;

  @Field(() => Int)
  brokers!: number;

  @Field(() => Int)
  possessors!: number;

  @Field(() => Int, { description: 'Guns bought by members and recovered within the short time-to-crime window.' })
  firearmCount!: number;

  @Field(() => Int, { description: "Dealers that sold the network's guns." })
  dealerCount!: number;

  @Field(() => Int, { description: 'Guns that went from a member purchaser to a member possessor.' })
  traffickedGuns!: number;

  @Field(() => Int, {
    description:
      'Straw purchasers who each diverted two or more guns (repeat buying: why the group is reported as a scheme, not acquaintances who each lost a gun).',
  })
  repeatStrawPurchasers!: number;

  @Field(() => Float, {
    description: "Share (0–1) of the straw purchasers' diverted guns recovered outside the state where they were bought (interstate trafficking).",
  })
  outOfStateShare!: number;

  @Field(() => Int, { nullable: true, description: "Median days from sale to recovery of the network's guns." })
  medianTimeToCrimeDays!: number | null;

  @Field(() => [String], { description: "States where the guns were bought (dealers' states), most guns first." })
  sourceStates!: string[];

  @Field(() => [String], { description: 'States where the guns were recovered, most guns first.' })
  destinationStates!: string[];

  @Field(() => LocalDateScalar, { description: 'First purchase.' })
  firstActivity!: string;

  @Field(() => LocalDateScalar, { description: 'Last recovery.' })
  lastActivity!: string;
}

@ObjectType({ description: "A member of a trafficking network. The person's names follow the personal-data rule." })
export class NetworkMember {
  @Field(() => ID)
  personId!: string;

  @Field(() => NetworkRole)
  role!: NetworkRole;

  @Field(() => Float, { description: "PageRank within the trafficking projection: how much of the network's flow concentrates on this person." })
  centrality!: number;

  @Field(() => Float, { description: 'Betweenness within the trafficking projection: how often this person lies between others (brokers score high).' })
  betweenness!: number;

  @Field(() => [String], { description: 'The evidence that makes this person a member in this role.' })
  evidence!: string[];
}

@ObjectType({ description: 'A dealer whose sales fed a network.' })
export class NetworkDealer {
  @Field(() => ID)
  license!: string;

  @Field(() => Int, { description: 'Network guns this dealer sold.' })
  guns!: number;
}

@ObjectType({ description: "A person's place in a trafficking network." })
export class NetworkMembership {
  @Field(() => NetworkRole)
  role!: NetworkRole;

  @Field(() => Float)
  centrality!: number;

  @Field(() => Float)
  betweenness!: number;

  @Field(() => Network)
  network!: Network;
}

@ObjectType({
  description: 'Straw-purchase indicators of a person, from their own purchases (NFCTA vol. III: straw purchasing is the most frequent trafficking channel).',
})
export class StrawPurchaseIndicators {
  @Field(() => Int, { description: 'Retail purchases.' })
  purchases!: number;

  @Field(() => Int, { description: 'Purchases that were part of a multiple sale (two or more handguns within five business days).' })
  multipleSales!: number;

  @Field(() => Int, { description: 'Different dealers bought from.' })
  dealersUsed!: number;

  @Field(() => Int, { description: 'Guns bought and later recovered by police.' })
  gunsRecovered!: number;

  @Field(() => Int, { description: 'Guns bought and recovered from someone else within the short time-to-crime window (3 years).' })
  recoveredFromOthersShortTtc!: number;

  @Field(() => Int, { description: "Guns bought and recovered in another state than the purchaser's." })
  recoveredOutOfState!: number;

  @Field(() => Int, { nullable: true, description: 'Shortest sale-to-recovery time among the guns bought.' })
  shortestTimeToCrimeDays!: number | null;

  @Field(() => [String], {
    description: 'Signals present: SHORT_TTC_RECOVERED_FROM_OTHERS, MULTIPLE_SALES, SEVERAL_DEALERS (3 or more), RECOVERED_OUT_OF_STATE.',
  })
  signals!: string[];

  @Field(() => Boolean, { description: 'Two or more guns recovered from others with short time-to-crime, or one with another signal.' })
  flagged!: boolean;
}

/** A network typology name (Network.typology), as the analysis job assigns them. */
export const typologyRule = () => z.string().refine((t) => NETWORK_TYPOLOGIES.includes(t), { error: `must be one of ${NETWORK_TYPOLOGIES.join(', ')}` });

@InputType({ description: 'Filters for traffickingNetworks; all given filters must hold.' })
@ValidatedBy(
  z
    .looseObject({
      state: stateRule().nullish(),
      minSize: intRule(0, 10_000).nullish(),
      typology: typologyRule().nullish(),
    })
    .superRefine(timeWindow()),
)
export class TraffickingNetworkFilter {
  @Field(() => String, { nullable: true, description: 'A source or destination state of the network.' })
  state?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Networks active on or after this date (last recovery ≥ from).' })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Networks active on or before this date (first purchase ≤ to).' })
  to?: string | null;

  @Field(() => Int, { nullable: true, description: 'Networks with at least this many members.' })
  minSize?: number | null;

  @Field(() => String, { nullable: true, description: 'Networks of this typology (see Network.typology).' })
  typology?: string | null;
}

export const NetworkConnection = Connection(Network, 'Network', 'trafficking network');
export const NetworkMemberConnection = Connection(NetworkMember, 'NetworkMember', 'network member');
export const NetworkDealerConnection = Connection(NetworkDealer, 'NetworkDealer', 'network dealer');
