import type { Gateway } from '../db/gateway.js';
import { flaggedPurchaserIds, networksWithMemberRoles, rankedDealers } from './analysis.data.js';

/** The planted truth the evaluation needs (seeds/typologies/typology.types.ts PlantedCase, seeds/manifest.ts). */
export interface PlantedCaseTruth {
  id: string;
  typology: string;
  trafficking: boolean;
  purchaserIds: string[];
  hubIds: string[];
  possessorIds: string[];
  firearmIds: string[];
  recoveredFirearmIds: string[];
  evidentPurchaserIds: string[];
  dealerLicenses: string[];
}

export interface StoredNetwork {
  id: string;
  typology: string;
  corridor: string;
  members: Array<{ id: string; role: string }>;
}

export interface CaseOutcome {
  id: string;
  typology: string;
  trafficking: boolean;
  /** Trafficking cases: a network holds at least half of the case's purchasers and they are at least half of its purchasers. Decoys: someone in it is flagged or in a network. */
  hit: boolean;
  /** Trafficking cases with at least two recovered guns: evidence a trace-based method can see. */
  evident: boolean;
  networkTypology: string | null;
  /** Of the case's purchasers with a recovered gun, how many are flagged or in a network. */
  purchasersFlagged?: number;
  evidentPurchasers?: number;
  /** A burgled dealer's look-alike whose dealer also sold guns to planted straw buyers: ranking it high is not ranking it for the burglary. */
  sharedStore?: boolean;
}

export interface TypologyEvaluation {
  cases: CaseOutcome[];
  networks: number;
  /** Networks whose purchasers are mostly from one planted trafficking case (or planted ring). */
  truePositiveNetworks: number;
  /** The same per network typology label (Network.typology): precision of each label. */
  networkTypologies: Record<string, { networks: number; truePositive: number }>;
  flaggedPurchasers: number;
  /** Flagged purchasers who are purchasers of a planted trafficking case or ring. */
  truePositiveFlags: number;
  /** Planted bad dealers (rogue, corrupt, covering diversions as losses) and their ranks. */
  badDealers: Array<{ license: string; kind: BadDealerKind; rank: number | null }>;
  topConsidered: number;
  badInTop2K: number;
  badInTopK: number;
}

export type BadDealerKind = 'ROGUE' | 'CORRUPT' | 'COVERED_LOSS';

/** Dealer-level typologies: the bad ones by kind; the look-alike whose dealer must not rank high. */
const BAD_DEALER_TYPOLOGIES: Record<string, BadDealerKind> = { CORRUPT_DEALER: 'CORRUPT', DEALER_THEFT_LOSS: 'COVERED_LOSS' };
const VICTIM_DEALER_TYPOLOGY = 'DECOY_DEALER_BURGLARY';

const NETWORK_LIMIT = 100_000;

/**
 * A look-alike whose dealer is the victim (a burgled dealer that reported at once) is a false
 * positive when the dealer ranks among the top 2K bad-dealer candidates, as much as when a person
 * of it is flagged.
 */
export function markVictimDealers(
  outcomes: CaseOutcome[],
  cases: PlantedCaseTruth[],
  rankOf: Map<string, number>,
  topConsidered: number,
  rings: RingTruth[] = [],
): CaseOutcome[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  // The generator's straw buyers shop at ordinary dealers, a burgled one among them: such a dealer is
  // still counted, and marked, so a report can say which ranked on its straw sales, not its burglary.
  const strawStores = new Set([...cases.filter((c) => c.trafficking).flatMap((c) => c.dealerLicenses), ...rings.flatMap((r) => r.dealerLicenses ?? [])]);
  return outcomes.map((o) => {
    const c = byId.get(o.id);
    if (!c || c.typology !== VICTIM_DEALER_TYPOLOGY) return o;
    const ranked = c.dealerLicenses.some((l) => (rankOf.get(l) ?? Infinity) <= topConsidered);
    const shared = c.dealerLicenses.some((l) => strawStores.has(l));
    return { ...o, hit: o.hit || ranked, ...(shared ? { sharedStore: true } : {}) };
  });
}

/** A planted ring as the evaluation's truth: the straw purchasers a network of it would hold. */
export interface RingTruth {
  strawPurchaserIds: string[];
  /** The dealers the ring bought at (the generator's manifest). */
  dealerLicenses?: string[];
}

/**
 * Every planted ring's buyer set: the generator's rings, and each split ring (a ring whose broker
 * was entered as two person records, seeds/typologies/split-ring.ts) with both crews as ONE buyer
 * set: it is one ring, so a network of either crew, or of both once the broker's records are
 * resolved, is a network of planted trafficking, never a false positive.
 */
export function plantedRings(truth: { rings: RingTruth[]; splitRings?: Array<{ crews: readonly string[][] }> }): RingTruth[] {
  return [...truth.rings, ...(truth.splitRings ?? []).map((s) => ({ strawPurchaserIds: s.crews.flat() }))];
}

/** Pure part: scores stored networks and flags against the planted cases and rings (see plantedRings). */
export function evaluateCases(
  cases: PlantedCaseTruth[],
  rings: RingTruth[],
  networks: StoredNetwork[],
  flagged: string[],
): Omit<TypologyEvaluation, 'badDealers' | 'topConsidered' | 'badInTop2K' | 'badInTopK'> {
  const buyersOf = (n: StoredNetwork) => new Set(n.members.filter((m) => m.role === 'STRAW_PURCHASER').map((m) => m.id));
  const netBuyers = networks.map((n) => ({ n, buyers: buyersOf(n) }));
  const involved = new Set([...flagged, ...networks.flatMap((n) => n.members.map((m) => m.id))]);
  const truthBuyerSets = [...cases.filter((c) => c.trafficking).map((c) => new Set(c.purchaserIds)), ...rings.map((r) => new Set(r.strawPurchaserIds))];
  const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;
  const outcomes: CaseOutcome[] = cases.map((c) => {
    if (!c.trafficking) {
      const people = [...c.purchaserIds, ...c.hubIds, ...c.possessorIds];
      return { id: c.id, typology: c.typology, trafficking: false, hit: people.some((p) => involved.has(p)), evident: true, networkTypology: null };
    }
    // Only purchasers with a recovered gun can be found from recoveries and traces.
    const buyers = new Set(c.evidentPurchaserIds);
    const match = netBuyers.find(({ buyers: nb }) => buyers.size > 0 && overlap(buyers, nb) * 2 >= buyers.size && overlap(buyers, nb) * 2 >= nb.size);
    return {
      id: c.id,
      typology: c.typology,
      trafficking: true,
      hit: match !== undefined,
      evident: c.recoveredFirearmIds.length >= 2,
      purchasersFlagged: c.evidentPurchaserIds.filter((p) => involved.has(p)).length,
      evidentPurchasers: c.evidentPurchaserIds.length,
      networkTypology: match?.n.typology ?? null,
    };
  });
  const isTrue = (buyers: Set<string>) => buyers.size > 0 && truthBuyerSets.some((t) => overlap(buyers, t) * 2 >= buyers.size);
  const truePositiveNetworks = netBuyers.filter(({ buyers }) => isTrue(buyers)).length;
  const networkTypologies: TypologyEvaluation['networkTypologies'] = {};
  for (const { n, buyers } of netBuyers) {
    const t = (networkTypologies[n.typology] ??= { networks: 0, truePositive: 0 });
    t.networks += 1;
    t.truePositive += isTrue(buyers) ? 1 : 0;
  }
  const allTruthBuyers = new Set(truthBuyerSets.flatMap((s) => [...s]));
  return {
    cases: outcomes,
    networks: networks.length,
    truePositiveNetworks,
    networkTypologies,
    flaggedPurchasers: flagged.length,
    truePositiveFlags: flagged.filter((f) => allTruthBuyers.has(f)).length,
  };
}

/** Reads the stored analysis results and evaluates them against the planted cases and bad dealers. */
export async function evaluateTypologies(
  gateway: Gateway,
  truth: { typologies: PlantedCaseTruth[]; rings: RingTruth[]; splitRings?: Array<{ crews: readonly string[][] }>; rogueDealers: string[] },
  /** Judge only networks with a member, and flags of people, this accepts (e.g. the generator's own people, when other records share the graph). */
  judged: (personId: string) => boolean = () => true,
): Promise<TypologyEvaluation> {
  const meta = { operation: 'quality' };
  const networks = (await networksWithMemberRoles<StoredNetwork>(gateway, NETWORK_LIMIT, meta)).filter((n) => n.members.some((m) => judged(m.id)));
  const flagged = (await flaggedPurchaserIds(gateway, NETWORK_LIMIT * 10, meta)).filter(judged);
  const bad: Array<{ license: string; kind: BadDealerKind }> = [
    ...truth.rogueDealers.map((l) => ({ license: l, kind: 'ROGUE' as const })),
    ...truth.typologies.flatMap((c) => {
      const kind = BAD_DEALER_TYPOLOGIES[c.typology];
      return kind ? c.dealerLicenses.map((license) => ({ license, kind })) : [];
    }),
  ];
  const k = bad.length;
  const ranked = await rankedDealers(gateway, 100_000, meta);
  const rankOf = new Map(ranked.map((d) => [d.license, d.rank]));
  const badDealers = bad.map((b) => ({ ...b, rank: rankOf.get(b.license) ?? null }));
  const scored = evaluateCases(truth.typologies, plantedRings(truth), networks, flagged);
  return {
    ...scored,
    cases: markVictimDealers(scored.cases, truth.typologies, rankOf, 2 * k, truth.rings),
    badDealers,
    topConsidered: 2 * k,
    badInTop2K: badDealers.filter((b) => b.rank !== null && b.rank <= 2 * k).length,
    badInTopK: badDealers.filter((b) => b.rank !== null && b.rank <= k).length,
  };
}
