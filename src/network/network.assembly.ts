import { createHash } from 'node:crypto';
import { describeVisit, sharedVisits } from './counter-visits.js';
import { dealerClusters, describeCluster, recruiterBurst, separateCrews } from './dealer-clusters.js';
import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import { findHubs } from './hubs.js';
import { groupEvidence, type Settings } from './group-evidence.js';
import { residenceHubs } from './residence-hubs.js';
import { describeCampaign, hubCampaigns, joinCampaigns } from './hub-campaigns.js';
import { memberTieSentences } from './member-ties.js';
import { describeProlificCounterTie, prolificCounterTies } from './prolific-counters.js';
import { describeRecruiterRecord, recruiterRecords, type RecruiterRecord } from './recruiter-records.js';
import { eitherException, receiverCrewsOnly } from './receiver-crews.js';
import { appendTo, collect, indexBy } from './multimap.js';
import { UnionFind } from './union-find.js';
import { type Purchase, type PurchaserEvidence, type StrawGun } from './trafficking.evidence.js';
import { typologyOf, type GroupTies, type NetworkTypology } from './network-typology.js';

export type MemberRole = 'STRAW_PURCHASER' | 'BROKER' | 'RECEIVER' | 'POSSESSOR';

export interface Centrality {
  pagerank: number;
  betweenness: number;
}

export interface AssembledNetwork {
  id: string;
  rank: number;
  size: number;
  /** How the people were grouped: HUBS (shared brokers, receivers or associations) or SINGLE_PURCHASER. */
  method: 'HUBS' | 'SINGLE_PURCHASER';
  typology: NetworkTypology;
  corridor: 'IN_STATE' | 'INTERSTATE';
  /** Why the network is reported, one sentence per piece of evidence. */
  evidence: string[];
  members: Array<{ id: string; role: MemberRole; centrality: number; betweenness: number; evidence: string[] }>;
  dealers: Array<{ license: string; guns: number }>;
  firearms: string[];
  sourceStates: string[];
  destinationStates: string[];
  firstActivity: string;
  lastActivity: string;
  traffickedGuns: number;
  /** Straw purchasers with straw-evidence guns from two or more purchase events. */
  repeatStrawPurchasers: number;
  outOfStateShare: number;
  strawPurchasers: number;
  brokers: number;
  possessors: number;
  firearmCount: number;
  dealerCount: number;
  medianTimeToCrimeDays: number | null;
}

/** The network settings plus the short time-to-crime window the evidence used (for the explanations). */
export type { Settings } from './group-evidence.js';

function statesByCount(values: Array<string | null>): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

/** Stable across runs: the same people make the same network id. */
export function networkId(memberIds: string[]): string {
  return `NET-${createHash('sha1')
    .update([...memberIds].sort().join('\n'))
    .digest('hex')
    .slice(0, 12)}`;
}

/**
 * Trafficking networks from evidence: purchasers with straw-evidence guns are joined through
 * shared hubs (a broker or recruiter they are known associates of, a receiver who holds guns of
 * several of them) or direct associations. A group of two or more purchasers is reported when
 * its guns carry enough evidence together (groupEvidence). A single purchaser is reported with their receivers
 * when flagged on their own (prolific: repeat straw purchases). Nothing depends on states:
 * out-of-state recovery adds to the evidence but is never required. `purchases`: retail purchases
 * of the brokers' recorded associates (a recruiter's record, recruiter-records.ts); `associations`
 * then also holds the brokers' associations with people who are no suspects.
 */
export function assembleNetworks(
  evidence: Map<string, PurchaserEvidence>,
  associations: Array<{ a: string; b: string }>,
  settings: Settings,
  centrality: Map<string, Centrality> = new Map(),
  duplicates: DuplicateRecords = NO_DUPLICATES,
  purchases: Purchase[] = [],
): AssembledNetwork[] {
  const suspects = new Map([...evidence].filter(([, e]) => e.strawGuns.length > 0));
  const { brokers, receivers, direct } = findHubs(suspects, associations, settings, duplicates);
  const records = settings.recruiterRecords ? recruiterRecords(brokers, associations, purchases, settings, duplicates) : new Map<string, RecruiterRecord>();
  const uf = new UnionFind();
  for (const set of [...brokers.values(), ...receivers.values()]) {
    const [first, ...rest] = [...set];
    for (const x of rest) uf.union(first!, x);
  }
  for (const [a, b] of direct) uf.union(a, b);
  const residences = residenceHubs(suspects, settings.hubMinPurchasers, duplicates);
  for (const r of residences) for (const x of r.purchaserIds.slice(1)) uf.union(r.purchaserIds[0]!, x);
  const scan = { gapDays: settings.purchaseEventGapDays, alpha: settings.clusterAlpha, errorRate: settings.clusterErrorRate };
  const campaigns = joinCampaigns(hubCampaigns(suspects, brokers, scan, duplicates), uf, [...suspects.keys()]);
  const found = dealerClusters(suspects, {
    minClusterPurchasers: settings.clusterMinPurchasers,
    maxWindowDays: settings.schemeWindowDays,
    minWindowDays: settings.purchaseEventGapDays,
    alpha: settings.clusterAlpha,
    errorRate: settings.clusterErrorRate,
  }).filter((c) => duplicates.people(c.purchaserIds) >= settings.clusterMinPurchasers);
  const clusters = separateCrews(
    found,
    uf,
    [...suspects.keys()],
    eitherException(
      settings.recruiterBurstJoinsCrews ? recruiterBurst(suspects, brokers, settings.hubMinPurchasers) : undefined,
      settings.receiverCrewsJoinInCluster ? receiverCrewsOnly(brokers, direct) : undefined,
    ),
  );
  for (const c of clusters) for (const x of c.purchaserIds.slice(1)) uf.union(c.purchaserIds[0]!, x);
  const visits = sharedVisits(suspects, uf, settings.sharedVisitJoins, duplicates);
  // Last: only purchasers no other tie has joined are candidates (prolific-counters.ts).
  const counters = settings.prolificCounterJoins ? prolificCounterTies(suspects, uf, settings.schemeWindowDays, duplicates) : [];
  const groups = new Map<string, string[]>();
  for (const id of suspects.keys()) appendTo(groups, uf.find(id), id);

  // Each purchaser's hubs, clusters and direct ties, so a group collects its own in time linear in its size
  // (at scale M there are thousands of groups, most of one purchaser, and hundreds of hubs).
  const brokersOf = indexBy([...brokers], ([, set]) => set);
  const receiversOf = indexBy([...receivers], ([, set]) => set);
  const clustersOf = indexBy(clusters, (c) => c.purchaserIds.slice(0, 1));
  const campaignsOf = indexBy(campaigns, (c) => c.tiedIds.slice(0, 1));
  const residencesOf = indexBy(residences, (r) => r.purchaserIds.slice(0, 1));
  const directOf = indexBy(direct, ([a]) => [a]);
  const visitsOf = indexBy(visits, (v) => v.purchaserIds.slice(0, 1));
  const countersOf = indexBy(counters, (c) => c.purchaserIds.slice(0, 1));
  const networks: AssembledNetwork[] = [];
  // A group that is not reported still holds purchasers flagged on their own evidence: each is reported alone.
  const queue = [...groups.values()];
  const alone = (ev: PurchaserEvidence[]) => queue.push(...ev.filter((e) => e.prolific).map((e) => [e.personId]));
  for (const buyers of queue) {
    const ev = buyers.map((b) => suspects.get(b)!);
    const single = buyers.length === 1;
    if (single && !ev[0]!.prolific) continue;
    const guns: StrawGun[] = ev.flatMap((e) => e.strawGuns);
    const veryShort = guns.filter((g) => g.veryShort).length;
    if (buyers.length > settings.maxCrewSize) {
      alone(ev);
      continue;
    }
    const groupBrokers = collect(brokersOf, buyers);
    const ties = {
      brokers: groupBrokers,
      receivers: collect(receiversOf, buyers),
      clusters: collect(clustersOf, buyers),
      campaigns: collect(campaignsOf, buyers),
      residences: collect(residencesOf, buyers),
      direct: collect(directOf, buyers).length,
      visits: collect(visitsOf, buyers),
      counters: collect(countersOf, buyers),
      records: groupBrokers.flatMap(([id]) => records.get(id) ?? []),
    };
    const shared = ties.receivers.length + ties.residences.length > 0;
    const recorded = shared || ties.brokers.length + ties.campaigns.length + ties.direct > 0;
    const tie = { sharedReceiver: shared, recordedTie: recorded, broker: ties.brokers.length > 0, recruiterRecord: ties.records.length > 0 };
    if (!single && !groupEvidence(ev, veryShort, settings, tie)) {
      alone(ev);
      continue;
    }
    networks.push(describe(ev, guns, veryShort, ties, settings, centrality));
  }
  networks.sort((a, b) => b.traffickedGuns - a.traffickedGuns || b.size - a.size || a.id.localeCompare(b.id));
  networks.forEach((n, i) => (n.rank = i + 1));
  return networks;
}

function describe(
  buyers: PurchaserEvidence[],
  guns: StrawGun[],
  veryShort: number,
  ties: GroupTies,
  s: Settings,
  centrality: Map<string, Centrality>,
): AssembledNetwork {
  const { brokers, receivers, direct } = ties;
  const roles = new Map<string, { role: MemberRole; evidence: string[] }>();
  const tied = memberTieSentences(new Map(buyers.map((b) => [b.personId, b])), ties.campaigns, ties.clusters, ties.visits, ties.counters);
  for (const b of buyers) roles.set(b.personId, { role: 'STRAW_PURCHASER', evidence: [...b.evidence, ...(tied.get(b.personId) ?? [])] });
  for (const [id, set] of brokers) {
    const e = `known associate of ${set.size} suspect purchasers`;
    const r = roles.get(id);
    if (r) r.evidence = [...r.evidence, e];
    else roles.set(id, { role: 'BROKER', evidence: [e] });
  }
  for (const [id, set] of receivers) {
    const e = `held guns bought by ${set.size} different suspect purchasers`;
    const r = roles.get(id);
    if (r) r.evidence = [...r.evidence, e];
    else roles.set(id, { role: 'RECEIVER', evidence: [e] });
  }
  for (const r of ties.residences) {
    for (const id of r.possessorIds) {
      const e = `recorded at one residence with ${r.possessorIds.length - 1} other people from whom guns bought by ${r.purchaserIds.length} different suspect purchasers were recovered`;
      if (!roles.has(id)) roles.set(id, { role: 'RECEIVER', evidence: [e] });
    }
  }
  for (const g of guns)
    if (g.possessorId && !roles.has(g.possessorId))
      roles.set(g.possessorId, { role: 'POSSESSOR', evidence: [`a network gun was recovered from them ${g.timeToCrimeDays} days after its sale`] });
  const memberIds = [...roles.keys()];
  const outOfState = guns.filter((g) => g.outOfState).length;
  const dealerGuns = new Map<string, number>();
  for (const g of guns) dealerGuns.set(g.dealerLicense, (dealerGuns.get(g.dealerLicense) ?? 0) + 1);
  const sold = guns.map((g) => g.soldOn).sort();
  const spanDays = Math.round((Date.parse(sold.at(-1)!) - Date.parse(sold[0]!)) / 86_400_000);
  const typology = typologyOf(buyers, ties, guns.length);
  const evidence = [
    `${guns.length} guns bought by ${buyers.length} purchaser(s) were recovered from someone else within ${s.shortTimeToCrimeDays} days of sale; ${veryShort} within a year`,
    ...brokers.map(([id, set]) => `broker ${id} is a known associate of ${set.size} of the purchasers`),
    ...ties.records.map(describeRecruiterRecord),
    ...receivers.map(([id, set]) => `receiver ${id} held guns bought by ${set.size} of the purchasers`),
    ...ties.residences.map(
      (r) =>
        `guns bought by ${r.purchaserIds.length} of the purchasers were recovered from ${r.possessorIds.length} people recorded at one residence (${r.possessorIds.join(', ')})`,
    ),
    ...(direct ? [`${direct} known association(s) between purchasers`] : []),
    ...ties.clusters.map(describeCluster),
    ...ties.campaigns.map(describeCampaign),
    ...ties.visits.map(describeVisit),
    ...ties.counters.map(describeProlificCounterTie),
    ...(buyers.length === 1 ? buyers[0]!.evidence.slice(1) : []),
    `purchases over ${spanDays} days at ${dealerGuns.size} dealer(s)`,
    `${outOfState} of ${guns.length} recovered outside the state of sale`,
    ...(buyers.some((b) => b.multipleSales > 0) ? [`${buyers.reduce((a, b) => a + b.multipleSales, 0)} multiple-sale report(s)`] : []),
  ];
  const possessors = [...roles.values()].filter((r) => r.role === 'POSSESSOR' || r.role === 'RECEIVER').length;
  const firearms = [...new Set(guns.map((g) => g.firearmId))].sort();
  return {
    id: networkId(memberIds),
    rank: 0,
    size: memberIds.length,
    method: buyers.length === 1 ? 'SINGLE_PURCHASER' : 'HUBS',
    typology,
    corridor: outOfState * 2 >= guns.length ? 'INTERSTATE' : 'IN_STATE',
    evidence,
    members: memberIds
      .map((id) => ({
        id,
        role: roles.get(id)!.role,
        evidence: roles.get(id)!.evidence,
        centrality: round(centrality.get(id)?.pagerank ?? 0),
        betweenness: round(centrality.get(id)?.betweenness ?? 0),
      }))
      .sort((a, b) => b.centrality - a.centrality || a.id.localeCompare(b.id)),
    dealers: [...dealerGuns.entries()].map(([license, n]) => ({ license, guns: n })).sort((a, b) => b.guns - a.guns || a.license.localeCompare(b.license)),
    firearms,
    sourceStates: statesByCount(guns.map((g) => g.dealerState)),
    destinationStates: statesByCount(guns.map((g) => g.recoveredState)),
    firstActivity: sold[0]!,
    lastActivity: guns
      .map((g) => g.recoveredOn)
      .sort()
      .at(-1)!,
    traffickedGuns: firearms.length,
    repeatStrawPurchasers: buyers.filter((b) => b.strawGuns.length >= 2).length,
    outOfStateShare: round(guns.length ? outOfState / guns.length : 0),
    strawPurchasers: buyers.length,
    brokers: [...roles.values()].filter((r) => r.role === 'BROKER').length,
    possessors,
    firearmCount: firearms.length,
    dealerCount: dealerGuns.size,
    medianTimeToCrimeDays: median(guns.map((g) => g.timeToCrimeDays)),
  };
}

const round = (v: number) => Math.round(v * 10_000) / 10_000;
