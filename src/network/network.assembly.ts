import { calibrateRecordTies, describeRecordTieLevel, nullPairings, recordOnlyMaxDealers, type RecordTieCalibration } from './association-null.js';
import { sharedVisits } from './counter-visits.js';
import { recruiterBurst, separateCrews } from './dealer-clusters.js';
import { evidenceOnly, type EvidenceOnly } from './evidence-only.js';
import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import { findHubs } from './hubs.js';
import { groupEvidence, type Settings } from './group-evidence.js';
import { describeHolderTieLevel } from './holder-null.js';
import { residenceHubs } from './residence-hubs.js';
import { seizureHubs } from './seizures.js';
import { hubCampaigns, joinCampaigns } from './hub-campaigns.js';
import { prolificCounterTies } from './prolific-counters.js';
import { describeCounterTieLevel, type CounterTieCalibration } from './counter-tie-null.js';
import { recruiterRecords, type RecruiterRecord } from './recruiter-records.js';
import { eitherException, receiverCrewsOnly } from './receiver-crews.js';
import { appendTo, collect, indexBy } from './multimap.js';
import { UnionFind } from './union-find.js';
import { type Purchase, type PurchaserEvidence, type StrawGun } from './trafficking.evidence.js';
import { describeNetwork, type AssembledNetwork, type Centrality } from './network-description.js';
import { withCampaignBuyers, type NetworkParts } from './campaign-extension.js';

export type { AssembledNetwork, Centrality, MemberRole } from './network-description.js';

/** A reported group tied only by association records: its class and what its store-sharing level reads. */
interface RecordOnlyGroup {
  /** A broker of the group has a recruiter's record (recruiter-records.ts). */
  recruiter: boolean;
  buyers: number;
  dealers: number;
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
  /** The level ties at a counter were held to in this data (counter-tie-null.ts), when measured. */
  reportCounterTies?: (calibration: CounterTieCalibration) => void,
): AssembledNetwork[] {
  const alpha = settings.recordTieFalseDiscoveryRate ?? 0;
  // Found once for the real run and every null run (evidence-only.ts).
  const shared = evidenceOnly(evidence, settings, duplicates);
  const run = (a: Array<{ a: string; b: string }>, c: Map<string, Centrality>) => assembleAt(evidence, a, settings, c, duplicates, purchases, shared);
  const real = run(associations, centrality);
  if (real.counterTies) reportCounterTies?.(real.counterTies);
  const extend = (list: AssembledNetwork[]) => ranked(withCampaignBuyers(list, real.parts, evidence, settings, centrality, duplicates));
  if (alpha <= 0) return extend(real.networks);
  const shuffled = nullPairings(associations, unexplainedSuspects(evidence, real), (id) => firstStrawStratum(evidence.get(id)!));
  const nulls = new Map(shuffled.map((a) => [a, run(a, new Map())]));
  const of = (a: Array<{ a: string; b: string }>) => (a === associations ? real : nulls.get(a)!);
  // Two classes, each held to its own chance rate: groups whose broker is also on record with more
  // gun buyers in one scheme window (a recruiter's record, recruiter-records.ts) carry evidence
  // the others do not, and how often chance gives a broker such a record depends on how dense the
  // records are, which the same pairings measure.
  const calibrate = (recruiter: boolean) =>
    calibrateRecordTies(
      (a, level) => {
        const r = of(a);
        const dropped = [...r.recordOnly.values()].filter((g) => !kept(g, level)).length;
        return {
          recordOnly: [...r.recordOnly.values()].filter((g) => g.recruiter === recruiter && kept(g, level)).length,
          reported: r.networks.length - dropped,
        };
      },
      associations,
      shuffled,
      alpha,
    );
  const calibration = { plain: calibrate(false), recruiter: calibrate(true) };
  report?.(calibration);
  const chosen: AssembledNetwork[] = [];
  for (const n of real.networks) {
    const g = real.recordOnly.get(n.id);
    const c = g && (g.recruiter ? calibration.recruiter : calibration.plain);
    if (g && c && !kept(g, c.level)) continue;
    if (c && c.level > 0) n.evidence.push(describeRecordTieLevel(c, n.strawPurchasers));
    chosen.push(n);
  }
  return extend(chosen);
}

/** A record-only group held to `level` keeps to the dealers it may use (association-null.ts). */
const kept = (g: RecordOnlyGroup, level: number) => g.dealers <= recordOnlyMaxDealers(level, g.buyers);

/** The networks in report order, ranked from 1. */
function ranked(networks: AssembledNetwork[]): AssembledNetwork[] {
  networks.sort((a, b) => b.traffickedGuns - a.traffickedGuns || b.size - a.size || a.id.localeCompare(b.id));
  networks.forEach((n, i) => (n.rank = i + 1));
  return networks;
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
  base: { networks: AssembledNetwork[]; recordOnly: Map<string, RecordOnlyGroup> },
): Set<string> {
  const explained = new Set<string>();
  for (const n of base.networks) {
    if (base.recordOnly.has(n.id)) continue;
    for (const m of n.members) if (m.role === 'STRAW_PURCHASER') explained.add(m.id);
  }
  return new Set([...evidence].filter(([id, e]) => e.strawGuns.length > 0 && !e.prolific && !explained.has(id)).map(([id]) => id));
}

/**
 * Contact records are local: the state (the dealer's) where a suspect first bought a straw-evidence
 * gun. Not the year: the groups are then judged on whether their purchases fall inside one scheme
 * window (a recruiter's record, the group rule), and a null that re-pairs associates only among
 * suspects of the same year builds that timing into chance itself, so it overstated the chance
 * groups (46 tuning seeds at M, bench/results/trafficking-null-by-state-2026-12-05.md).
 */
function firstStrawStratum(e: PurchaserEvidence): string {
  const first = e.strawGuns.reduce((a, g) => (g.soldOn < a.soldOn ? g : a));
  return first.dealerState ?? '';
}

/**
 * One assembly, with every group tied only by association records named beside its class, buyers
 * and dealers. Store sharing is asked of those groups afterwards, once each class's chance rate has
 * chosen its level (assembleNetworks): which groups form does not depend on it, and a group that
 * fails it has no member flagged alone, so it simply leaves the list.
 */
function assembleAt(
  evidence: Map<string, PurchaserEvidence>,
  associations: Array<{ a: string; b: string }>,
  settings: Settings,
  centrality: Map<string, Centrality>,
  duplicates: DuplicateRecords,
  purchases: Purchase[],
  shared: EvidenceOnly,
): { networks: AssembledNetwork[]; recordOnly: Map<string, RecordOnlyGroup>; parts: Map<string, NetworkParts>; counterTies?: CounterTieCalibration } {
  const { suspects } = shared;
  const { brokers, receivers, direct } = findHubs(suspects, associations, settings, duplicates);
  const records = settings.recruiterRecords ? recruiterRecords(brokers, associations, purchases, settings, duplicates) : new Map<string, RecruiterRecord>();
  const uf = new UnionFind();
  for (const set of [...brokers.values(), ...receivers.values()]) {
    const [first, ...rest] = [...set];
    for (const x of rest) uf.union(first!, x);
  }
  for (const [a, b] of direct) uf.union(a, b);
  const residences = residenceHubs(suspects, settings.hubMinPurchasers, duplicates, settings.householdTies);
  for (const r of residences) for (const x of r.purchaserIds.slice(1)) uf.union(r.purchaserIds[0]!, x);
  const seizures = settings.seizureMinPurchasers ? seizureHubs(suspects, settings.seizureMinPurchasers, duplicates) : [];
  for (const z of seizures) for (const x of z.purchaserIds.slice(1)) uf.union(z.purchaserIds[0]!, x);
  const scan = { gapDays: settings.purchaseEventGapDays, alpha: settings.clusterAlpha, errorRate: settings.clusterErrorRate, sales: settings.dealerSales };
  const campaigns = joinCampaigns(hubCampaigns(suspects, brokers, scan, duplicates), uf, [...suspects.keys()]);
  const clusters = separateCrews(
    shared.clusters,
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
  let counterLevel: CounterTieCalibration | undefined;
  const counterChance = {
    falseDiscoveryRate: settings.prolificCounterFalseDiscoveryRate ?? 0,
    profile: shared.profile,
    sales: settings.dealerSales,
    onCalibration: (c: CounterTieCalibration) => (counterLevel = c),
  };
  const counters = settings.prolificCounterJoins
    ? prolificCounterTies(suspects, uf, settings.schemeWindowDays, duplicates, settings.prolificResidenceJoins, counterChance)
    : [];
  const groups = new Map<string, string[]>();
  for (const id of suspects.keys()) appendTo(groups, uf.find(id), id);

  // Each purchaser's hubs, clusters and direct ties, so a group collects its own in time linear in its size
  // (at scale M there are thousands of groups, most of one purchaser, and hundreds of hubs).
  const brokersOf = indexBy([...brokers], ([, set]) => set);
  const receiversOf = indexBy([...receivers], ([, set]) => set);
  const clustersOf = indexBy(clusters, (c) => c.purchaserIds.slice(0, 1));
  const campaignsOf = indexBy(campaigns, (c) => c.tiedIds.slice(0, 1));
  const residencesOf = indexBy(residences, (r) => r.purchaserIds.slice(0, 1));
  const seizuresOf = indexBy(seizures, (z) => z.purchaserIds.slice(0, 1));
  const directOf = indexBy(direct, ([a]) => [a]);
  const visitsOf = indexBy(visits, (v) => v.purchaserIds.slice(0, 1));
  const countersOf = indexBy(counters, (c) => c.purchaserIds.slice(0, 1));
  const networks: AssembledNetwork[] = [];
  const recordOnlyGroups = new Map<string, RecordOnlyGroup>();
  const parts = new Map<string, NetworkParts>();
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
      seizures: collect(seizuresOf, buyers),
      direct: collect(directOf, buyers).length,
      visits: collect(visitsOf, buyers),
      counters: collect(countersOf, buyers),
      records: groupBrokers.flatMap(([id]) => records.get(id) ?? []),
    };
    // Guns of different buyers meeting in one place: a receiver, a receiving household or a seizure.
    const shared = ties.receivers.length + ties.residences.length + ties.seizures.length > 0;
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
    };
    if (!single && !groupEvidence(ev, veryShort, settings, tie)) {
      alone(ev);
      continue;
    }
    const network = describeNetwork(ev, guns, veryShort, ties, settings, centrality);
    parts.set(network.id, { buyers: ev, ties, described: network.evidence.length });
    if (ties.receivers.length > 0 && (settings.holderTies?.level ?? 0) > 0) network.evidence.push(describeHolderTieLevel(settings.holderTies!));
    if (counterLevel && counterLevel.level > 0 && ties.counters.some((t) => t.dealerLicense !== null))
      network.evidence.push(describeCounterTieLevel(counterLevel));
    if (ties.residences.length > 0 && (settings.householdTies?.level ?? 0) > 0) network.evidence.push(describeHolderTieLevel(settings.householdTies!, true));
    if (recordOnly)
      recordOnlyGroups.set(network.id, { recruiter: recruiterRecord, buyers: buyers.length, dealers: new Set(guns.map((g) => g.dealerLicense)).size });
    networks.push(network);
  }
  return { networks, recordOnly: recordOnlyGroups, parts, counterTies: counterLevel };
}
