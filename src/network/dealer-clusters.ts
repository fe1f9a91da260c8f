import { appendTo } from './multimap.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';
import type { UnionFind } from './union-find.js';
import { buyerDaysByDealer } from './buyer-days.js';
import { DayProfile, dealerShareCounter, type DealerSales, type ShareCounter } from './dealer-sales.js';

/**
 * Purchase clusters at one dealer: several different people buy guns at the same counter within
 * a short time, and each of those guns is soon recovered from someone else. Recruiters send
 * one-time buyers to the same few stores within a campaign, so the buyers need not be linked by
 * any record (ATF, Following the Gun, 2000: straw purchasers recruited by a trafficker; NFCTA
 * vol. III). Tested as a retrospective space-time scan (Kulldorff's scan statistic, conditional
 * on the dealer's own count): a dealer with n straw-evidence buyers would, by chance, place a
 * share q of them in a window, where q is the share of ALL dealers' straw-evidence buyers that fall
 * in that window (so busy periods and the data's edges are accounted for), each weighted by the
 * dealer's own share of the period's recorded sales when they are known (dealer-sales.ts: a dealer
 * whose trade grew is not a cluster for that alone); the window is
 * reported when the binomial tail P(X ≥ k | n, q), multiplied by the number of windows
 * (Bonferroni) and corrected for the dealers tested (false discovery rate, ClusterErrorRate),
 * stays below `alpha`. Busy dealers, whose crime guns arrive all the time, need far tighter
 * clusters than a small store that sold four of them in a month.
 */
export interface DealerCluster {
  dealerLicense: string;
  purchaserIds: string[];
  fromDay: number;
  toDay: number;
  /** Straw-evidence buyers at this dealer over all the data. */
  dealerBuyers: number;
  /** Expected buyers in the window by chance (n·q). */
  expected: number;
  /** Chance measured against the dealer's own sales over time (dealer-sales.ts), not the common profile alone. */
  ownTrade?: boolean;
  /** Tail probability after the multiple-testing correction (windows, then dealers: see ClusterErrorRate). */
  pValue: number;
  /** The city (with its state) where the buyers' guns were recovered, for a destination-market scan (market-clusters.ts). */
  market?: string;
}

/**
 * How the scan corrects for testing every dealer. FWER (default): Bonferroni, no false cluster
 * at all with probability 1 − alpha. FDR: Benjamini–Hochberg over the dealers tested, so at most
 * a share `alpha` of the reported clusters is expected to be chance; measured on the tuning split
 * (2026-12-02: bench/results/trafficking-recall-2-2026-12-02.md) it added false networks at scale M
 * and found no planted case more, so it is not the default.
 */
export type ClusterErrorRate = 'FDR' | 'FWER';

interface Point {
  day: number;
  purchaserId: string;
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
const lf: number[] = [0];
function logFactorial(n: number): number {
  for (let i = lf.length; i <= n; i++) lf[i] = lf[i - 1]! + Math.log(i);
  return lf[n]!;
}

/** P(X ≥ k) for X ~ Binomial(n, q), summed in log space (exact for the small n of one dealer). */
export function binomialTail(k: number, n: number, q: number): number {
  if (k <= 0) return 1;
  if (k > n || q <= 0) return 0;
  if (q >= 1) return 1;
  let sum = 0;
  for (let i = k; i <= n; i++) {
    const term = Math.exp(logChoose(n, i) + i * Math.log(q) + (n - i) * Math.log(1 - q));
    sum += term;
    // Past the mode the terms fall geometrically: stop once they no longer change the sum.
    if (i > n * q && term < sum * 1e-12) break;
  }
  return Math.min(1, sum);
}

/** The scan's settings: cluster size, window bounds, error rate and the dealers' sales over time. */
export interface ScanSettings {
  minClusterPurchasers: number;
  maxWindowDays: number;
  minWindowDays: number;
  alpha: number;
  errorRate?: ClusterErrorRate;
  sales?: DealerSales;
}

/**
 * Significant clusters of distinct straw-evidence buyers per dealer. Each buyer counts once per
 * dealer (the first straw-evidence purchase there), so one prolific buyer is never a cluster.
 * Windows are at most `maxWindowDays` long and at least `minWindowDays` (the multiple-sale
 * window: purchases days apart are one campaign). Clusters at one dealer do not overlap.
 */
export function dealerClusters(evidence: Map<string, PurchaserEvidence>, s: ScanSettings): DealerCluster[] {
  return scanStrata(dealerStrata(evidence), s);
}

/** Each dealer's straw-evidence buyers as one stratum of the scan. */
export function dealerStrata(evidence: Map<string, PurchaserEvidence>): ScanStratum[] {
  return [...buyerDaysByDealer(evidence)].map(([dealerLicense, buyers]) => ({ dealerLicense, buyers }));
}

/** One tested population: a dealer's straw-evidence buyers (and, for a market scan, where their guns went) with each one's day. */
export interface ScanStratum {
  dealerLicense: string;
  market?: string;
  buyers: Map<string, number>;
}

/**
 * The scan over any strata of buyers: chance is timed by the common profile of the buyer days of
 * `population` (every stratum's by default; weighted by the stratum's dealer's own sales when
 * known); windows are corrected by Bonferroni at each stratum, strata per `errorRate` over those
 * with at least `minClusterPurchasers` buyers (Tarone, 1990: the others cannot be significant).
 */
export function scanStrata(strata: ScanStratum[], s: ScanSettings, population: ScanStratum[] = strata): DealerCluster[] {
  const all = population.flatMap((x) => [...x.buyers.values()]).sort((a, b) => a - b);
  if (all.length === 0) return [];
  const span = Math.max(all.at(-1)! - all[0]!, s.maxWindowDays);
  const profile = new DayProfile(all);
  const testable = strata.filter((x) => x.buyers.size >= s.minClusterPurchasers);
  const tested = testable.length;
  const fwer = (s.errorRate ?? 'FWER') === 'FWER';
  const sequences: Candidate[][] = [];
  for (const { dealerLicense, market, buyers } of testable) {
    const points: Point[] = [...buyers]
      .map(([purchaserId, day]) => ({ purchaserId, day }))
      .sort((a, b) => a.day - b.day || a.purchaserId.localeCompare(b.purchaserId));
    const shareIn = dealerShareCounter(profile, dealerLicense, s.sales);
    const seq = dealerSequence(dealerLicense, points, { ...s, span, shareIn, limit: s.alpha / (fwer ? tested : 1) });
    if (seq.length) sequences.push(market ? seq.map((c) => ({ ...c, market })) : seq);
  }
  const threshold = fwer
    ? s.alpha / tested
    : benjaminiHochberg(
        sequences.map((seq) => seq[0]!.pWindows),
        tested,
        s.alpha,
      );
  const accepted = sequences.flatMap((seq) => takeWhile(seq, (c) => c.pWindows <= threshold));
  // The p-value an analyst reads: corrected for the windows and for the strata tested, so it is
  // below alpha exactly when the cluster was accepted (FWER: × strata; FDR: × strata / discoveries).
  const discoveries = new Set(accepted.map((c) => `${c.dealerLicense}\u0000${c.market ?? ''}`)).size;
  const factor = fwer ? tested : tested / Math.max(1, discoveries);
  const out: DealerCluster[] = accepted.map(({ pWindows, ...c }) => ({ ...c, pValue: Math.min(1, pWindows * factor) }));
  return out.sort((a, b) => a.pValue - b.pValue || a.dealerLicense.localeCompare(b.dealerLicense));
}

type Candidate = Omit<DealerCluster, 'pValue'> & { pWindows: number };

/**
 * One dealer's clusters, best first: the most significant window, then the most significant
 * among the buyers left, and so on while the p-value (corrected for the windows tested at this
 * dealer) stays below `limit`.
 */
function dealerSequence(
  dealerLicense: string,
  all: Point[],
  s: { minClusterPurchasers: number; maxWindowDays: number; minWindowDays: number; span: number; shareIn: ShareCounter; limit: number },
): Candidate[] {
  const n = all.length;
  const out: Candidate[] = [];
  let points = all;
  for (;;) {
    let best: Candidate | null = null;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + s.minClusterPurchasers - 1; j < points.length; j++) {
        const width = points[j]!.day - points[i]!.day;
        if (width > s.maxWindowDays) break;
        const w = Math.max(width, s.minWindowDays);
        const from = points[i]!.day - (w - width);
        const q = s.shareIn(from, from + w);
        const k = j - i + 1;
        // Within three standard deviations of chance no correction can make it significant.
        if (k < n * q + 3 * Math.sqrt(n * q)) continue;
        const p = Math.min(1, binomialTail(k, n, q) * Math.ceil(s.span / w));
        if (p < s.limit && (!best || p < best.pWindows)) {
          best = {
            dealerLicense,
            purchaserIds: points.slice(i, j + 1).map((x) => x.purchaserId),
            fromDay: points[i]!.day,
            toDay: points[j]!.day,
            dealerBuyers: n,
            expected: n * q,
            ...(s.shareIn.ownTrade ? { ownTrade: true } : {}),
            pWindows: p,
          };
        }
      }
    }
    if (!best) return out;
    out.push(best);
    const taken = new Set(best.purchaserIds);
    points = points.filter((x) => !taken.has(x.purchaserId));
  }
}

/**
 * Benjamini–Hochberg step-up (1995): the largest p-value threshold at which the expected share
 * of false discoveries among the `tests` hypotheses stays at most `q`. `pValues` holds the
 * hypotheses that may be rejected (the others are above every threshold); 0 when none is.
 */
export function benjaminiHochberg(pValues: number[], tests: number, q: number): number {
  const sorted = [...pValues].sort((a, b) => a - b);
  let threshold = 0;
  sorted.forEach((p, i) => {
    if (p <= ((i + 1) * q) / tests) threshold = ((i + 1) * q) / tests;
  });
  return threshold;
}

function takeWhile<T>(items: T[], keep: (item: T) => boolean): T[] {
  const i = items.findIndex((x) => !keep(x));
  return i < 0 ? items : items.slice(0, i);
}

/** One sentence for an analyst: what the cluster is and how unlikely it is by chance. */
export function describeCluster(c: DealerCluster): string {
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const where = c.market ? ` in ${c.market}` : '';
  const tested = c.market ? 'dealers and destinations' : 'dealers';
  return `${c.purchaserIds.length} different purchasers bought guns at dealer ${c.dealerLicense} between ${iso(c.fromDay)} and ${iso(c.toDay)} that were soon recovered from others${where} (${c.expected.toFixed(2)} expected by chance from its ${c.dealerBuyers} such buyers${where}${c.ownTrade ? ' and its own sales over time' : ''}; p = ${c.pValue.toPrecision(2)} corrected for the windows and ${tested} tested)`;
}

/**
 * Dealer clusters that may join purchasers: a burst of buyers at one counter says they bought in
 * one campaign, not which crew each belongs to. When recorded ties (a broker, a receiver, an
 * association) already make two or more of the cluster's purchasers separate crews, the burst is
 * explained by crews using the same store (ATF, Following the Gun: traffickers reuse stores that
 * ask few questions) and must not merge them into one network; such a cluster joins nobody. Linked
 * crews are joined by what they share on record (members, receivers), never by the counter alone.
 * `campaign` may name the exceptions: a cluster that is one recruiter's campaign (recruiterBurst), or
 * one whose crews are all tied only by receivers (receiverCrewsOnly in receiver-crews.ts).
 */
export function separateCrews(
  clusters: DealerCluster[],
  uf: UnionFind,
  ids: string[],
  campaign: (c: DealerCluster, crews: string[][]) => boolean = () => false,
): DealerCluster[] {
  const members = new Map<string, string[]>();
  for (const id of ids) appendTo(members, uf.find(id), id);
  return clusters.filter((c) => {
    const crews = [...new Set(c.purchaserIds.map((x) => uf.find(x)))].filter((root) => members.get(root)!.length >= 2);
    return (
      crews.length < 2 ||
      campaign(
        c,
        crews.map((r) => members.get(r)!),
      )
    );
  });
}

/**
 * A recruiter's campaign found by the scan: one-time buyers (each with straw-evidence guns from
 * one purchase event only) in a significant burst at one counter, two or more of whom a broker or
 * recruiter on record is tied to (ATF, Following the Gun, 2000: a recruiter sends many one-time
 * buyers, each buying once, to the same few stores in a short campaign). Crews made only of
 * one-time buyers that bought in the burst are pieces of that campaign, not separate crews
 * sharing a store: a ring of repeat buyers is never merged this way. Off by default
 * (`recruiterBurstJoinsCrews`): measured on tuning data it found one recruiter more at scale M and
 * joined two unplanted buyers to a planted network (bench/results/trafficking-recall-4-2026-12-02.md).
 */
export function recruiterBurst(
  evidence: Map<string, PurchaserEvidence>,
  brokers: Map<string, Set<string>>,
  minTied: number,
): (c: DealerCluster, crews: string[][]) => boolean {
  const oneTime = (id: string) => evidence.get(id)!.strawEvents === 1;
  return (c, crews) => {
    if (!c.purchaserIds.every(oneTime) || !crews.every((crew) => crew.every(oneTime))) return false;
    const inBurst = new Set(c.purchaserIds);
    const recruiters = [...brokers.values()].filter((tied) => [...tied].filter((id) => inBurst.has(id)).length >= minTied);
    // Two recruiters' crews at one store are two crews (traffickers reuse stores): only one recruiter's campaign joins pieces.
    const recruited = crews.filter((crew) => [...brokers.values()].some((tied) => crew.filter((id) => tied.has(id)).length >= minTied));
    return recruiters.length === 1 && recruited.length <= 1;
  };
}
