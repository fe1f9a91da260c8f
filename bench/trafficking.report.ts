import os from 'node:os';
import type { RangeProfile } from '../seeds/typologies/ranges.js';
import { splitNote } from './trafficking.seeds.js';
import type { TypologyEvaluation } from '../src/analysis/typology-quality.js';

export interface SeedRun {
  split: RangeProfile;
  seed: number;
  scale: string;
  analysisMs: number;
  evaluation: TypologyEvaluation;
}

interface Row {
  typology: string;
  trafficking: boolean;
  cases: number;
  hits: number;
  evident: number;
  evidentHits: number;
  /** Decoys flagged whose dealer also sold guns to planted straw buyers (markVictimDealers). */
  sharedStoreHits: number;
}

export interface SplitSummary {
  split: RangeProfile;
  seeds: number[];
  typologies: Row[];
  networks: number;
  truePositiveNetworks: number;
  networkPrecision: number;
  /** Per network typology label: networks and true ones, over the split's seeds. */
  networkTypologies: Array<{ typology: string; networks: number; truePositive: number }>;
  flagged: number;
  flagPrecision: number;
  badDealers: number;
  badInTop2K: number;
  badInTopK: number;
  badRanks: string[];
  maxAnalysisMs: number;
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;

export function summarise(runs: SeedRun[]): SplitSummary[] {
  const splits = [...new Set(runs.map((r) => r.split))];
  return splits.map((split) => {
    const rs = runs.filter((r) => r.split === split);
    const rows = new Map<string, Row>();
    for (const r of rs) {
      for (const c of r.evaluation.cases) {
        const row = rows.get(c.typology) ?? {
          typology: c.typology,
          trafficking: c.trafficking,
          cases: 0,
          hits: 0,
          evident: 0,
          evidentHits: 0,
          sharedStoreHits: 0,
        };
        row.cases += 1;
        row.hits += c.hit ? 1 : 0;
        row.evident += c.evident ? 1 : 0;
        row.evidentHits += c.evident && c.hit ? 1 : 0;
        row.sharedStoreHits += c.hit && c.sharedStore ? 1 : 0;
        rows.set(c.typology, row);
      }
    }
    const sum = (f: (e: TypologyEvaluation) => number) => rs.reduce((a, r) => a + f(r.evaluation), 0);
    const networks = sum((e) => e.networks);
    const tp = sum((e) => e.truePositiveNetworks);
    const flagged = sum((e) => e.flaggedPurchasers);
    const labels = new Map<string, { typology: string; networks: number; truePositive: number }>();
    for (const r of rs) {
      for (const [typology, t] of Object.entries(r.evaluation.networkTypologies)) {
        const row = labels.get(typology) ?? { typology, networks: 0, truePositive: 0 };
        row.networks += t.networks;
        row.truePositive += t.truePositive;
        labels.set(typology, row);
      }
    }
    return {
      split,
      seeds: rs.map((r) => r.seed),
      // Bad dealers are judged by their ranks (below), not as networks of purchasers.
      typologies: [...rows.values()].filter((x) => x.typology !== 'CORRUPT_DEALER' && x.typology !== 'DEALER_THEFT_LOSS'),
      networks,
      truePositiveNetworks: tp,
      networkPrecision: networks ? r3(tp / networks) : 1,
      networkTypologies: [...labels.values()].sort((a, b) => a.typology.localeCompare(b.typology)),
      flagged,
      flagPrecision: flagged ? r3(sum((e) => e.truePositiveFlags) / flagged) : 1,
      badDealers: sum((e) => e.badDealers.length),
      badInTop2K: sum((e) => e.badInTop2K),
      badInTopK: sum((e) => e.badInTopK),
      badRanks: rs.map(
        (r) =>
          `seed ${r.seed}: ${r.evaluation.badDealers.map((b) => `${{ CORRUPT: 'C', COVERED_LOSS: 'L', ROGUE: 'R' }[b.kind]}${b.rank ?? '-'}`).join(' ')} (2K=${r.evaluation.topConsidered})`,
      ),
      maxAnalysisMs: Math.max(...rs.map((r) => r.analysisMs)),
    };
  });
}

/** The 1, 5 and 15 minute load averages, as the benchmark notes print them. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');

/** The machine's load as a run saw it: at the start it is other work on the machine; at the end it includes the run's own. */
export function loadNote(loadAtStart: string | undefined, load: string): string {
  const start = loadAtStart ? `Load average ${loadAtStart} at the start (other work on the machine), ${load} at the end` : `Load average ${load} at the end`;
  return `${start} (the run's own work included): timings compare only within one sitting (docs/performance.md).`;
}

export function toMarkdown(
  summaries: SplitSummary[],
  meta: { scale: string; load: string; loadAtStart?: string; seedsOverridden: boolean; date: string },
): string {
  const lines = [`## Trafficking detection, scale ${meta.scale} (${meta.date.slice(0, 16)}Z)`, ''];
  lines.push(`${loadNote(meta.loadAtStart, meta.load)}${meta.seedsOverridden ? ' Seeds overridden on the command line.' : ''}`, '');
  for (const s of summaries) {
    lines.push(`### ${s.split} parameter ranges: seeds ${s.seeds.join(', ')}`, '', splitNote(meta.scale, s.seeds), '');
    lines.push('| Typology | Kind | Cases | Recall (all) | Cases with ≥ 2 recovered guns | Recall (those) |', '|---|---|---|---|---|---|');
    for (const t of s.typologies) {
      const rate = (n: number, d: number) => (d ? r3(n / d) : '–');
      if (t.trafficking)
        lines.push(`| ${t.typology} | trafficking | ${t.cases} | ${rate(t.hits, t.cases)} | ${t.evident} | ${rate(t.evidentHits, t.evident)} |`);
      else {
        const shared = t.sharedStoreHits
          ? `; ${t.sharedStoreHits} of them a dealer planted straw buyers also bought at, ${rate(t.hits - t.sharedStoreHits, t.cases)} without`
          : '';
        lines.push(`| ${t.typology} | decoy: flagged rate | ${t.cases} | ${rate(t.hits, t.cases)} (goal ≤ 0.05)${shared} | – | – |`);
      }
    }
    lines.push('');
    lines.push(`- Network precision: ${s.truePositiveNetworks}/${s.networks} = ${s.networkPrecision} (goal ≥ 0.9)`);
    lines.push(
      `- Precision per network typology label: ${s.networkTypologies.map((t) => `${t.typology} ${t.truePositive}/${t.networks}`).join(', ') || 'no networks'}`,
    );
    lines.push(`- Flagged purchasers: ${s.flagged}, of whom planted straw purchasers: precision ${s.flagPrecision}`);
    lines.push(
      `- Planted bad dealers (rogue, corrupt, losses covering diversions) in top 2K: ${s.badInTop2K}/${s.badDealers} (goal ≥ 90%); in top K: ${s.badInTopK}/${s.badDealers} (precision at K)`,
    );
    lines.push(`- Ranks (R rogue, C corrupt, L losses covering diversions): ${s.badRanks.join('; ')}`);
    lines.push(`- Slowest analysis job: ${(s.maxAnalysisMs / 1000).toFixed(1)} s`, '');
  }
  return `${lines.join('\n')}\n`;
}
