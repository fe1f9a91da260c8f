import { countAtOrBelow, countBelow } from '../common/sorted-search.js';
import type { RiskConfig } from './risk-config.js';
import { indicatorDefinition, RISK_INDICATOR_KEYS, type RiskIndicatorKey } from './risk-indicator.catalog.js';
import type { IndicatorValue } from './risk-indicators.compute.js';
import { estimatePrior, probabilityAbovePooled, shrink, type ShareMoments } from './risk-shrinkage.js';

export interface ScoredIndicator extends IndicatorValue {
  /** Share of the compared peers (0..1) this dealer is riskier than on this indicator. */
  percentile: number;
  /** Which peers this indicator was compared with, e.g. "NY · 01" or "all states · 01". */
  peerGroup: string;
  /** How many dealers of that group have a value for the indicator. */
  peerCount: number;
  /**
   * What the score counts for this indicator (0..1): the peer percentile for counts and rates; for a
   * share, the probability that the dealer's true share is above the pooled share (probabilityAbovePooled).
   */
  standing: number;
  weight: number;
  /** 100 × weight × standing / Σ weights of the indicators with a value: the points this indicator adds to the score. */
  contribution: number;
}

export interface ScoredDealer {
  license: string;
  state: string | null;
  licenseType: string | null;
  /** The dealer's own peer group (same state and license type, widened when too small). */
  peerGroup: string;
  peerCount: number;
  /** 0..100: the sum of the contributions. */
  score: number;
  rank: number;
  indicators: ScoredIndicator[];
}

export interface DealerValues {
  license: string;
  state: string | null;
  licenseType: string | null;
  values: IndicatorValue[];
}

interface Group {
  label: string;
  members: DealerValues[];
}

/**
 * Peer groups from narrowest to widest: same state and license type (the rule), same
 * license type in every state, every dealer. An indicator is compared within the narrowest
 * group where at least `minPeers` dealers have a value for it; otherwise one dealer is always
 * "top" of a group of two, and a percentile says nothing.
 */
function candidateGroups(dealers: DealerValues[]): (d: DealerValues) => Group[] {
  const index = (f: (d: DealerValues) => string, label: (d: DealerValues) => string) => {
    const m = new Map<string, Group>();
    for (const d of dealers) {
      const g = m.get(f(d)) ?? { label: label(d), members: [] };
      g.members.push(d);
      m.set(f(d), g);
    }
    return m;
  };
  const stateType = index(
    (d) => `${d.state}|${d.licenseType}`,
    (d) => `${d.state} · ${d.licenseType}`,
  );
  const type = index(
    (d) => `${d.licenseType}`,
    (d) => `all states · ${d.licenseType}`,
  );
  const all: Group = { label: 'all dealers', members: dealers };
  return (d) => [stateType.get(`${d.state}|${d.licenseType}`)!, type.get(`${d.licenseType}`)!, all];
}

/**
 * Percentile rank of `value` among the peers' values (`peers` sorted ascending; binary search
 * keeps scale M fast): the share of the other peers with a value that it is strictly riskier
 * than. For "higher is riskier" indicators the peers are those with some of that evidence
 * (value > 0): most dealers have no traces at all (ATF, 2000), and one trace must not put a
 * dealer above everyone who has none; a count of a threshold already crossed (`zerosArePeers`,
 * the catalog's `thresholdCount`) is compared with the zeros too. No value, or no risk (0), gives 0.
 */
export function percentileRank(value: number | null, peers: number[], riskier: 'higher' | 'lower', zerosArePeers = false): number {
  if (value === null) return 0;
  if (riskier === 'higher' && value <= 0) return 0;
  const sorted = riskier === 'higher' && !zerosArePeers ? peers.slice(countAtOrBelow(peers, 0)) : peers;
  const others = sorted.length - 1;
  if (others <= 0) return 1;
  const below = riskier === 'higher' ? countBelow(sorted, value) : sorted.length - countAtOrBelow(sorted, value);
  return below / others;
}

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/** Replaces every share with its empirical-Bayes shrunk value (prior from all dealers with evidence), saying so in the detail. */
function shrinkShares(dealers: DealerValues[]): { dealers: DealerValues[]; priors: Map<RiskIndicatorKey, ShareMoments> } {
  const priors = new Map<RiskIndicatorKey, ShareMoments>();
  for (const key of RISK_INDICATOR_KEYS) {
    const counts = dealers.flatMap((d) =>
      d.values.filter((v) => v.key === key && v.value !== null && v.whole !== undefined).map((v) => ({ part: v.part!, whole: v.whole! })),
    );
    if (counts.length) priors.set(key, estimatePrior(counts));
  }
  const shrunk = dealers.map((d) => ({
    ...d,
    values: d.values.map((v) => {
      const prior = priors.get(v.key);
      if (!prior || v.value === null || v.whole === undefined) return v;
      const value = round4(shrink({ part: v.part!, whole: v.whole }, prior));
      return {
        ...v,
        value,
        detail: `${v.detail}; ${value} after shrinking toward the peer share ${round4(prior.p0)} (prior weight ${Math.round(prior.m)} ${v.unit ?? 'records'})`,
      };
    }),
  }));
  return { dealers: shrunk, priors };
}

/**
 * The share of the dealer's traced guns it has a record of: 1 − its (shrunk) NO_RECORD_SHARE, 1
 * when no trace request reached it. Indicators computed only over recorded sales (`fromSaleRecords`)
 * describe that share of its business; guns sold off the books are invisible to them (27 CFR
 * 478.125: every disposition is recorded; ATF, Following the Gun, 2000: corrupt dealers falsify or
 * skip the records). Their weight is scaled by it, so a dealer is not cleared by the clean look of
 * the part it chose to record. No constant is fitted: the scale is the dealer's own evidence.
 */
export function recordCoverage(d: DealerValues): number {
  const noRecord = d.values.find((v) => v.key === 'NO_RECORD_SHARE')?.value ?? null;
  return noRecord === null ? 1 : Math.max(0, Math.min(1, 1 - noRecord));
}

/** Scores every dealer against its peers, then ranks (score, then short time-to-crime traces, then license). */
export function scoreDealers(input: DealerValues[], config: RiskConfig): ScoredDealer[] {
  const { dealers, priors } = shrinkShares(input);
  const minPeers = config.peers.minPeers;
  const groupsOf = candidateGroups(dealers);
  // Non-null values per group and indicator, sorted ascending, computed once per group.
  const valuesCache = new Map<Group, Map<RiskIndicatorKey, number[]>>();
  const valuesIn = (g: Group, key: RiskIndicatorKey): number[] => {
    let perKey = valuesCache.get(g);
    if (!perKey) {
      perKey = new Map();
      for (const k of RISK_INDICATOR_KEYS) {
        perKey.set(
          k,
          g.members
            .map((m) => m.values.find((v) => v.key === k)?.value ?? null)
            .filter((v): v is number => v !== null)
            .sort((a, b) => a - b),
        );
      }
      valuesCache.set(g, perKey);
    }
    return perKey.get(key)!;
  };
  const scored = dealers.map((d) => {
    const groups = groupsOf(d);
    const own = groups.find((g) => g.members.length >= minPeers) ?? groups.at(-1)!;
    const coverage = recordCoverage(d);
    const indicators = d.values.map((v) => {
      const def = indicatorDefinition(v.key);
      const group = groups.find((g) => valuesIn(g, v.key).length >= minPeers) ?? groups.at(-1)!;
      const peers = valuesIn(group, v.key);
      // Shares are compared after shrinking (risk-shrinkage.ts), a zero count included: 0 of 1 says
      // little and sits near the peers' pooled share, above a dealer that showed 0 of 50 (empirical Bayes).
      const percentile = percentileRank(v.value, peers, def.riskier, def.thresholdCount ?? false);
      // A share is judged by how sure its evidence makes us that it is above the pooled share, not by
      // its rank: among peers whose shares differ by noise, a rank spreads them over 0..1 (risk-shrinkage.ts).
      const prior = priors.get(v.key);
      const share = prior && v.value !== null && v.part !== undefined && v.whole !== undefined;
      const standing = share ? round4(probabilityAbovePooled({ part: v.part!, whole: v.whole! }, prior)) : percentile;
      const detail = share ? `${v.detail}; probability above that share ${standing}` : v.detail;
      const weight = round4(config.weights[v.key] * (def.fromSaleRecords ? coverage : 1));
      return { ...v, detail, percentile, standing, peerGroup: group.label, peerCount: peers.length, weight, contribution: 0 };
    });
    // Indicators without enough evidence (null) leave the denominator: unknown is not "no risk".
    const totalWeight = indicators.filter((i) => i.value !== null).reduce((a, i) => a + i.weight, 0);
    for (const i of indicators) i.contribution = totalWeight > 0 ? (100 * i.weight * i.standing) / totalWeight : 0;
    return {
      license: d.license,
      state: d.state,
      licenseType: d.licenseType,
      peerGroup: own.label,
      peerCount: own.members.length,
      score: indicators.reduce((a, i) => a + i.contribution, 0),
      rank: 0,
      indicators,
    };
  });
  const ttc = (s: ScoredDealer) => s.indicators.find((i) => i.key === 'TTC_UNDER_3Y')?.value ?? 0;
  scored.sort((a, b) => b.score - a.score || ttc(b) - ttc(a) || a.license.localeCompare(b.license));
  scored.forEach((s, i) => (s.rank = i + 1));
  return scored;
}
