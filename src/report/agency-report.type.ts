import { Field, ID, ObjectType } from 'type-graphql';
import { AgencyMetrics, PeerComparison } from '../metrics/metrics.type.js';
import { Connection } from '../pagination/connection.type.js';

@ObjectType({ description: 'A recovered gun the agency never asked ATF to trace.' })
export class UntracedGun {
  @Field(() => ID) recoveryId!: string;
  @Field(() => String) recoveredOn!: string;
  @Field(() => ID) firearmId!: string;
  @Field(() => String, { nullable: true }) make!: string | null;
  @Field(() => String, { nullable: true }) model!: string | null;
  @Field(() => String, { nullable: true }) caliber!: string | null;
  @Field(() => Boolean) serialObliterated!: boolean;
}

export const UntracedGunConnection = Connection(UntracedGun, 'UntracedGun', 'untraced recovered gun');

@ObjectType({
  description:
    'The agency feedback report (DOJ-IG Frontline recommendation: show local departments why entering casings and tracing guns matters): ' +
    'its timeliness and tracing against peers, the cross-jurisdiction links its evidence produced, the cost of its late entries and its untraced guns.',
})
export class AgencyReport {
  @Field(() => String) ori!: string;
  @Field(() => String, { nullable: true, description: 'First month (YYYY-MM); null: from the start of the data.' }) from!: string | null;
  @Field(() => String, { nullable: true, description: 'Last month (YYYY-MM); null: to the end of the data.' }) to!: string | null;
  @Field(() => AgencyMetrics, { description: "The agency's measures for the period." }) metrics!: AgencyMetrics;
  @Field(() => AgencyMetrics, { description: 'The same measures for its state.' }) state!: AgencyMetrics;
  @Field(() => [PeerComparison], {
    description:
      "Against the agencies of its state and all agencies, over the stored period that holds the report's period (the whole data, its year or its month).",
  })
  peers!: PeerComparison[];
  @Field(() => String, { description: 'The stored period the peer comparison uses.' }) peerPeriod!: string;
  @Field(() => [String], { description: 'Plain-language findings, e.g. "7 shootings in series your agency could have linked earlier".' }) findings!: string[];
}
