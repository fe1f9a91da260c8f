/**
 * Link-chart benchmark: `linkChart(seeds: [dealer], depth: 2, limit: 300)` through this
 * server (GraphQL over HTTP with auth and plugins), rotating over many dealers so the page cache,
 * not one hot dealer, is measured. Closed loop (each worker sends its next request when the
 * previous one answers) at concurrency 1 and 4; latencies in ms (p50/p95/p99).
 *
 * Goal: p95 < 100 ms at scale M, concurrency 1.
 *
 * Run by `npm run bench` (bench/run.ts calls the default export), or alone:
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… [MANIFEST=.data/manifest-M-42.json] npx tsx bench/linkchart.bench.ts
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedManifest } from '../seeds/manifest.js';
import { Role } from '../src/core/role.js';
import { mintToken } from '../src/auth/token.js';
import { loadConfig } from '../src/config/config.js';
import { cypher, loadCypher } from '../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../src/db/gateway.js';
import { startAppServer } from '../src/server/http.server.js';
import { createLogger } from '../src/core/logger.js';

const busiestDealers = cypher('linkchart/bench-dealers');
const dealersInBand = cypher('linkchart/bench-dealers-band');
/**
 * The like-for-like run: dealers with this many sales exist at scales M and L alike, so its time
 * at L beside M shows what the graph's size costs a chart of the same neighbourhood. The generator's
 * retail dealers are bimodal (median 12–15 sales; busy dealers 400 and more at L), and at L no
 * retail dealer has 100–399 sales, so the band sits in the upper tail of the ordinary dealers.
 */
export const SAME_SIZE_SALES = { minSales: 50, maxSales: 99 };

export interface LinkChartBenchContext {
  neo4j: { uri: string; user: string; password: string; database: string };
  /** Optional: its dealers (rogue, ring, trace examples) are charted first. */
  manifest?: SeedManifest;
  durationSeconds?: number;
  warmupSeconds?: number;
  log?: (message: string) => void;
}

export interface LinkChartRun {
  scenario: string;
  concurrency: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  meanNodes: number;
  truncatedShare: number;
}

export interface LinkChartBenchResult {
  name: 'linkchart';
  /** The figures bench/run.ts puts in SUMMARY.md (bench/bench.types.ts BenchResult). */
  metrics: Record<string, number | string>;
  scale: string;
  runs: LinkChartRun[];
  goals: Array<{ goal: string; value: number; limit: number; met: boolean }>;
  markdown: string;
}

export const QUERY = `query BenchLinkChart($seeds: [ID!]!) {
  linkChart(seeds: $seeds, depth: 2, limit: 300) {
    nodes { id kind label properties riskScore distance }
    edges { id source target kind properties at }
    truncated omitted { nodes edges byKind { kind count } }
  }
}`;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const round = (n: number) => Math.round(n * 10) / 10;

async function closedLoop(concurrency: number, seconds: number, send: (i: number) => Promise<{ nodes: number; truncated: boolean } | null>) {
  const latencies: number[] = [];
  let errors = 0;
  let nodes = 0;
  let truncated = 0;
  let next = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const started = performance.now();
        const out = await send(next++).catch(() => null);
        latencies.push(performance.now() - started);
        if (!out) errors += 1;
        else {
          nodes += out.nodes;
          if (out.truncated) truncated += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const ok = latencies.length - errors;
  return {
    requests: latencies.length,
    errors,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    requestsPerSecond: round(latencies.length / seconds),
    meanNodes: ok ? round(nodes / ok) : 0,
    truncatedShare: ok ? round((truncated / ok) * 100) / 100 : 0,
  };
}

/** The dealers the bench charts: the manifest's (rogue, ring, trace examples) first, then the busiest; 100 at most. */
export async function benchDealers(gateway: Gateway, manifest?: SeedManifest): Promise<string[]> {
  const fromManifest = manifest
    ? [...manifest.rogueDealers, ...manifest.rings.flatMap((r) => r.dealerLicenses), ...manifest.traceExamples.map((t) => t.dealerLicense)]
    : [];
  const busiest = (await gateway.read<{ license: string }>(busiestDealers, { max: 50 })).map((r) => r.license);
  return [...new Set([...fromManifest, ...busiest])].slice(0, 100);
}

export default async function linkChartBench(ctx: LinkChartBenchContext): Promise<LinkChartBenchResult> {
  const log = ctx.log ?? (() => {});
  const seconds = ctx.durationSeconds ?? 10;
  const warmup = ctx.warmupSeconds ?? 3;
  loadCypher();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_URI: ctx.neo4j.uri,
    NEO4J_USER: ctx.neo4j.user,
    NEO4J_PASSWORD: ctx.neo4j.password,
    NEO4J_DATABASE: ctx.neo4j.database,
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const gateway = new Gateway(createDriver(ctx.neo4j.uri, ctx.neo4j.user, ctx.neo4j.password), { database: ctx.neo4j.database, txTimeoutMs: 30_000 });
  const logger = createLogger('silent');
  const server = await startAppServer({ config, gateway, logger }, '127.0.0.1', 0);
  try {
    const dealers = await benchDealers(gateway, ctx.manifest);
    if (dealers.length === 0) throw new Error('No dealers with sales in the database: seed it first (npm run seed -- --scale M)');
    log(`linkchart bench: ${dealers.length} dealers, depth 2, limit 300, ${seconds} s per run`);
    const token = await mintToken(config, { subject: 'bench', agencyOri: 'NY0303000', roles: [Role.ANALYST] }, '2h');
    const send = async (i: number, license = dealers[i % dealers.length]) => {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: { seeds: [`Ffl:${license}`] } }),
      });
      const body = (await res.json()) as { data?: { linkChart: { nodes: unknown[]; truncated: boolean } }; errors?: unknown[] };
      if (body.errors?.length || !body.data) return null;
      return { nodes: body.data.linkChart.nodes.length, truncated: body.data.linkChart.truncated };
    };
    // Every dealer charted once first: the runs measure a chart asked again from a warm page
    // cache, whatever ran (or did not run) before this module since Neo4j started.
    for (let i = 0; i < dealers.length; i += 1) await send(i);
    await closedLoop(2, warmup, (i) => send(i));
    const runs: LinkChartRun[] = [];
    for (const concurrency of [1, 4]) {
      const run = { scenario: 'linkChart depth 2 around a dealer, limit 300', concurrency, ...(await closedLoop(concurrency, seconds, (i) => send(i))) };
      log(
        `  c=${concurrency}: p50 ${run.p50} ms, p95 ${run.p95} ms, p99 ${run.p99} ms, ${run.requestsPerSecond} req/s, ${run.meanNodes} nodes on average, errors ${run.errors}`,
      );
      runs.push(run);
    }
    // Same-size neighbourhoods (SAME_SIZE_SALES), concurrency 1.
    const band = await gateway.read<{ license: string; sales: number }>(dealersInBand, { ...SAME_SIZE_SALES, max: 100 });
    if (band.length > 0) {
      const bandSend = (i: number) => send(i, band[i % band.length]!.license);
      // Every band dealer charted once first: a warm chart at L beside a warm one at M.
      for (let i = 0; i < band.length; i += 1) await bandSend(i);
      const meanSales = round(band.reduce((a, b) => a + Number(b.sales), 0) / band.length);
      const run = {
        scenario: `linkChart depth 2 around a dealer with ${SAME_SIZE_SALES.minSales}–${SAME_SIZE_SALES.maxSales} sales (${band.length} dealers, mean ${meanSales}), limit 300`,
        concurrency: 1,
        ...(await closedLoop(1, seconds, bandSend)),
      };
      log(`  same-size dealers c=1: p50 ${run.p50} ms, p95 ${run.p95} ms, ${run.meanNodes} nodes on average, errors ${run.errors}`);
      runs.push(run);
    }
    const c1 = runs[0]!;
    const goals = [
      { goal: 'linkChart depth 2 around a dealer, limit 300: p95 at concurrency 1 (ms)', value: c1.p95, limit: 100, met: c1.p95 < 100 && c1.errors === 0 },
    ];
    const scale = ctx.manifest?.scale ?? 'unknown';
    const markdown = [
      `### Link charts (scale ${scale})`,
      '',
      '| scenario | concurrency | requests | errors | p50 ms | p95 ms | p99 ms | req/s | mean nodes | truncated |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...runs.map(
        (r) =>
          `| ${r.scenario} | ${r.concurrency} | ${r.requests} | ${r.errors} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.requestsPerSecond} | ${r.meanNodes} | ${Math.round(r.truncatedShare * 100)}% |`,
      ),
      '',
      ...goals.map((g) => `- ${g.met ? 'met' : 'NOT met'}: ${g.goal}: ${g.value} (goal < ${g.limit})`),
      '',
    ].join('\n');
    const c4 = runs[1]!;
    const metrics = {
      'p50 ms (c=1)': c1.p50,
      'p95 ms (c=1)': c1.p95,
      'p99 ms (c=1)': c1.p99,
      'req/s (c=1)': c1.requestsPerSecond,
      'p95 ms (c=4)': c4.p95,
      'req/s (c=4)': c4.requestsPerSecond,
      'mean nodes': c1.meanNodes,
      ...(runs[2] ? { 'same-size dealers p50 ms (c=1)': runs[2].p50, 'same-size dealers p95 ms (c=1)': runs[2].p95 } : {}),
      errors: runs.reduce((a, r) => a + r.errors, 0),
      'goal p95 < 100 ms': goals[0]!.met ? 'met' : 'NOT met',
    };
    return { name: 'linkchart', scale, metrics, runs, goals, markdown };
  } finally {
    await server.close();
    await gateway.close();
  }
}

// Run alone: `npx tsx bench/linkchart.bench.ts` with NEO4J_URI (and optionally MANIFEST).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifest = process.env.MANIFEST ? (JSON.parse(readFileSync(process.env.MANIFEST, 'utf8')) as SeedManifest) : undefined;
  const result = await linkChartBench({
    neo4j: {
      uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    },
    manifest,
    durationSeconds: Number(process.env.BENCH_SECONDS ?? 10),
    log: (m) => console.log(m),
  });
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'linkchart.json'), JSON.stringify(result, null, 2));
  writeFileSync(path.join(dir, 'linkchart.md'), result.markdown);
  console.log(result.markdown);
}
