import type { AssembledNetwork } from './network.assembly.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';

/** A purchaser the analysis flags, with the evidence that put them there (stored as a PurchaserFlag). */
export interface FlaggedPurchaser {
  personId: string;
  rank: number;
  score: number;
  strawGuns: number;
  veryShortGuns: number;
  outOfStateGuns: number;
  purchases: number;
  purchaseEvents: number;
  dealers: number;
  multipleSales: number;
  stolenExcluded: number;
  networkId: string | null;
  typology: string | null;
  evidence: string[];
}

/**
 * Flagged purchasers: prolific straw purchasers on their own evidence, and every straw purchaser
 * of a reported network (whose own evidence may be one gun, but whose hub ties it to others).
 * Ranked by score (straw guns, weighted up by the strong indicators), then person id.
 */
export function flaggedPurchasers(evidence: Map<string, PurchaserEvidence>, networks: AssembledNetwork[]): FlaggedPurchaser[] {
  const networkOf = new Map<string, AssembledNetwork>();
  for (const n of networks) for (const m of n.members) if (m.role === 'STRAW_PURCHASER') networkOf.set(m.id, n);
  const out: FlaggedPurchaser[] = [];
  for (const e of evidence.values()) {
    const net = networkOf.get(e.personId) ?? null;
    if (!e.prolific && !net) continue;
    out.push({
      personId: e.personId,
      rank: 0,
      score: e.score,
      strawGuns: e.strawGuns.length,
      veryShortGuns: e.veryShortGuns,
      outOfStateGuns: e.outOfStateGuns,
      purchases: e.purchases,
      purchaseEvents: e.purchaseEvents,
      dealers: e.dealers,
      multipleSales: e.multipleSales,
      stolenExcluded: e.stolenExcluded,
      networkId: net?.id ?? null,
      typology: net?.typology ?? null,
      evidence: [
        ...e.evidence,
        ...(net ? [`member of network ${net.id} (${net.typology})`] : []),
        ...(e.prolific ? ['prolific: repeat straw purchases on their own evidence'] : []),
      ],
    });
  }
  out.sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId));
  out.forEach((f, i) => (f.rank = i + 1));
  return out;
}
