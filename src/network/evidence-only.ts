import { buyerDayProfile, buyerDaysByDealer } from './buyer-days.js';
import { dealerClusters, type DealerCluster } from './dealer-clusters.js';
import type { DayProfile } from './dealer-sales.js';
import type { DuplicateRecords } from './duplicate-records.js';
import type { Settings } from './group-evidence.js';
import { marketClusters, newMarketClusters } from './market-clusters.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';

/** What every assembly of one run shares: it depends on the evidence alone. */
export interface EvidenceOnly {
  /** The purchasers with at least one straw-evidence gun. */
  suspects: Map<string, PurchaserEvidence>;
  clusters: DealerCluster[];
  profile: DayProfile;
}

/** Significant bursts of straw-evidence buyers at one counter and, apart from those, for one distant market (dealer-clusters.ts, market-clusters.ts). */
function counterClusters(suspects: Map<string, PurchaserEvidence>, settings: Settings, duplicates: DuplicateRecords): DealerCluster[] {
  const scanSettings = {
    minClusterPurchasers: settings.clusterMinPurchasers,
    maxWindowDays: settings.schemeWindowDays,
    minWindowDays: settings.purchaseEventGapDays,
    alpha: settings.clusterAlpha,
    errorRate: settings.clusterErrorRate,
    sales: settings.dealerSales,
  };
  const atCounters = dealerClusters(suspects, scanSettings);
  const bound = newMarketClusters(marketClusters(suspects, settings.marketScan, scanSettings), atCounters);
  return [...atCounters, ...bound].filter((c) => duplicates.people(c.purchaserIds) >= settings.clusterMinPurchasers);
}

/**
 * What depends on the evidence alone, not on whose associations are paired, found once for the
 * real run and every null run: the bursts at one counter and for one market, and the time profile
 * that counter ties are measured against.
 */
export function evidenceOnly(evidence: Map<string, PurchaserEvidence>, settings: Settings, duplicates: DuplicateRecords): EvidenceOnly {
  const suspects = new Map([...evidence].filter(([, e]) => e.strawGuns.length > 0));
  return { suspects, clusters: counterClusters(suspects, settings, duplicates), profile: buyerDayProfile(buyerDaysByDealer(suspects)) };
}
