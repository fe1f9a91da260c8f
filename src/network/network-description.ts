import { createHash } from 'node:crypto';
import { describeCampaignBuyer, describeCampaignBuyers } from './campaign-buyers.js';
import { describeVisit } from './counter-visits.js';
import { describeCluster } from './dealer-clusters.js';
import type { Settings } from './group-evidence.js';
import { describeCampaign } from './hub-campaigns.js';
import { memberTieSentences } from './member-ties.js';
import { typologyOf, type GroupTies, type NetworkTypology } from './network-typology.js';
import { describeProlificCounterTie } from './prolific-counters.js';
import { describeRecruiterRecord } from './recruiter-records.js';
import { describeSeizure } from './seizures.js';
import type { PurchaserEvidence, StrawGun } from './trafficking.evidence.js';

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

/** A reported group as the API shows it: members with roles, dealers, guns, states and one sentence per piece of evidence. */
export function describeNetwork(
  buyers: PurchaserEvidence[],
  guns: StrawGun[],
  veryShort: number,
  ties: GroupTies,
  s: Settings,
  centrality: Map<string, Centrality>,
): AssembledNetwork {
  const { brokers, receivers, direct } = ties;
  const roles = new Map<string, { role: MemberRole; evidence: string[] }>();
  const byId = new Map(buyers.map((b) => [b.personId, b]));
  const tied = memberTieSentences(byId, ties.campaigns, ties.clusters, ties.visits, ties.counters);
  for (const b of buyers) roles.set(b.personId, { role: 'STRAW_PURCHASER', evidence: [...b.evidence, ...(tied.get(b.personId) ?? [])] });
  for (const c of ties.campaignBuyers ?? []) for (const id of c.purchaserIds) roles.get(id)?.evidence.push(describeCampaignBuyer(c, byId.get(id)!));
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
  // One sentence once: a lone buyer's multiple-sale line is the network's too.
  const evidence = dedupe([
    // As the purchaser's evidence: a gun with no possessor on record was not taken from someone.
    guns.every((g) => g.possessorId !== null)
      ? `${guns.length} guns bought by ${buyers.length} purchaser(s) were recovered from someone else within ${s.shortTimeToCrimeDays} days of sale; ${veryShort} within a year`
      : `${guns.length} guns bought by ${buyers.length} purchaser(s) were recovered within ${s.shortTimeToCrimeDays} days of sale (${guns.filter((g) => g.possessorId !== null).length} from someone else, ` +
        `${guns.filter((g) => g.possessorId === null).length} with no possessor recorded: out of the state of sale, or seized with other buyers' guns); ${veryShort} within a year`,
    ...brokers.map(([id, set]) => `broker ${id} is a known associate of ${set.size} of the purchasers`),
    ...ties.records.map(describeRecruiterRecord),
    ...receivers.map(([id, set]) => `receiver ${id} held guns bought by ${set.size} of the purchasers`),
    ...ties.residences.map(
      (r) =>
        `guns bought by ${r.purchaserIds.length} of the purchasers were recovered from ${r.possessorIds.length} people recorded at one residence (${r.possessorIds.join(', ')})`,
    ),
    ...ties.seizures.map(describeSeizure),
    ...(direct ? [`${direct} known association(s) between purchasers`] : []),
    ...ties.clusters.map(describeCluster),
    ...ties.campaigns.map(describeCampaign),
    ...(ties.campaignBuyers ?? []).map(describeCampaignBuyers),
    ...ties.visits.map(describeVisit),
    ...ties.counters.map(describeProlificCounterTie),
    // A lone buyer's own lines, less those the network states below in its own words (out of state).
    ...(buyers.length === 1 ? buyers[0]!.evidence.slice(1).filter((line) => !line.endsWith(' recovered outside the state of sale')) : []),
    `purchases over ${spanDays} days at ${dealerGuns.size} dealer(s)`,
    `${outOfState} of ${guns.length} recovered outside the state of sale`,
    ...(buyers.some((b) => b.multipleSales > 0) ? [`${buyers.reduce((a, b) => a + b.multipleSales, 0)} purchase(s) reported as multiple sales`] : []),
  ]);
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

const dedupe = (lines: string[]) => [...new Set(lines)];
