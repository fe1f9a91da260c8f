import { buyerDayProfile, buyerDaysByDealer } from './buyer-days.js';
import { benjaminiHochberg, binomialTail, type ClusterErrorRate } from './dealer-clusters.js';
import { dealerShareCounter, type DealerSales, type ShareCounter } from './dealer-sales.js';
import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import { appendTo } from './multimap.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';
import type { UnionFind } from './union-find.js';

/**
 * A recruiter's campaign at one counter: buyers with no recorded tie to a broker or recruiter
 * bought at the store where the recruiter's recorded buyers bought, in the same days, and their
 * guns too were soon recovered from others. Recruiters send many one-time buyers to the same few
 * stores within a short campaign, and an investigation records only some of them (ATF, Following
 * the Gun, 2000; NFCTA vol. III), so the recorded buyers fix where and when to look.
 *
 * Tested like the dealer-cluster scan (dealer-clusters.ts), but the window is not searched for:
 * it is the span of the recorded buyers' own purchases at that dealer, widened by the
 * multiple-sale window on each side. Under chance each of the dealer's other straw-evidence
 * buyers falls in it with probability q, the share of ALL dealers' straw-evidence buyers whose
 * purchase falls in it (weighted by the dealer's share of the period's sales when known, as the
 * scan: dealer-sales.ts); the window counts when P(X ≥ k | n, q) survives the correction for every
 * (hub, dealer) pair tested (false discovery rate or Bonferroni, as the scan). Pairs whose dealer
 * has no other buyer cannot be significant and are not tested (Tarone, 1990).
 */
export interface HubCampaign {
  hubId: string;
  dealerLicense: string;
  /** The hub's recorded suspect buyers who bought there: the window's anchor. */
  tiedIds: string[];
  /** Buyers with no recorded tie to the hub whose purchase there falls inside the window. */
  joinedIds: string[];
  /** Those of them the campaign put in the hub's network (joinCampaigns: buyers in no crew yet). */
  addedIds?: string[];
  fromDay: number;
  toDay: number;
  /** The dealer's straw-evidence buyers other than the hub's (the chance population). */
  otherBuyers: number;
  /** How many of them the window would hold by chance (n·q). */
  expected: number;
  /** Chance measured against the dealer's own sales over time (dealer-sales.ts). */
  ownTrade?: boolean;
  /** Tail probability corrected for the pairs tested. */
  pValue: number;
}

type Candidate = Omit<HubCampaign, 'pValue'> & { p: number };

export function hubCampaigns(
  evidence: Map<string, PurchaserEvidence>,
  hubs: Map<string, Set<string>>,
  s: { gapDays: number; alpha: number; errorRate?: ClusterErrorRate; sales?: DealerSales },
  duplicates: DuplicateRecords = NO_DUPLICATES,
): HubCampaign[] {
  const byDealer = buyerDaysByDealer(evidence);
  const profile = buyerDayProfile(byDealer);
  if (profile.counts.length === 0) return [];
  const counters = new Map<string, ShareCounter>();
  const shareAt = (dealer: string) => counters.get(dealer) ?? counters.set(dealer, dealerShareCounter(profile, dealer, s.sales)).get(dealer)!;
  const candidates: Candidate[] = [];
  for (const [hubId, tied] of hubs) {
    const tiedAt = new Map<string, string[]>();
    for (const id of [...tied].sort()) for (const lic of new Set(evidence.get(id)?.strawGuns.map((g) => g.dealerLicense))) appendTo(tiedAt, lic, id);
    for (const [dealerLicense, tiedIds] of tiedAt) {
      const buyers = byDealer.get(dealerLicense)!;
      const days = tiedIds.map((id) => buyers.get(id)!);
      const fromDay = Math.min(...days) - s.gapDays;
      const toDay = Math.max(...days) + s.gapDays;
      // A record that may be one of the recorded buyers is that buyer, not another one sent to the store.
      const others = [...buyers].filter(([id]) => !tied.has(id) && !tiedIds.some((t) => duplicates.maybeSame(t, id)));
      if (others.length === 0) continue;
      const joinedIds = others
        .filter(([, d]) => d >= fromDay && d <= toDay)
        .map(([id]) => id)
        .sort();
      const share = shareAt(dealerLicense);
      const q = share(fromDay, toDay);
      const p = binomialTail(joinedIds.length, others.length, q);
      candidates.push({
        hubId,
        dealerLicense,
        tiedIds,
        joinedIds,
        fromDay,
        toDay,
        otherBuyers: others.length,
        expected: others.length * q,
        ...(share.ownTrade ? { ownTrade: true } : {}),
        p,
      });
    }
  }
  const tests = candidates.length;
  const fwer = (s.errorRate ?? 'FWER') === 'FWER';
  const threshold = fwer
    ? s.alpha / tests
    : benjaminiHochberg(
        candidates.map((c) => c.p),
        tests,
        s.alpha,
      );
  const accepted = candidates.filter((c) => c.joinedIds.length > 0 && c.p <= threshold);
  const factor = fwer ? tests : tests / Math.max(1, accepted.length);
  return accepted
    .map(({ p, ...c }) => ({ ...c, pValue: Math.min(1, p * factor) }))
    .sort((a, b) => a.pValue - b.pValue || a.hubId.localeCompare(b.hubId) || a.dealerLicense.localeCompare(b.dealerLicense));
}

/** One sentence for an analyst: who bought where and when, beside whose recorded buyers, and how unlikely by chance. */
export function describeCampaign(c: HubCampaign): string {
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  return `${c.joinedIds.length} purchaser(s) with no recorded tie to ${c.hubId} bought at dealer ${c.dealerLicense} between ${iso(c.fromDay)} and ${iso(c.toDay)}, when ${c.hubId}'s recorded buyers (${c.tiedIds.join(', ')}) bought there, and their guns too were soon recovered from others (${c.expected.toFixed(2)} expected by chance from its ${c.otherBuyers} other such buyers${c.ownTrade ? ' and its own sales over time' : ''}; p = ${c.pValue.toPrecision(2)} corrected for the hubs and dealers tested)`;
}

/**
 * Campaigns join the buyers in their window who belong to no crew yet (a group of one, not
 * joined by an earlier campaign); like a dealer cluster (separateCrews in dealer-clusters.ts), a
 * campaign never merges crews that recorded ties already make. Campaigns that join nobody are dropped.
 */
export function joinCampaigns(campaigns: HubCampaign[], uf: UnionFind, ids: string[]): HubCampaign[] {
  const size = new Map<string, number>();
  for (const id of ids) size.set(uf.find(id), (size.get(uf.find(id)) ?? 0) + 1);
  // Who is alone is decided before any campaign joins anyone: roots move as people are joined.
  const alone = new Set(ids.filter((id) => size.get(uf.find(id)) === 1));
  const joined = new Set<string>();
  const out: HubCampaign[] = [];
  for (const c of campaigns) {
    const loners = c.joinedIds.filter((x) => alone.has(x) && !joined.has(x));
    for (const x of loners) {
      uf.union(c.tiedIds[0]!, x);
      joined.add(x);
    }
    if (loners.length) out.push({ ...c, addedIds: loners });
  }
  return out;
}
