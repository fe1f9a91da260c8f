import { randomUUID } from 'node:crypto';
import type { Gateway } from '../db/gateway.js';
import { analysisMeta } from '../db/analysis-meta.js';
import type { RiskConfig } from '../risk/risk-config.js';
import { REVIEW_MIN_SCORE } from '../resolution/resolution.job.js';
import { NO_BUYER_TIES, type BuyerTieCalibration } from './buyer-null.js';
import { DuplicateRecords } from './duplicate-records.js';
import { assembleNetworks, type AssembledNetwork, type Centrality, type RecordTieCalibrations } from './network.assembly.js';
import { networkRunData } from './network-run.data.js';
import { flaggedPurchasers, type FlaggedPurchaser } from './purchaser-flags.js';
import { explainResolvedMembers, linkNetworksByOpenPairs } from './resolution-evidence.js';
import { findHubs } from './hubs.js';
import type { CounterTieCalibration } from './counter-tie-null.js';
import { withHolderTies, type HolderTieCalibration } from './holder-null.js';
import { withDealerSales, type CounterScanPopulation } from './dealer-sales.js';
import { networkSettingsOf } from './group-evidence.js';
import { SameAsClusters } from './same-as-clusters.js';
import { purchaserEvidence } from './trafficking.evidence.js';

const meta = analysisMeta('networks');

export interface NetworkJobResult {
  networks: AssembledNetwork[];
  /** How much store sharing groups tied only by association records needed in this data (association-null.ts); absent when off. */
  recordTies?: RecordTieCalibrations;
  /** The window ties between lone prolific purchasers at one counter were held to in this data (counter-tie-null.ts); absent when not measured. */
  counterTies?: CounterTieCalibration;
  /** The levels receiver and household ties were held to in this data (holder-null.ts: repeat possession and shared residences measured on control guns). */
  holderTies: HolderTieCalibration;
  householdTies: HolderTieCalibration;
  /** The level flags for repeat buying were held to in this data (buyer-null.ts: lawful repeat buyers measured on control guns). */
  buyerTies: BuyerTieCalibration;
  /** The counter scan's chance model (dealer-sales.ts) and, with each dealer's own sales, how many dealers and dealer-months it read. */
  counterScan: { population: CounterScanPopulation; dealers: number; dealerMonths: number };
  flagged: FlaggedPurchaser[];
  projectedNodes: number;
  projectedRelationships: number;
  timings: Record<string, number>;
}

export interface NetworkOptions {
  /** Treat records linked SAME_AS as one person (default); false computes on the records apart. */
  resolveSameAs?: boolean;
}

/**
 * Trafficking networks and flagged purchasers from evidence (src/network/trafficking.evidence.ts,
 * network.assembly.ts): reads every recovered retail purchase, the purchase history and known
 * associates of the purchasers with straw evidence, groups them through hubs, and stores the
 * networks and flags in one write transaction. Neo4j GDS adds PageRank and betweenness over the
 * short time-to-crime projection (who the flows concentrate on). People linked SAME_AS count as
 * one (same-as-clusters.ts; `resolveSameAs: false` keeps the records apart). Its projection has a name no
 * other run uses and is dropped in `finally`, also when a step fails.
 */
export async function runNetworks(gateway: Gateway, computedAt: string, config: RiskConfig, options: NetworkOptions = {}): Promise<NetworkJobResult> {
  const graphName = `crimegun-trafficking-${randomUUID()}`;
  const timings: Record<string, number> = {};
  const time = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      timings[step] = Date.now() - t0;
    }
  };
  const t = config.thresholds;
  const settings = networkSettingsOf(config);
  const data = networkRunData(gateway, meta);
  // The projection and its centralities read only the graph, not the evidence the job computes:
  // started first, they run in the database while the job reads and weighs the evidence.
  const ranking = rankPeople(data, graphName, t.shortTimeToCrimeDays, time);
  // Each dealer's own trade over time is the scan's population at risk (dealer-sales.ts), when
  // configured: a read of the graph alone too, started with the projection.
  const salesRead = settings.counterScanPopulation === 'DEALER_SALES' ? time('dealerSales', () => data.dealerMonthlySales()) : Promise.resolve([]);
  // Settled here too, so a failure before they are awaited is never an unhandled rejection.
  ranking.catch(() => undefined);
  salesRead.catch(() => undefined);
  try {
    const links = await time('sameAs', () => data.sameAsPairs());
    const resolve = options.resolveSameAs !== false;
    const sameAs = resolve ? links : [];
    const people = new SameAsClusters(sameAs);
    // Records that may be one person (undecided candidates; SAME_AS links while records are kept
    // apart) are one person to every tie between people: no crew of one buyer entered twice.
    const openPairs = await time('openPairs', () => data.openDuplicatePairs(REVIEW_MIN_SCORE));
    const duplicates = new DuplicateRecords([...(resolve ? [] : links), ...openPairs].map(({ a, b }) => ({ a: people.canonical(a), b: people.canonical(b) })));
    const rows = (await time('recoveredPurchases', () => data.recoveredPurchases())).map((r) => ({
      ...r,
      purchaserId: people.canonical(r.purchaserId),
      possessorId: people.canonical(r.possessorId),
    }));
    const first = purchaserEvidence(rows, [], settings);
    const suspects = [...first.keys()];
    const purchases = (await time('purchases', () => data.purchasesOf(people.expand(suspects)))).map((p) => ({
      ...p,
      purchaserId: people.canonical(p.purchaserId),
    }));
    let buyerTies = NO_BUYER_TIES;
    const evidence = purchaserEvidence(rows, purchases, settings, (c) => (buyerTies = c));
    const strawBuyers = [...evidence.values()].filter((e) => e.strawGuns.length > 0).map((e) => e.personId);
    const associations = (await time('associations', () => data.associatesOf(people.expand(strawBuyers))))
      .map(({ a, b }) => ({ a: people.canonical(a), b: people.canonical(b) }))
      .filter(({ a, b }) => a !== b);
    // A recruiter's record (recruiter-records.ts): the brokers' other recorded associates, whose
    // guns police may never have recovered, and their purchases. Pairs with a straw buyer are read already.
    if (settings.recruiterRecords) {
      const straw = new Set(strawBuyers);
      // The brokers assembleNetworks will find, or a few more: records that may be one person are
      // not merged here, so a broker of one buyer entered twice is read too (and dropped there).
      const suspects = new Map([...evidence].filter(([, e]) => e.strawGuns.length > 0));
      const hubs = [...findHubs(suspects, associations, settings).brokers.keys()];
      const more = (await time('brokerAssociates', () => data.associatesOf(people.expand(hubs))))
        .map(({ a, b }) => ({ a: people.canonical(a), b: people.canonical(b) }))
        .filter(({ a, b }) => a !== b && !straw.has(a) && !straw.has(b));
      associations.push(...more);
      const known = new Set(purchases.map((p) => p.purchaserId));
      const others = [...new Set(more.flatMap(({ a, b }) => [a, b]))].filter((id) => !known.has(id));
      const bought = await time('brokerAssociatePurchases', () => data.purchasesOf(people.expand(others)));
      purchases.push(...bought.map((p) => ({ ...p, purchaserId: people.canonical(p.purchaserId) })));
    }

    const { projection, centrality } = await ranking;
    let recordTies: RecordTieCalibrations | undefined;
    let counterTies: CounterTieCalibration | undefined;
    // How often people are found with guns of different buyers outside trafficking, measured on
    // the guns that cannot be straw evidence (holder-null.ts), sets what a receiver tie is worth here.
    const monthly = await salesRead;
    const tuned = withHolderTies(
      withDealerSales(settings, () => monthly),
      rows,
      evidence,
      duplicates,
    );
    const networks = assembleNetworks(
      evidence,
      associations,
      tuned,
      centrality,
      duplicates,
      purchases,
      (c) => (recordTies = c),
      (c) => (counterTies = c),
    );
    // Which resolutions a network rests on, and which undecided duplicates may join two networks.
    explainResolvedMembers(networks, people, sameAs);
    linkNetworksByOpenPairs(networks, people, openPairs);
    const flagged = flaggedPurchasers(evidence, networks);
    await time('store', () => data.store(networks, flagged, computedAt));
    return {
      networks,
      recordTies,
      counterTies,
      holderTies: tuned.holderTies,
      householdTies: tuned.householdTies,
      buyerTies,
      counterScan: {
        population: settings.counterScanPopulation,
        dealers: new Set(monthly.map((m) => m.dealerLicense)).size,
        dealerMonths: monthly.length,
      },
      flagged,
      projectedNodes: projection?.nodeCount ?? 0,
      projectedRelationships: projection?.relationshipCount ?? 0,
      timings,
    };
  } finally {
    // Always free the projection's memory, even when a step failed (once its projection has ended,
    // or it would be made after the drop); an already-gone graph is fine.
    await ranking.catch(() => undefined);
    await data.dropProjection(graphName);
  }
}

type Timer = <T>(step: string, work: () => Promise<T>) => Promise<T>;

/** Projects the short time-to-crime graph and ranks its people (PageRank, betweenness) in GDS. */
async function rankPeople(data: ReturnType<typeof networkRunData>, graphName: string, shortDays: number, time: Timer) {
  const centrality = new Map<string, Centrality>();
  const projection = await time('project', () => data.project(graphName, shortDays));
  const projectedNodes = projection?.nodeCount ?? 0;
  if (projectedNodes > 0) {
    const nodes = await data.centrality(graphName, projectedNodes, time);
    for (const n of nodes) centrality.set(n.id, { pagerank: n.pagerank, betweenness: n.betweenness });
  }
  return { projection, centrality };
}
