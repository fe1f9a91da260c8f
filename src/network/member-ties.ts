import type { CounterVisit } from './counter-visits.js';
import type { DealerCluster } from './dealer-clusters.js';
import type { HubCampaign } from './hub-campaigns.js';
import { appendTo } from './multimap.js';
import { prolificCounterSentence, type ProlificCounterTie } from './prolific-counters.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';
import { dayNumber } from './purchase-events.js';

const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** The buyer's straw-evidence purchase dates at `dealer` inside [fromDay, toDay]: what places them in the window. */
function datesAt(e: PurchaserEvidence | undefined, dealer: string, fromDay: number, toDay: number): string[] {
  const days = (e?.strawGuns ?? []).filter((g) => g.dealerLicense === dealer).map((g) => dayNumber(g.soldOn));
  return [...new Set(days.filter((d) => d >= fromDay && d <= toDay))].sort((a, b) => a - b).map(iso);
}

/**
 * Why each purchaser joined by timing at a counter is a member (an analyst acts on what the
 * service says about a person, so a buyer with no recorded tie must say what joined them):
 * a recruiter campaign (hub-campaigns.ts) names the recruiter, the dealer and the buyer's own
 * purchase dates in the window; a dealer purchase cluster (dealer-clusters.ts) the dealer, the
 * window and its corrected p-value; buyers shopping together (counter-visits.ts) the dealer, the
 * day and who else bought there; two lone prolific purchasers at one counter (prolific-counters.ts)
 * the dealer, the other buyer and the dates. Buyers with a recorded tie get no sentence here.
 */
export function memberTieSentences(
  buyers: Map<string, PurchaserEvidence>,
  campaigns: HubCampaign[],
  clusters: DealerCluster[],
  visits: CounterVisit[] = [],
  counters: ProlificCounterTie[] = [],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of campaigns) {
    for (const id of c.addedIds ?? []) {
      if (!buyers.has(id)) continue;
      const on = datesAt(buyers.get(id), c.dealerLicense, c.fromDay, c.toDay).join(', ');
      appendTo(
        out,
        id,
        `no recorded tie: bought at dealer ${c.dealerLicense} on ${on}, inside the days (${iso(c.fromDay)} to ${iso(c.toDay)}) when ${c.hubId}'s recorded buyers bought there (recruiter campaign, p = ${c.pValue.toPrecision(2)})`,
      );
    }
  }
  for (const c of clusters) {
    for (const id of c.purchaserIds) {
      if (!buyers.has(id)) continue;
      const on = datesAt(buyers.get(id), c.dealerLicense, c.fromDay, c.toDay).join(', ');
      appendTo(
        out,
        id,
        `bought at dealer ${c.dealerLicense} on ${on}, one of ${c.purchaserIds.length} different purchasers there between ${iso(c.fromDay)} and ${iso(c.toDay)} whose guns were soon recovered from others (purchase cluster, p = ${c.pValue.toPrecision(2)})`,
      );
    }
  }
  for (const v of visits) {
    for (const id of v.purchaserIds) {
      if (!buyers.has(id)) continue;
      const others = v.purchaserIds.filter((x) => x !== id).join(', ');
      appendTo(
        out,
        id,
        `bought at dealer ${v.dealerLicense} on ${iso(v.day)}, the same day as ${others}, and each one's gun was soon recovered from someone else (buyers shopping together)`,
      );
    }
  }
  for (const t of counters) for (const id of t.purchaserIds) if (buyers.has(id)) appendTo(out, id, prolificCounterSentence(t, id));
  return out;
}
