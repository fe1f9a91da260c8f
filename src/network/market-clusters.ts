import type { RiskConfig } from '../risk/risk-config.js';
import { dealerStrata, scanStrata, type DealerCluster, type ScanSettings, type ScanStratum } from './dealer-clusters.js';
import { dayNumber } from './purchase-events.js';
import type { PurchaserEvidence, StrawGun } from './trafficking.evidence.js';

/** Which recoveries the destination-market scan reads, as configured (`networks.marketScan`): none, those outside the state of sale, or all. */
export type MarketScan = RiskConfig['networks']['marketScan'];

/**
 * The market a straw-evidence gun went to: the city and state of its recovery, when both are
 * recorded and (OUT_OF_STATE) the state is not the dealer's. Trafficked guns flow from source
 * dealers to a few destination markets (NFCTA vol. III, the corridors of Following the Gun, 2000),
 * so guns of one store's different buyers recovered in one distant city tell where a scheme's
 * guns went, which no record of the buyers need show.
 */
export function marketOf(g: StrawGun, mode: MarketScan): string | null {
  if (mode === 'OFF' || !g.recoveredCity || !g.recoveredState) return null;
  if (mode === 'OUT_OF_STATE' && !g.outOfState) return null;
  return `${g.recoveredCity}, ${g.recoveredState}`;
}

/** Each (dealer, destination market) pair's straw-evidence buyers and the day of each one's first such purchase there. */
export function marketStrata(evidence: Map<string, PurchaserEvidence>, mode: MarketScan): ScanStratum[] {
  const strata = new Map<string, ScanStratum>();
  for (const e of evidence.values()) {
    for (const g of e.strawGuns) {
      const market = marketOf(g, mode);
      if (market == null) continue;
      const key = `${g.dealerLicense}\u0000${market}`;
      const stratum = strata.get(key) ?? { dealerLicense: g.dealerLicense, market, buyers: new Map<string, number>() };
      const day = dayNumber(g.soldOn);
      const prior = stratum.buyers.get(e.personId);
      if (prior == null || day < prior) stratum.buyers.set(e.personId, day);
      strata.set(key, stratum);
    }
  }
  return [...strata.values()];
}

/**
 * Purchase clusters at one dealer bound for one market: different buyers bought, at one counter
 * within a short time, guns that were soon recovered from others in one city. The dealer-cluster
 * scan (dealer-clusters.ts) tests each dealer's buyers against the times of all straw-evidence
 * buyers; a busy store whose crime guns arrive all the time hides a campaign of one-time buyers
 * among them. Here each (dealer, market) pair is its own stratum: its buyers' days are tested
 * against the time profile of all straw-evidence buyers (as the counter scan's; weighted by the
 * store's own sales when known), conditional on how many of that store's buyers' guns ever went
 * there, so a city where the store's guns always turn up needs a tight burst, and chance is
 * corrected for every pair tested (Bonferroni over windows, then pairs per `errorRate`). The test
 * never depends on how large or rare a city is, only on timing.
 */
export function marketClusters(evidence: Map<string, PurchaserEvidence>, mode: MarketScan, s: ScanSettings): DealerCluster[] {
  if (mode === 'OFF') return [];
  return scanStrata(marketStrata(evidence, mode), s, dealerStrata(evidence));
}

/**
 * The market clusters that say something the dealer clusters do not: a market cluster whose
 * buyers all sit in one accepted dealer cluster is the same burst seen twice.
 */
export function newMarketClusters(market: DealerCluster[], dealer: DealerCluster[]): DealerCluster[] {
  const inDealerCluster = dealer.map((c) => new Set(c.purchaserIds));
  return market.filter((m) => !inDealerCluster.some((set) => m.purchaserIds.every((id) => set.has(id))));
}
