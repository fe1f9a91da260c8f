import os from 'node:os';
import { runAnalysis } from '../src/analysis/analysis.job.js';
import { Role } from '../src/core/role.js';
import { coverageQuality } from '../src/coverage/coverage-quality.js';
import { estimateCoverage } from '../src/coverage/trace-coverage.compute.js';
import { readMetricInputs } from '../src/metrics/metrics.data.js';
import { metricsFor } from '../src/metrics/metrics.service.js';
import { spearman } from '../src/metrics/rank-correlation.js';
import type { BenchContext, BenchResult } from './bench.types.js';

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function latency(ctx: BenchContext, query: string, variables: () => Record<string, unknown>, requests: number) {
  const token = await ctx.token([Role.ANALYST]);
  const send = async () => {
    const res = await fetch(ctx.appUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: variables() }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  };
  for (let i = 0; i < 5; i++) await send();
  const ms: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    await send();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), p99: round(percentile(ms, 99)) };
}

const M = `key nibin { casingsRecovered casingsEntered casingEntryShare agenciesEnteringNothing } timeliness { medianHours p90Hours within24hShare within48hShare backlogTotal }
  leads { leads medianCorrelationToReviewHours } tracing { tracedShare medianRequestDelayDays outcomes { outcome traces } } lateEntry { shootingsLinkableEarlier seriesAffected }`;

/**
 * Agency metrics, trace coverage and the feedback report at scale M: the analysis steps' time,
 * p95 of each metrics query over HTTP (concurrency 1), laggard recovery (Spearman of the measured
 * median entry delay with the planted one) and UNDER_OBSERVED precision and recall against the
 * planted dealer truth. Nothing here was tuned on this seed's numbers (see docs/metrics.md).
 */
export default async function holesBench(ctx: BenchContext): Promise<BenchResult> {
  // A full run (person resolution re-blocks everyone), then the run that follows an import: nothing
  // or little changed, so person resolution is incremental. Both with every step's time.
  const fullRun = await runAnalysis(ctx.gateway, ctx.log, { fullResolution: true });
  const summary = await runAnalysis(ctx.gateway, ctx.log);
  const truth = ctx.manifest.agencyTruth ?? [];
  const oris = truth.filter((a) => a.casingsRecovered > 0).map((a) => a.ori);
  const states = [...new Set(truth.map((a) => a.state))];
  let i = 0;
  const pick = <T>(list: T[]) => list[i++ % list.length]!;
  // Scale L plants no agency truth (the generator keeps it for S and M only): the keyed questions need its ORIs.
  const keyed = oris.length > 0 && states.length > 0;
  const keyedLatency = (query: string, variables: () => Record<string, unknown>, requests: number) =>
    keyed ? latency(ctx, query, variables, requests) : Promise.resolve(undefined);
  const q = {
    agencyAll: await keyedLatency(`query($k: String) { agencyMetrics(key: $k) { ${M} peers { measure betterThanShare } } }`, () => ({ k: pick(oris) }), 200),
    agencyRange: await keyedLatency(`query($k: String) { agencyMetrics(key: $k, from: "2024-03", to: "2025-08") { ${M} } }`, () => ({ k: pick(oris) }), 200),
    stateYear: await keyedLatency(
      `query($k: String) { agencyMetrics(scope: STATE, key: $k, from: "2025-01", to: "2025-12") { ${M} } }`,
      () => ({ k: pick(states) }),
      200,
    ),
    nationRange: await latency(ctx, `query { agencyMetrics(scope: NATION, from: "2024-01", to: "2026-06") { ${M} } }`, () => ({}), 100),
    trend: await keyedLatency(`query($k: String) { agencyMetricsTrend(key: $k) { period ${M} } }`, () => ({ k: pick(oris) }), 200),
    league: await latency(ctx, `query { agencyLeague(period: "ALL", first: 100) { totalCount edges { node { ${M} } } } }`, () => ({}), 100),
    underObserved: await latency(
      ctx,
      `query { underObservedDealers(first: 20) { totalCount edges { node { license score coverage { traceCoverage scoreHigh flags } } } } }`,
      () => ({}),
      200,
    ),
    report: await keyedLatency(
      `query($k: String!) { agencyReport(ori: $k) { findings peers { measure value } untracedGuns(first: 50) { totalCount edges { node { recoveryId } } } } }`,
      () => ({ k: pick(oris) }),
      100,
    ),
  };
  // Laggards: agencies that enter their own casings, measured median vs planted median.
  const measured: number[] = [];
  const planted: number[] = [];
  for (const a of truth.filter((t) => t.plantedEntryMedianHours !== null)) {
    const m = await metricsFor({ gateway: ctx.gateway, meta: {} }, 'AGENCY', a.ori, { from: null, to: null });
    if (m.summary.timeliness.medianHours === null) continue;
    measured.push(m.summary.timeliness.medianHours);
    planted.push(a.plantedEntryMedianHours!);
  }
  // Trace-coverage quality needs the planted dealer truth (S and M only).
  const coverage = ctx.manifest.dealerTraceTruth
    ? coverageQuality(estimateCoverage((await readMetricInputs(ctx.gateway)).recoveries), ctx.manifest.dealerTraceTruth)
    : undefined;
  const metrics: Record<string, number | string> = {
    analysisFullMs: fullRun.durationMs,
    analysisMs: summary.durationMs,
    ...Object.fromEntries(Object.entries(fullRun.timings).map(([k, v]) => [`full.${k}`, v])),
    ...Object.fromEntries(Object.entries(summary.timings).map(([k, v]) => [`incremental.${k}`, v])),
    agencyMetricsStepMs: summary.timings.agencyMetrics ?? NaN,
    traceCoverageStepMs: summary.timings.traceCoverage ?? NaN,
    metricCells: summary.metricCells,
    ...(measured.length ? { laggardAgencies: measured.length, laggardSpearman: round(spearman(measured, planted), 3) } : {}),
    ...(coverage
      ? {
          underObservedPrecision: round(coverage.precision, 3),
          underObservedRecall: round(coverage.recall, 3),
          underObservedFlagged: coverage.flagged,
          underObservedActual: coverage.actual,
          coverageIntervalHitRate: round(coverage.intervalHitRate, 3),
          estimatedOverTrueCrimeGuns: round(coverage.totalRatio, 3),
        }
      : {}),
  };
  for (const [name, l] of Object.entries(q)) for (const [k, v] of Object.entries(l ?? {})) metrics[`${name}.${k}`] = v;
  if (!keyed) metrics.agencyQuestions = 'not asked: no planted agency truth at this scale (its ORIs choose the agencies)';
  return {
    name: 'holes',
    metrics,
    notes: [
      `Load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (2 cores; numbers fall with load).`,
    ],
  };
}
