import { calibrateRecordTies, describeRecordTieLevel, nullPairings, type RecordTieCalibration } from './association-null.js';
import { sharedVisits } from './counter-visits.js';
import { dealerClusters, recruiterBurst, separateCrews } from './dealer-clusters.js';
import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import { findHubs } from './hubs.js';
import { groupEvidence, type Settings } from './group-evidence.js';
import { residenceHubs } from './residence-hubs.js';
import { hubCampaigns, joinCampaigns } from './hub-campaigns.js';
import { prolificCounterTies } from './prolific-counters.js';
import { recruiterRecords, type RecruiterRecord } from './recruiter-records.js';
import { eitherException, receiverCrewsOnly } from './receiver-crews.js';
import { appendTo, collect, indexBy } from './multimap.js';
import { UnionFind } from './union-find.js';
import { type Purchase, type PurchaserEvidence, type StrawGun } from './trafficking.evidence.js';
import { describeNetwork, type AssembledNetwork, type Centrality } from './network-description.js';

export type { AssembledNetwork, Centrality, MemberRole } from './network-description.js';

/** Store-sharing levels of the two classes of groups tied only by association records. */
interface RecordTieLevels {
  plain: number;
  recruiter: number;
}

/** The calibration of each class: groups without and with a recruiter's record (association-null.ts). */
export interface RecordTieCalibrations {
  plain: RecordTieCalibration;
  recruiter: RecordTieCalibration;
}
/** The network settings plus the short time-to-crime window the evidence used (for the explanations). */
export type { Settings } from './group-evidence.js';

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
  report?: (calibration: RecordTieCalibrations) => void,
): AssembledNetwork[] {
  const alpha = settings.recordTieFalseDiscoveryRate ?? 0;
  const run = (a: Array<{ a: string; b: string }>, c: Map<string, Centrality>, levels: RecordTieLevels) =>
    assembleAt(evidence, a, settings, c, duplicates, purchases, levels);
  if (alpha <= 0) return run(associations, centrality, { plain: 0, recruiter: 0 }).networks;
  // Every run is kept (the data's and each pairing's, per level): both classes read the same runs.
  const runs = new Map<Array<{ a: string; b: string }>, Map<number, ReturnType<typeof assembleAt>>>();
  const at = (a: Array<{ a: string; b: string }>, level: number) => {
    const byLevel = runs.get(a) ?? new Map<number, ReturnType<typeof assembleAt>>();
    runs.set(a, byLevel);
    const r = byLevel.get(level) ?? run(a, a === associations ? centrality : new Map(), { plain: level, recruiter: level });
    byLevel.set(level, r);
    return r;
  };
  const shuffled = nullPairings(associations, unexplainedSuspects(evidence, at(associations, 0)), (id) => firstStrawStratum(evidence.get(id)!));
  // Two classes, each held to its own chance rate: groups whose broker is also on record with more
  // gun buyers in one scheme window (a recruiter's record, recruiter-records.ts) carry evidence
  // the others do not, and how often chance gives a broker such a record depends on how dense the
  // records are, which the same pairings measure.
  const calibrate = (ids: 'plainIds' | 'recruiterIds') =>
    calibrateRecordTies((a, level) => ({ recordOnly: at(a, level)[ids].size, reported: at(a, level).networks.length }), associations, shuffled, alpha);
  const calibration = { plain: calibrate('plainIds'), recruiter: calibrate('recruiterIds') };
  report?.(calibration);
  const { plain, recruiter } = calibration;
  const chosen =
    plain.level === recruiter.level ? at(associations, plain.level) : run(associations, centrality, { plain: plain.level, recruiter: recruiter.level });
  for (const n of chosen.networks) {
    if (plain.level > 0 && chosen.plainIds.has(n.id)) n.evidence.push(describeRecordTieLevel(plain, n.strawPurchasers));
    if (recruiter.level > 0 && chosen.recruiterIds.has(n.id)) n.evidence.push(describeRecordTieLevel(recruiter, n.strawPurchasers));
  }
  return chosen.networks;
}

/**
 * The suspects the null pairs at random: those no other evidence has already placed. A buyer in a
 * network tied by a receiver, household, counter burst or campaign, or flagged alone as prolific,
 * can never be in a record-only group of the data (his ties join his group, which is then not
 * record-only); pairing his associations at random would instead hand his crew's broker, with all
 * its recorded associates, to strangers, and count as chance the structure those ties explain.
 * The false discovery rate is estimated over the population the record-only groups come from
 * (Efron, 2004: an empirical null is fitted on the cases not already explained).
 */
function unexplainedSuspects(
  evidence: Map<string, PurchaserEvidence>,
  base: { networks: AssembledNetwork[]; plainIds: Set<string>; recruiterIds: Set<string> },
): Set<string> {
  const explained = new Set<string>();
  for (const n of base.networks) {
    if (base.plainIds.has(n.id) || base.recruiterIds.has(n.id)) continue;
    for (const m of n.members) if (m.role === 'STRAW_PURCHASER') explained.add(m.id);
  }
  return new Set([...evidence].filter(([id, e]) => e.strawGuns.length > 0 && !e.prolific && !explained.has(id)).map(([id]) => id));
}

/** Contact records are local: where (the dealer's state) and in which year a suspect first bought a straw-evidence gun. */
function firstStrawStratum(e: PurchaserEvidence): string {
  const first = e.strawGuns.reduce((a, g) => (g.soldOn < a.soldOn ? g : a));
  return `${first.dealerState ?? ''}|${first.soldOn.slice(0, 4)}`;
}

/**
 * One assembly with record-only groups held to their class's level (`plain`, or `recruiter` when
 * a broker of the group has a recruiter's record); also names each class's networks reported.
 */
function assembleAt(
  evidence: Map<string, PurchaserEvidence>,
  associations: Array<{ a: string; b: string }>,
  settings: Settings,
  centrality: Map<string, Centrality>,
  duplicates: DuplicateRecords,
  purchases: Purchase[],
  levels: RecordTieLevels,
): { networks: AssembledNetwork[]; plainIds: Set<string>; recruiterIds: Set<string> } {
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
  const plainIds = new Set<string>();
  const recruiterIds = new Set<string>();
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
    // Tied by nothing but association records (no receiver, household, counter or burst), and
    // reported only on evidence pooled across buyers: no one of them is flagged on their own.
    const timed = ties.campaigns.length + ties.clusters.length + ties.visits.length + ties.counters.length > 0;
    const recordOnly = !single && !shared && !timed && recorded && !ev.some((e) => e.prolific);
    const recruiterRecord = ties.records.length > 0;
    const tie = {
      sharedReceiver: shared,
      recordedTie: recorded,
      broker: ties.brokers.length > 0,
      recruiterRecord,
      recordOnlyLevel: recordOnly ? (recruiterRecord ? levels.recruiter : levels.plain) : 0,
    };
    if (!single && !groupEvidence(ev, veryShort, settings, tie)) {
      alone(ev);
      continue;
    }
    const network = describeNetwork(ev, guns, veryShort, ties, settings, centrality);
    if (recordOnly) (recruiterRecord ? recruiterIds : plainIds).add(network.id);
    networks.push(network);
  }
  networks.sort((a, b) => b.traffickedGuns - a.traffickedGuns || b.size - a.size || a.id.localeCompare(b.id));
  networks.forEach((n, i) => (n.rank = i + 1));
  return { networks, plainIds, recruiterIds };
}
