import type { DealerCluster } from './dealer-clusters.js';

/**
 * Receiver crews in one burst at one counter are pieces of one source. A significant purchase
 * cluster (dealer-clusters.ts: chance cannot explain that many straw-evidence buyers at that store
 * in that window) never merges crews that recorded ties already separate (`separateCrews`),
 * because separate crews reuse stores that ask few questions (ATF, Following the Gun, 2000). That
 * reasoning rests on a record of who sent the buyers: a broker or recruiter they are known
 * associates of, or an association between them. A crew tied only by where its guns ended (one
 * receiver, or one receiving household, holding guns of several of its buyers) records nothing
 * about who sent them, and one source supplying several receivers or street-level resellers is how
 * straw-purchased guns are commonly distributed (NFCTA vol. III; ATF, Following the Gun, 2000).
 * So when every crew in the cluster is such a receiver crew, and none of its buyers is tied to a
 * broker, a recruiter or another buyer on record, the burst joins the crews
 * (`networks.receiverCrewsJoinInCluster`). A crew with any recorded person tie keeps the rule above.
 */
export function receiverCrewsOnly(brokers: Map<string, Set<string>>, direct: Array<[string, string]>): (cluster: DealerCluster, crews: string[][]) => boolean {
  const recorded = new Set<string>(direct.flat());
  for (const tied of brokers.values()) for (const id of tied) recorded.add(id);
  return (_cluster, crews) => crews.every((crew) => crew.every((id) => !recorded.has(id)));
}

/** Either exception lets a cluster join crews (each is its own setting). */
export function eitherException(
  ...rules: Array<((cluster: DealerCluster, crews: string[][]) => boolean) | undefined>
): ((cluster: DealerCluster, crews: string[][]) => boolean) | undefined {
  const on = rules.filter((r) => r !== undefined);
  return on.length ? (cluster, crews) => on.some((r) => r(cluster, crews)) : undefined;
}
