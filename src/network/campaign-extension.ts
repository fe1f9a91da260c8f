import { campaignBuyers, campaignChance } from './campaign-buyers.js';
import type { DuplicateRecords } from './duplicate-records.js';
import type { Settings } from './group-evidence.js';
import { describeNetwork, type AssembledNetwork, type Centrality } from './network-description.js';
import type { GroupTies } from './network-typology.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';

/** What a reported network was described from, to describe it again with more buyers (withCampaignBuyers). */
export interface NetworkParts {
  buyers: PurchaserEvidence[];
  ties: GroupTies;
  /** Evidence lines the description itself wrote; lines after them were added by the assembly. */
  described: number;
}

/**
 * Each reported recruiter's campaign of one-time buyers described again with the buyers of its
 * stores and days that nothing on record ties (campaign-buyers.ts). Runs once, on the networks
 * finally reported: whether a network exists never depends on the buyers it adds.
 */
export function withCampaignBuyers(
  networks: AssembledNetwork[],
  parts: Map<string, NetworkParts>,
  evidence: Map<string, PurchaserEvidence>,
  settings: Settings,
  centrality: Map<string, Centrality>,
  duplicates: DuplicateRecords,
): AssembledNetwork[] {
  const s = settings.campaignBuyers;
  if (!s) return networks;
  const suspects = new Map([...evidence].filter(([, e]) => e.strawGuns.length > 0));
  const chance = campaignChance(suspects, settings.dealerSales);
  const taken = new Set(networks.flatMap((n) => n.members.map((m) => m.id)));
  return networks.map((n) => {
    const part = parts.get(n.id);
    if (n.typology !== 'RECRUITER_ONE_TIME_BUYERS' || !part) return n;
    const c = campaignBuyers(
      part.buyers.map((b) => b.personId),
      n.destinationStates,
      suspects,
      taken,
      chance,
      s,
      (a, b) => duplicates.maybeSame(a, b),
    );
    if (!c) return n;
    c.purchaserIds.forEach((id) => taken.add(id));
    const buyers = [...part.buyers, ...c.purchaserIds.map((id) => suspects.get(id)!)];
    const guns = buyers.flatMap((b) => b.strawGuns);
    const ties = { ...part.ties, campaignBuyers: [...(part.ties.campaignBuyers ?? []), c] };
    const again = describeNetwork(buyers, guns, guns.filter((g) => g.veryShort).length, ties, settings, centrality);
    again.evidence.push(...n.evidence.slice(part.described));
    return again;
  });
}
