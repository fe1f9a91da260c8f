import { buyerDayProfile, buyerDaysByDealer } from './buyer-days.js';
import { dealerShareCounter, type DealerSales, type ShareCounter } from './dealer-sales.js';
import { appendTo } from './multimap.js';
import { dayNumber } from './purchase-events.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';

/**
 * The unrecorded buyers of a reported recruiter's campaign. A recruiter sends many one-time buyers
 * to the same few stores within a short campaign and an investigation records only some of them
 * (ATF, Following the Gun, 2000; NFCTA vol. III), so a network reported as a recruiter's campaign
 * of one-time buyers fixes where and when the others bought: its stores, its buyers' purchase span
 * widened by `marginDays` on each side. A buyer who is in no reported network, bought once (one
 * purchase event of straw-evidence guns) at one of those stores inside that span, and whose gun was
 * recovered in one of the network's destination states, is added as one of the campaign's buyers.
 *
 * Chance is timed as the dealer-cluster scan times it (dealer-clusters.ts): each of a store's n
 * other buyers like the ones added (one-time, guns recovered in the network's destination states)
 * falls in the span with probability q, the share of all dealers' straw-evidence buyers in it
 * (weighted by the store's own sales over time when known), so the span holds n·q of them by
 * chance, summed over the stores; the buyers found count in n, so the level never ignores them.
 * Buyers are added only when that sum is below `maxExpected`: with fewer than half such a buyer
 * expected by chance, each one found is more likely the campaign's than chance's, and a store whose
 * crime guns arrive all the time adds nobody. The question is never whether the network exists (it
 * was reported on its own evidence), only who else is in it.
 */
export interface CampaignBuyers {
  /** The buyers added, sorted. */
  purchaserIds: string[];
  dealerLicenses: string[];
  fromDay: number;
  toDay: number;
  /** Straw-evidence buyers the span would hold at those stores by chance. */
  expected: number;
}

export interface CampaignBuyerSettings {
  /** Days added on each side of the network's purchase span. */
  marginDays: number;
  /** Chance buyers the span may hold at most. */
  maxExpected: number;
}

/** Expected buyers like the ones added (one-time, bound for `markets`) at a store between two days, excluding some (the network's own). */
export type CampaignChance = (dealerLicense: string, fromDay: number, toDay: number, markets: Set<string>, excluded: Set<string>) => number;

interface StoreBuyer {
  id: string;
  oneTime: boolean;
  /** States where this buyer's straw-evidence guns from the store were recovered. */
  states: Set<string>;
}

/** The chance level of every store, timed as the dealer-cluster scan times it (all suspects' straw-evidence purchases). */
export function campaignChance(suspects: Map<string, PurchaserEvidence>, sales?: DealerSales): CampaignChance {
  const profile = buyerDayProfile(buyerDaysByDealer(suspects));
  const counters = new Map<string, ShareCounter>();
  const storeBuyers = new Map<string, StoreBuyer[]>();
  for (const e of suspects.values()) {
    const states = new Map<string, Set<string>>();
    for (const g of e.strawGuns) states.set(g.dealerLicense, (states.get(g.dealerLicense) ?? new Set()).add(g.recoveredState ?? ''));
    for (const [lic, set] of states) appendTo(storeBuyers, lic, { id: e.personId, oneTime: e.strawEvents === 1, states: set });
  }
  return (dealer, from, to, markets, excluded) => {
    const buyers = storeBuyers.get(dealer);
    if (!buyers || profile.counts.length === 0) return 0;
    const alike = buyers.filter((b) => b.oneTime && !excluded.has(b.id) && [...b.states].some((st) => markets.has(st))).length;
    const share = counters.get(dealer) ?? counters.set(dealer, dealerShareCounter(profile, dealer, sales)).get(dealer)!;
    return alike * share(from, to);
  };
}

/** The campaign's other buyers, or null when none qualifies or chance could explain them. */
export function campaignBuyers(
  buyerIds: string[],
  destinationStates: string[],
  suspects: Map<string, PurchaserEvidence>,
  taken: Set<string>,
  chance: CampaignChance,
  s: CampaignBuyerSettings,
  /** Records that may be one person (duplicate-records.ts): a record that may be a member is that member, not another buyer. */
  maybeSame: (a: string, b: string) => boolean = () => false,
): CampaignBuyers | null {
  const guns = buyerIds.flatMap((id) => suspects.get(id)?.strawGuns ?? []);
  if (guns.length === 0) return null;
  const days = guns.map((g) => dayNumber(g.soldOn));
  const fromDay = Math.min(...days) - s.marginDays;
  const toDay = Math.max(...days) + s.marginDays;
  const stores = new Set(guns.map((g) => g.dealerLicense));
  const markets = new Set(destinationStates);
  const found: string[] = [];
  for (const e of suspects.values()) {
    if (taken.has(e.personId) || e.strawEvents !== 1 || buyerIds.some((id) => maybeSame(id, e.personId))) continue;
    const inCampaign = e.strawGuns.some((g) => {
      const d = dayNumber(g.soldOn);
      return stores.has(g.dealerLicense) && d >= fromDay && d <= toDay && markets.has(g.recoveredState ?? '');
    });
    if (inCampaign) found.push(e.personId);
  }
  if (found.length === 0) return null;
  const own = new Set(buyerIds);
  const expected = [...stores].reduce((sum, lic) => sum + chance(lic, fromDay, toDay, markets, own), 0);
  if (expected >= s.maxExpected) return null;
  return { purchaserIds: found.sort(), dealerLicenses: [...stores].sort(), fromDay, toDay, expected };
}

/** The added buyer's own line: what puts them in the campaign although nothing on record ties them. */
export function describeCampaignBuyer(c: CampaignBuyers, e: PurchaserEvidence): string {
  const stores = new Set(c.dealerLicenses);
  const at = e.strawGuns
    .filter((g) => stores.has(g.dealerLicense) && dayNumber(g.soldOn) >= c.fromDay && dayNumber(g.soldOn) <= c.toDay)
    .map((g) => `${g.dealerLicense} on ${g.soldOn.slice(0, 10)}`);
  return `no recorded tie: bought once, at ${[...new Set(at)].join(' and ')}, inside the recruiter campaign's stores and days (${iso(c.fromDay)} to ${iso(c.toDay)}; ${c.expected.toFixed(2)} such buyers expected there by chance)`;
}

const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** One sentence for an analyst: who was added, where and when, and how many chance would give. */
export function describeCampaignBuyers(c: CampaignBuyers): string {
  return `${c.purchaserIds.length} one-time purchaser(s) with no recorded tie (${c.purchaserIds.join(', ')}) bought at the campaign's dealer(s) ${c.dealerLicenses.join(', ')} between ${iso(c.fromDay)} and ${iso(c.toDay)}, and their guns too were soon recovered from others in the network's destination state(s) (${c.expected.toFixed(2)} such buyers expected there by chance)`;
}
