/**
 * Dealer-risk and trafficking-network benchmark, on the bench graph (scale M seed 42):
 * - the full analysis job (`runAnalysis`: dealer risk + GDS networks), run twice, with its
 *   per-step timings. Goal: ≤ 60 s at scale M.
 * - the first page of `highRiskDealers` (20 dealers with score and top indicators) through the
 *   server (GraphQL over HTTP with auth and plugins), closed loop at concurrency 1; latencies
 *   in ms. Goal: p95 < 50 ms. The first page of `traffickingNetworks` is measured alongside.
 * - quality against the planted truth: share of the planted bad dealers (rogue, corrupt, covering
 *   off-book sales with loss reports; K = their number) in the top 2×K, the rogue ones alone,
 *   network precision over every planted typology, and ring recall at Jaccard ≥ 0.5.
 * Run by `npm run bench` (or `npm run bench -- --only risk`).
 */
import { runAnalysis, type AnalysisSummary } from '../src/analysis/analysis.job.js';
import { measureAgainstPlanted } from '../src/analysis/planted-quality.js';
import { evaluateTypologies } from '../src/analysis/typology-quality.js';
import { Role } from '../src/core/role.js';
import type { BenchContext, BenchResult } from './bench.types.js';

const DEALERS = `query BenchHighRiskDealers { highRiskDealers(first: 20) {
  edges { cursor node { license name state rank score computedAt topIndicators(count: 3) { key value percentile contribution } } }
  pageInfo { hasNextPage endCursor } } }`;
const NETWORKS = `query BenchNetworks { traffickingNetworks(first: 20) {
  edges { node { id rank size strawPurchasers brokers possessors traffickedGuns sourceStates destinationStates firstActivity lastActivity } }
  pageInfo { hasNextPage endCursor } } }`;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function latency(ctx: BenchContext, query: string, requests: number, warmup: number) {
  const token = await ctx.token([Role.ANALYST]);
  const send = async () => {
    const res = await fetch(ctx.appUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  };
  for (let i = 0; i < warmup; i++) await send();
  const ms: number[] = [];
  let errors = 0;
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    try {
      await send();
      ms.push(performance.now() - t0);
    } catch {
      errors += 1;
    }
  }
  ms.sort((a, b) => a - b);
  return { requests, errors, p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), p99: round(percentile(ms, 99)) };
}

export default async function riskBench(ctx: BenchContext): Promise<BenchResult> {
  const runs: AnalysisSummary[] = [];
  for (let i = 0; i < 2; i++) {
    ctx.log(`risk: analysis job run ${i + 1}/2...`);
    runs.push(await runAnalysis(ctx.gateway, ctx.log));
  }
  const best = runs.reduce((a, b) => (b.durationMs < a.durationMs ? b : a));
  ctx.log('risk: highRiskDealers first page...');
  const dealers = await latency(ctx, DEALERS, 200, 20);
  ctx.log('risk: traffickingNetworks first page...');
  const networks = await latency(ctx, NETWORKS, 100, 10);
  const q = await measureAgainstPlanted(ctx.gateway, ctx.manifest);
  // Every planted bad dealer and every planted typology: the rogue-only and ring-only figures
  // predate the typology library, where corrupt dealers and recruiter or hub networks are as real.
  const t = await evaluateTypologies(ctx.gateway, ctx.manifest);
  const badShare = t.badDealers.length ? t.badInTop2K / t.badDealers.length : 1;
  const networkPrecision = t.networks ? t.truePositiveNetworks / t.networks : 1;

  const goals = [
    { goal: `analysis job ≤ 60 s (scale ${ctx.scale}, best of 2)`, value: round(best.durationMs / 1000), limit: 60, met: best.durationMs <= 60_000 },
    { goal: 'highRiskDealers first page p95 < 50 ms', value: dealers.p95, limit: 50, met: dealers.p95 < 50 },
    { goal: 'planted rogue and corrupt dealers in top 2×K ≥ 90%', value: round(badShare * 100), limit: 90, met: badShare >= 0.9 },
    { goal: 'ring recall ≥ 0.9 (Jaccard ≥ 0.5)', value: round(q.ringRecall, 3), limit: 0.9, met: q.ringRecall >= 0.9 },
    { goal: 'network precision ≥ 0.9 (every planted typology)', value: round(networkPrecision, 3), limit: 0.9, met: networkPrecision >= 0.9 },
  ];
  const stepRows = Object.entries(best.timings).map(([k, v]) => `| ${k} | ${v} |`);
  const markdown = [
    `## Dealer risk and trafficking networks, scale ${ctx.scale}`,
    '',
    '| Goal | Value | Limit | Met |',
    '|---|---|---|---|',
    ...goals.map((g) => `| ${g.goal} | ${g.value} | ${g.limit} | ${g.met ? 'yes' : 'NO'} |`),
    '',
    `Analysis job runs: ${runs.map((r) => `${round(r.durationMs / 1000)} s`).join(', ')}; ${best.dealersScored} dealers scored, ${best.networks} networks (${best.networkMembers} members), GDS ${best.gdsAvailable ? 'available' : 'unavailable'}.`,
    '',
    `highRiskDealers(first: 20) over HTTP, concurrency 1, ${dealers.requests} requests: p50 ${dealers.p50} ms, p95 ${dealers.p95} ms, p99 ${dealers.p99} ms, ${dealers.errors} errors.`,
    `traffickingNetworks(first: 20): p50 ${networks.p50} ms, p95 ${networks.p95} ms, p99 ${networks.p99} ms, ${networks.errors} errors.`,
    '',
    `Quality (tuning seed): ${t.badInTop2K} of ${t.badDealers.length} planted bad dealers in the top ${t.topConsidered} (ranks: ${t.badDealers.map((b) => `${b.kind[0]}${b.rank ?? '-'}`).join(' ')}); rogue dealers alone ${q.rogueInTop} of ${q.rogueDealers} in the top ${q.topConsidered}; ${q.ringsFound} of ${q.rings} rings found; ${t.truePositiveNetworks} of ${t.networks} networks are planted trafficking (${q.networksMatchingRing} match a ring).`,
    '',
    '| Step of the best run | ms |',
    '|---|---|',
    ...stepRows,
    '',
  ].join('\n');
  return {
    name: 'risk',
    metrics: {
      analysisBestSeconds: round(best.durationMs / 1000),
      analysisRunsSeconds: runs.map((r) => round(r.durationMs / 1000)).join(', '),
      dealersScored: best.dealersScored,
      networks: best.networks,
      networkMembers: best.networkMembers,
      highRiskDealersP50Ms: dealers.p50,
      highRiskDealersP95Ms: dealers.p95,
      highRiskDealersP99Ms: dealers.p99,
      traffickingNetworksP95Ms: networks.p95,
      badDealersInTop2K: `${t.badInTop2K}/${t.badDealers.length}`,
      badDealerShareInTop2K: round(badShare, 3),
      rogueInTop2K: `${q.rogueInTop}/${q.rogueDealers}`,
      rogueShareInTop2K: round(q.rogueShareInTop, 3),
      ringRecall: round(q.ringRecall, 3),
      networkPrecision: round(networkPrecision, 3),
      ringOnlyPrecision: round(q.ringPrecision, 3),
      ...Object.fromEntries(Object.entries(best.timings).map(([k, v]) => [`ms.${k}`, v])),
    },
    notes: goals.filter((g) => !g.met).map((g) => `goal not met: ${g.goal} (${g.value})`),
    markdown,
  };
}
