import { createSeedGeneration } from '../seeds/generate.js';
import type { Scale } from '../seeds/manifest.js';
import { stateOfOri } from '../src/common/ori.js';
import { UNDER_OBSERVED_COVERAGE, UNDER_OBSERVED_MIN_GUNS } from '../src/coverage/trace-coverage.compute.js';

/**
 * `npx tsx bench/coverage-ceiling.ts M 42`: how well ANY estimator that reads the traces could flag
 * UNDER_OBSERVED dealers on a generated graph, given more than the graph holds. A dealer's traced
 * count T is all a trace reveals; each of its N recovered crime guns is traced with the trace share
 * p of the state it is recovered in. Given N, which agencies traced its traced guns factors out of
 * the likelihood (every gun picks its agency independently), so the posterior of N depends on T
 * and p alone: P(N | T) ∝ prior(N) · Binomial(T; N, p). The prior here is an oracle: the TRUE
 * distribution of N among dealers of the same sales-volume decile, read from the planted truth.
 * Flag when P(N ≥ 10 and T / N < 0.5 | T) > τ; precision and recall against the truth, for each τ.
 * No estimator that knows less can do better on average; the service's estimator knows less.
 */
const scale = (process.argv[2] ?? 'M') as Scale;
const seed = Number(process.argv[3] ?? 42);
const generation = createSeedGeneration(scale, seed);
const dealerState = new Map<string, string>();
const salesOf = new Map<string, number>();
const recoveries = new Map<string, { state: string; traced: boolean }>();
for (const batch of generation.batches()) {
  for (const r of batch.records) {
    if (r.type === 'ffl') dealerState.set(r.license, r.state);
    if (r.type === 'sale') salesOf.set(r.fflLicense, (salesOf.get(r.fflLicense) ?? 0) + 1);
    if (r.type === 'recovery') recoveries.set(r.id, { state: stateOfOri(r.agencyOri), traced: false });
    if (r.type === 'trace') recoveries.get(r.recoveryId)!.traced = true;
  }
}

// Observable: each state's traced share of its recovered guns.
const byState = new Map<string, { traced: number; all: number }>();
for (const r of recoveries.values()) {
  const s = byState.get(r.state) ?? { traced: 0, all: 0 };
  s.traced += r.traced ? 1 : 0;
  s.all += 1;
  byState.set(r.state, s);
}
const overall = [...recoveries.values()].filter((r) => r.traced).length / recoveries.size;
const traceShare = (state: string | undefined) => {
  const s = state ? byState.get(state) : undefined;
  return s && s.all >= 20 ? s.traced / s.all : overall;
};

const truth = generation.manifest().dealerTraceTruth!;
const underObserved = (t: { recoveredCrimeGuns: number; resolvedTraces: number }) =>
  t.recoveredCrimeGuns >= UNDER_OBSERVED_MIN_GUNS && t.resolvedTraces / t.recoveredCrimeGuns < UNDER_OBSERVED_COVERAGE;

// The oracle prior: true N by sales-volume decile.
const DECILES = 10;
const decile = new Map<string, number>();
[...truth]
  .sort((a, b) => (salesOf.get(a.license) ?? 0) - (salesOf.get(b.license) ?? 0) || a.license.localeCompare(b.license))
  .forEach((t, i, all) => decile.set(t.license, Math.floor((i * DECILES) / all.length)));
const prior = Array.from({ length: DECILES }, () => new Map<number, number>());
for (const t of truth) {
  const p = prior[decile.get(t.license)!]!;
  p.set(t.recoveredCrimeGuns, (p.get(t.recoveredCrimeGuns) ?? 0) + 1);
}

const logBinomial = (n: number, k: number, p: number) => {
  let s = k * Math.log(p) + (n - k) * Math.log(1 - p);
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
};

const scored: Array<{ posterior: number; actual: boolean }> = [];
let invisible = 0;
for (const t of truth) {
  const traced = t.resolvedTraces;
  // A dealer no trace names is invisible to any estimator: counted as missed.
  if (traced === 0) {
    if (underObserved(t)) invisible += 1;
    continue;
  }
  const p = traceShare(dealerState.get(t.license));
  let total = 0;
  let flagged = 0;
  for (const [n, weight] of prior[decile.get(t.license)!]!) {
    if (n < traced) continue;
    const l = weight * Math.exp(logBinomial(n, traced, p));
    total += l;
    if (n >= UNDER_OBSERVED_MIN_GUNS && traced / n < UNDER_OBSERVED_COVERAGE) flagged += l;
  }
  scored.push({ posterior: total > 0 ? flagged / total : 0, actual: underObserved(t) });
}
const actual = truth.filter(underObserved).length;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const thresholds = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((tau) => {
  const flagged = scored.filter((s) => s.posterior > tau);
  const tp = flagged.filter((s) => s.actual).length;
  return { tau, flagged: flagged.length, truePositives: tp, precision: r3(flagged.length ? tp / flagged.length : 1), recall: r3(tp / actual) };
});
console.log(JSON.stringify({ scale, seed, actual, invisibleActual: invisible, overallTraceShare: r3(overall), thresholds }, null, 2));
