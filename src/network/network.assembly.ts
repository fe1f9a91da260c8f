import { createHash } from 'node:crypto';
import type { RiskConfig } from '../risk/risk-config.js';

/** A person or gun of the GDS projection with what the algorithms computed for it. */
export interface ProjectedNode {
  kind: 'Person' | 'Firearm';
  id: string;
  component: number;
  community: number;
  pagerank: number;
  betweenness: number;
}

/** cypher/network/trafficking-paths.cypher: a short time-to-crime purchase → recovery path. */
export interface TraffickingPath {
  purchaserId: string;
  firearmId: string;
  possessorId: string | null;
  dealerLicense: string;
  dealerState: string | null;
  soldOn: string;
  recoveredOn: string;
  recoveredState: string | null;
  timeToCrimeDays: number;
}

export type MemberRole = 'STRAW_PURCHASER' | 'BROKER' | 'POSSESSOR';

export interface AssembledNetwork {
  id: string;
  rank: number;
  size: number;
  /** 'WCC' when the network is a whole connected component; 'WCC+LOUVAIN' when a large component was split. */
  method: 'WCC' | 'WCC+LOUVAIN';
  members: Array<{ id: string; role: MemberRole; centrality: number; betweenness: number }>;
  dealers: Array<{ license: string; guns: number }>;
  firearms: string[];
  sourceStates: string[];
  destinationStates: string[];
  firstActivity: string;
  lastActivity: string;
  traffickedGuns: number;
  /** Straw purchasers who each diverted at least `repeatStrawMinGuns` guns. */
  repeatStrawPurchasers: number;
  /** Share of the straw purchasers' diverted guns recovered outside the dealer's state. */
  outOfStateShare: number;
  strawPurchasers: number;
  brokers: number;
  possessors: number;
  firearmCount: number;
  dealerCount: number;
  medianTimeToCrimeDays: number | null;
}

/** States by how many guns went through them, most first. */
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
  return `NET-${createHash('sha1').update([...memberIds].sort().join('\n')).digest('hex').slice(0, 12)}`;
}

/**
 * Groups of people: a weakly connected component, or, when a component has more people than
 * `maxCrewSize` (unrelated cases chained by one association), its Louvain communities.
 */
export function groupPeople(nodes: ProjectedNode[], maxCrewSize: number): Map<string, { method: AssembledNetwork['method']; people: ProjectedNode[] }> {
  const peoplePerComponent = new Map<number, number>();
  for (const n of nodes) if (n.kind === 'Person') peoplePerComponent.set(n.component, (peoplePerComponent.get(n.component) ?? 0) + 1);
  const groups = new Map<string, { method: AssembledNetwork['method']; people: ProjectedNode[] }>();
  for (const n of nodes) {
    if (n.kind !== 'Person') continue;
    const split = peoplePerComponent.get(n.component)! > maxCrewSize;
    const key = split ? `${n.component}/${n.community}` : `${n.component}`;
    const group = groups.get(key) ?? { method: split ? 'WCC+LOUVAIN' : 'WCC', people: [] };
    group.people.push(n);
    groups.set(key, group);
  }
  return groups;
}

/**
 * Turns GDS groups into trafficking networks with roles:
 * - STRAW_PURCHASER: bought a gun that was recovered from someone else within the short
 *   time-to-crime window, or recovered out of the dealer's state with no possessor known;
 * - POSSESSOR: a gun bought by a group member was recovered from them;
 * - BROKER: neither, but a known associate of at least `brokerMinLinks` straw purchasers or
 *   possessors of the group (the go-between of NFCTA vol. III's straw-purchase schemes).
 * Everyone else in the component (an associate linked to one member only) is not a member.
 * A group is reported when it keeps `minMembers` people, `minStrawPurchasers` straw purchasers
 * tied by a broker or `minStrawPurchasersWithoutBroker` without one (a lone straw purchaser and
 * his buyers show in his straw-purchase indicators; two buyers who merely know each other are a
 * coincidence, not a crew: NFCTA vol. III describes recruiters behind straw purchasers) and
 * `minTraffickedGuns` guns that went from a member purchaser to a member possessor (two
 * unrelated diversions joined by one association are a coincidence, not a network).
 * It must also show the pattern of a trafficking scheme rather than of acquaintances who each
 * lost one gun: `minRepeatStrawPurchasers` straw purchasers who each diverted
 * `repeatStrawMinGuns` guns (repeat buying is the straw purchaser's signature, NFCTA vol. III;
 * Wintemute et al. on multiple and repeat purchases), or one such buyer and nearly all the
 * diverted guns (`interstateMinShare`) recovered outside the state of sale (interstate
 * trafficking along a corridor, the "iron pipeline").
 */
export function assembleNetworks(
  nodes: ProjectedNode[],
  paths: TraffickingPath[],
  associations: Array<{ a: string; b: string }>,
  settings: RiskConfig['networks'],
): AssembledNetwork[] {
  const groups = groupPeople(nodes, settings.maxCrewSize);
  const groupOf = new Map<string, string>();
  for (const [key, g] of groups) for (const p of g.people) groupOf.set(p.id, key);
  const pathsByGroup = new Map<string, TraffickingPath[]>();
  for (const p of paths) {
    const key = groupOf.get(p.purchaserId);
    if (key !== undefined) pathsByGroup.set(key, [...(pathsByGroup.get(key) ?? []), p]);
  }
  const associates = new Map<string, string[]>();
  for (const { a, b } of associations) {
    associates.set(a, [...(associates.get(a) ?? []), b]);
    associates.set(b, [...(associates.get(b) ?? []), a]);
  }

  const networks: AssembledNetwork[] = [];
  for (const [key, group] of groups) {
    if (group.people.length < settings.minMembers) continue;
    const inGroup = (id: string | null) => id !== null && groupOf.get(id) === key;
    const groupPaths = pathsByGroup.get(key) ?? [];
    const straw = new Set(
      groupPaths
        .filter((p) => (p.possessorId !== null && p.possessorId !== p.purchaserId) || (p.possessorId === null && p.recoveredState !== p.dealerState))
        .map((p) => p.purchaserId),
    );
    const possessors = new Set(groupPaths.filter((p) => inGroup(p.possessorId) && !straw.has(p.possessorId!)).map((p) => p.possessorId!));
    const core = new Set([...straw, ...possessors]);
    const brokers = new Set(
      group.people
        .filter((p) => !core.has(p.id) && (associates.get(p.id) ?? []).filter((x) => core.has(x)).length >= settings.brokerMinLinks)
        .map((p) => p.id),
    );
    const trafficked = groupPaths.filter((p) => inGroup(p.possessorId) && p.possessorId !== p.purchaserId);
    const traffickedGuns = new Set(trafficked.map((p) => p.firearmId)).size;
    const memberIds = [...straw, ...brokers, ...possessors];
    const enoughStraws = straw.size >= (brokers.size > 0 ? settings.minStrawPurchasers : settings.minStrawPurchasersWithoutBroker);
    if (memberIds.length < settings.minMembers || !enoughStraws || traffickedGuns < settings.minTraffickedGuns) continue;
    const pattern = schemePattern(groupPaths.filter((p) => straw.has(p.purchaserId)), settings);
    if (!pattern.isScheme) continue;

    const byId = new Map(group.people.map((p) => [p.id, p]));
    const role = (id: string): MemberRole => (straw.has(id) ? 'STRAW_PURCHASER' : brokers.has(id) ? 'BROKER' : 'POSSESSOR');
    const dealerGuns = new Map<string, Set<string>>();
    for (const p of groupPaths) dealerGuns.set(p.dealerLicense, (dealerGuns.get(p.dealerLicense) ?? new Set()).add(p.firearmId));
    const firearms = [...new Set(groupPaths.map((p) => p.firearmId))].sort();
    networks.push({
      id: networkId(memberIds),
      rank: 0,
      size: memberIds.length,
      method: group.method,
      members: memberIds
        .map((id) => ({ id, role: role(id), centrality: round(byId.get(id)?.pagerank ?? 0), betweenness: round(byId.get(id)?.betweenness ?? 0) }))
        .sort((a, b) => b.centrality - a.centrality || a.id.localeCompare(b.id)),
      dealers: [...dealerGuns.entries()].map(([license, guns]) => ({ license, guns: guns.size })).sort((a, b) => b.guns - a.guns || a.license.localeCompare(b.license)),
      firearms,
      sourceStates: statesByCount(groupPaths.map((p) => p.dealerState)),
      destinationStates: statesByCount(groupPaths.map((p) => p.recoveredState)),
      firstActivity: groupPaths.map((p) => p.soldOn).sort()[0]!,
      lastActivity: groupPaths.map((p) => p.recoveredOn).sort().at(-1)!,
      traffickedGuns,
      repeatStrawPurchasers: pattern.repeatStrawPurchasers,
      outOfStateShare: round(pattern.outOfStateShare),
      strawPurchasers: straw.size,
      brokers: brokers.size,
      possessors: possessors.size,
      firearmCount: firearms.length,
      dealerCount: dealerGuns.size,
      medianTimeToCrimeDays: median(groupPaths.map((p) => p.timeToCrimeDays)),
    });
  }
  networks.sort((a, b) => b.traffickedGuns - a.traffickedGuns || b.size - a.size || a.id.localeCompare(b.id));
  networks.forEach((n, i) => (n.rank = i + 1));
  return networks;
}

/** Repeat straw purchasers and out-of-state share of the straw purchasers' diverted guns (see assembleNetworks). */
export function schemePattern(strawPaths: TraffickingPath[], settings: RiskConfig['networks']) {
  const gunsPerBuyer = new Map<string, Set<string>>();
  const outOfState = new Set<string>();
  for (const p of strawPaths) {
    gunsPerBuyer.set(p.purchaserId, (gunsPerBuyer.get(p.purchaserId) ?? new Set()).add(p.firearmId));
    if (p.recoveredState && p.dealerState && p.recoveredState !== p.dealerState) outOfState.add(p.firearmId);
  }
  const guns = new Set(strawPaths.map((p) => p.firearmId)).size;
  const repeatStrawPurchasers = [...gunsPerBuyer.values()].filter((g) => g.size >= settings.repeatStrawMinGuns).length;
  const outOfStateShare = guns === 0 ? 0 : outOfState.size / guns;
  const isScheme =
    repeatStrawPurchasers >= settings.minRepeatStrawPurchasers || (repeatStrawPurchasers >= 1 && outOfStateShare >= settings.interstateMinShare);
  return { repeatStrawPurchasers, outOfStateShare, isScheme };
}

const round = (v: number) => Math.round(v * 10_000) / 10_000;
