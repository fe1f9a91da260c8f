/**
 * Search and person-resolution benchmark, on the bench graph (scale M seed 42 by default):
 * - `search` through the server (GraphQL over HTTP, auth, audit), closed loop at concurrency 1,
 *   warmed up on other sets of values, so the first round asks every input for the first time:
 *   partial serials (a middle part), mistyped serials, serials with unrestored characters,
 *   person names (investigator: full-text over names; analyst: id only) and street addresses.
 *   Goal: p95 ≤ 50 ms.
 * - the person-resolution run (`runPersonResolution`: read, block, score, store) at that scale.
 * - pair quality against the planted duplicates (bench/resolution.quality.ts) on held-out seeds
 *   (RESOLUTION_QUALITY_SEEDS, default the bench seed); seed 7 was the tuning seed.
 * Run by `npm run bench` (or `npm run bench -- --only resolution`).
 */
import os from 'node:os';
import { loadConfig } from '../src/config/config.js';
import { Role } from '../src/core/role.js';
import { runPersonResolution } from '../src/resolution/resolution.job.js';
import { warmUpSearch } from '../src/search/search-warm-up.js';
import type { BenchContext, BenchResult } from './bench.types.js';
import { measureResolutionQuality, type ResolutionQuality } from './resolution.quality.js';
import { percentile, round, searchInputSets, type SearchInput } from './search-inputs.js';

const SEARCH = `query BenchSearch($text: String!, $kinds: [SearchKind!]) { search(text: $text, kinds: $kinds, first: 20) {
  edges { node { id kind score label detail } } pageInfo { hasNextPage endCursor } } }`;

/**
 * How long the warm-up asks other inputs before anything is measured (SEARCH_WARMUP_SECONDS):
 * a service that analysts type into has been running, and a Neo4j started a minute ago is still
 * compiling its Lucene and Cypher code. After one to six sets of warm-up (70–420 requests, under
 * 30 s) a fresh start measured p95 47–70 ms where the same kind of inputs on a Neo4j that had run
 * a few minutes measured 31–35 (2026-12-02, docs/history/performance-runs.md). What the first minute after a
 * start costs is reported beside it (the first 70 warm-up requests).
 */
const WARM_UP_SECONDS = Number(process.env.SEARCH_WARMUP_SECONDS ?? 90);

async function latency(ctx: BenchContext, role: Role, inputs: SearchInput[], warmUp: SearchInput[], rounds: number, warmUpSeconds: number) {
  const token = await ctx.token([role]);
  const send = async ({ text, kinds }: SearchInput) => {
    const res = await fetch(ctx.appUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SEARCH, variables: { text, kinds } }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  };
  // Warm-up on other values (every kind of input): the JVM's compiled code and the connections
  // are warm, as in a running service, yet the first round asks every measured input for the
  // first time (nothing Lucene caches for a query helps it). Its first 70 requests are timed too:
  // what an analyst meets in the first minute after a start (a Neo4j started by the bench).
  const early: number[] = [];
  const until = performance.now() + warmUpSeconds * 1000;
  for (let i = 0; i === 0 || performance.now() < until; i++) {
    const t0 = performance.now();
    await send(warmUp[i % warmUp.length]!);
    if (i < 70) early.push(performance.now() - t0);
  }
  const afterStartP95 = round(
    percentile(
      early.sort((a, b) => a - b),
      95,
    ),
  );
  const ms: number[] = [];
  const byGroup = new Map<string, number[]>();
  const byRound: number[][] = [];
  for (let r = 0; r < rounds; r++) {
    byRound.push([]);
    for (const v of inputs) {
      const t0 = performance.now();
      await send(v);
      const took = performance.now() - t0;
      ms.push(took);
      byRound[r]!.push(took);
      byGroup.set(v.group, [...(byGroup.get(v.group) ?? []), took]);
    }
  }
  // The first round asks most inputs for the first time (index blocks not yet in memory); later rounds repeat them.
  const rounds95 = byRound.map((v) =>
    round(
      percentile(
        [...v].sort((a, b) => a - b),
        95,
      ),
    ),
  );
  ms.sort((a, b) => a - b);
  // Which kind of input makes the tail (the profile, bench/search-profile.bench.ts, says which statement).
  const groups = Object.fromEntries(
    [...byGroup].map(([g, v]) => [
      g,
      round(
        percentile(
          v.sort((a, b) => a - b),
          95,
        ),
      ),
    ]),
  );
  return {
    requests: ms.length,
    p50: round(percentile(ms, 50)),
    p95: round(percentile(ms, 95)),
    p99: round(percentile(ms, 99)),
    groups,
    rounds95,
    afterStartP95,
  };
}

export default async function resolutionBench(ctx: BenchContext): Promise<BenchResult> {
  const load = os.loadavg().map((v) => round(v, 2));
  // SEARCH_INPUT_SET=n measures set n: a repeated run on a graph that was asked set 0 before can
  // still ask every input for the first time (A/B runs on one graph). The warm-up cycles through
  // the next SEARCH_WARMUP_SETS sets (never the measured inputs) for WARM_UP_SECONDS.
  const first = Number(process.env.SEARCH_INPUT_SET ?? 0);
  const warmSets = Number(process.env.SEARCH_WARMUP_SETS ?? 6);
  const sets = await searchInputSets(ctx.gateway, first + 1 + warmSets);
  const inputs = sets[first]!;
  const spare = sets.slice(first + 1).flat();
  ctx.log(`resolution: search latency, ${inputs!.length} inputs...`);
  // As `npm start` does before it takes requests (src/main.ts, SEARCH_WARM_UP_SECONDS): the first
  // minute's figure below is then what the first analysts meet after a start.
  const startWarmUp = await warmUpSearch(
    ctx.gateway,
    loadConfig({ SEARCH_WARM_UP_SECONDS: process.env.SEARCH_WARM_UP_SECONDS }).SEARCH_WARM_UP_SECONDS,
    ctx.log,
  );
  const investigator = await latency(ctx, Role.INVESTIGATOR, inputs, spare, 3, WARM_UP_SECONDS);
  // The analyst's searches follow on the warm service: a short warm-up of its own role's requests.
  const analyst = await latency(ctx, Role.ANALYST, inputs, spare, 2, 10);
  ctx.log('resolution: person-resolution run...');
  const t0 = Date.now();
  const run = await runPersonResolution(ctx.gateway, new Date().toISOString());
  const runMs = Date.now() - t0;
  // `none` skips the in-memory quality runs (minutes at M) when only the database figures are wanted.
  const seedList = process.env.RESOLUTION_QUALITY_SEEDS ?? '42';
  const seeds = seedList === 'none' ? [] : seedList.split(',').map(Number);
  const quality: ResolutionQuality[] = [];
  for (const seed of seeds) {
    ctx.log(`resolution: quality on held-out seed ${seed} (scale ${ctx.scale}, in memory)...`);
    quality.push(await measureResolutionQuality(ctx.scale, seed));
  }
  const goals = [
    { goal: 'search p95 ≤ 50 ms (investigator)', value: investigator.p95, limit: 50, met: investigator.p95 <= 50 },
    ...quality.flatMap((q) => [
      { goal: `pair precision ≥ 0.95 (seed ${q.seed}, held out)`, value: q.precision, limit: 0.95, met: q.precision >= 0.95 },
      { goal: `pair recall ≥ 0.9 (seed ${q.seed}, held out)`, value: q.recall, limit: 0.9, met: q.recall >= 0.9 },
    ]),
  ];
  const markdown = [
    `## Search and person resolution, scale ${ctx.scale}`,
    '',
    `Load average ${load.join(' / ')} (1/5/15 min) at start. Search inputs: set ${first}; warm-up ${WARM_UP_SECONDS} s (analyst 10 s) on the next ${warmSets} set(s) (${spare.length} other inputs).`,
    '',
    '| Goal | Value | Limit | Met |',
    '|---|---|---|---|',
    ...goals.map((g) => `| ${g.goal} | ${g.value} | ${g.limit} | ${g.met ? 'yes' : 'NO'} |`),
    '',
    `Search (${investigator.requests} requests): investigator p50 ${investigator.p50} / p95 ${investigator.p95} / p99 ${investigator.p99} ms; analyst p50 ${analyst.p50} / p95 ${analyst.p95} ms.`,
    `Investigator p95 of the first 70 warm-up requests (other inputs, the first minute after the bench's Neo4j started when it started one, after the service's own start-up warm-up of ${startWarmUp.searches} searches in ${round(startWarmUp.ms / 1000)} s): ${investigator.afterStartP95} ms.`,
    `Investigator p95 by input: ${JSON.stringify(investigator.groups)}; analyst: ${JSON.stringify(analyst.groups)}. p95 per round (first asks most inputs for the first time): investigator ${investigator.rounds95.join(' / ')}, analyst ${analyst.rounds95.join(' / ')} ms.`,
    `Resolution run: ${run.people} people, ${run.comparedPairs} blocked pairs, ${run.candidates.length} candidates in ${round(runMs / 1000)} s (${JSON.stringify(run.timings)}).`,
    ...quality.map((q) => `Seed ${q.seed}: ${q.planted} planted, ${q.candidates} candidates, recall by variation ${JSON.stringify(q.recallByVariation)}.`),
  ].join('\n');
  return {
    name: 'resolution',
    metrics: {
      loadAverage1m: load[0]!,
      searchP50Ms: investigator.p50,
      searchP95Ms: investigator.p95,
      searchP99Ms: investigator.p99,
      analystSearchP95Ms: analyst.p95,
      searchP95ByRound: investigator.rounds95.join(' / '),
      searchInputSet: first,
      searchWarmUpSeconds: WARM_UP_SECONDS,
      searchP95FirstMinuteAfterStartMs: investigator.afterStartP95,
      searchStartWarmUpSearches: startWarmUp.searches,
      searchStartWarmUpMs: startWarmUp.ms,
      resolutionRunMs: runMs,
      people: run.people,
      comparedPairs: run.comparedPairs,
      candidates: run.candidates.length,
      ...Object.fromEntries(
        quality.flatMap((q) => [
          [`precision_seed${q.seed}`, q.precision],
          [`recall_seed${q.seed}`, q.recall],
        ]),
      ),
    },
    markdown,
  };
}
