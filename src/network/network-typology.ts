import type { CampaignBuyers } from './campaign-buyers.js';
import type { CounterVisit } from './counter-visits.js';
import type { DealerCluster } from './dealer-clusters.js';
import type { HubCampaign } from './hub-campaigns.js';
import type { ProlificCounterTie } from './prolific-counters.js';
import type { RecruiterRecord } from './recruiter-records.js';
import type { ResidenceHub } from './residence-hubs.js';
import type { Seizure } from './seizures.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';

/** What joined a network and what it looks like, in the words of the typology literature (ATF 2000; NFCTA vol. III). */
export const NETWORK_TYPOLOGIES: readonly string[] = [
  'LONE_PROLIFIC_BUYER',
  'RECRUITER_ONE_TIME_BUYERS',
  'STRAW_RING_BROKER',
  'RECEIVER_HUB',
  'STRAW_RING_ASSOCIATES',
  'DEALER_PURCHASE_CLUSTER',
];
export type NetworkTypology =
  'LONE_PROLIFIC_BUYER' | 'RECRUITER_ONE_TIME_BUYERS' | 'STRAW_RING_BROKER' | 'RECEIVER_HUB' | 'STRAW_RING_ASSOCIATES' | 'DEALER_PURCHASE_CLUSTER';

/** What tied a group of purchasers together (network.assembly.ts). */
export interface GroupTies {
  brokers: Array<[string, Set<string>]>;
  receivers: Array<[string, Set<string>]>;
  clusters: DealerCluster[];
  campaigns: HubCampaign[];
  residences: ResidenceHub[];
  /** Guns of several of the purchasers seized at one place on one day (seizures.ts). */
  seizures: Seizure[];
  direct: number;
  visits: CounterVisit[];
  /** Lone prolific purchasers joined by purchases at one dealer, or at one recorded residence, in one scheme window (prolific-counters.ts). */
  counters: ProlificCounterTie[];
  records: RecruiterRecord[];
  /** One-time buyers with no recorded tie added to a reported recruiter's campaign (campaign-buyers.ts). */
  campaignBuyers?: CampaignBuyers[];
}

export function typologyOf(buyers: PurchaserEvidence[], t: GroupTies, guns: number): NetworkTypology {
  if (buyers.length === 1) return 'LONE_PROLIFIC_BUYER';
  const oneTime = buyers.length >= 3 && guns / buyers.length <= 1.5;
  // A recruiter is a person on record (broker, campaign). A burst at one counter alone is timing:
  // where a receiver, a residence or a seizure holds the buyers' guns, that recorded hub names the network.
  const hub = t.receivers.length > 0 || t.residences.length > 0 || t.seizures.length > 0;
  const recruited = t.brokers.length > 0 || t.campaigns.length > 0 || (t.clusters.length > 0 && !hub);
  if (recruited && oneTime) return 'RECRUITER_ONE_TIME_BUYERS';
  if (t.brokers.length > 0) return 'STRAW_RING_BROKER';
  if (hub) return 'RECEIVER_HUB';
  // Housemates flagged each on their own evidence are associates whose tie is their shared residence.
  if (t.direct > 0 || t.visits.length > 0 || t.counters.some((c) => c.dealerLicense == null)) return 'STRAW_RING_ASSOCIATES';
  return t.clusters.length > 0 || t.counters.length > 0 ? 'DEALER_PURCHASE_CLUSTER' : 'RECEIVER_HUB';
}
