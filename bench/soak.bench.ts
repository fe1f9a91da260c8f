/**
 * Soak: a mix of investigator, analyst and front-end questions at concurrency 16 for
 * SOAK_MINUTES (default 30) against the seeded graph, reported minute by minute: p50/p95/p99,
 * requests per second, errors, the resident memory of this process (the in-process service plus
 * the load loop) and of the bench Neo4j. Stable means the last third of the run is no worse than
 * the first third (after the first minute's warm-up): p99 within 1.5× and resident memory
 * growing by less than 10 %. A leak or a cache without a bound shows as steady growth.
 *
 * Opt-in (30 minutes): `npm run bench -- --only soak` (SOAK_MINUTES=2 for a short check).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Role } from '../src/core/role.js';
import type { BenchContext, BenchResult } from './bench.types.js';
import { percentile } from './load.js';

const CONCURRENCY = 16;

const LINKED_SCENES = `query SoakLinkedScenes($e: NonEmptyString!) {
  casing(evidenceId: $e) { evidenceId linkedScenes { scene { sceneId occurredAt kind } agency { ori name } evidenceIds distanceKm } } }`;
const TRACE_CHAIN = `query SoakTraceChain($id: NonEmptyString!) {
  firearm(id: $id) { firearmId traceChain { dealer { license state } timeToCrimeDays timeToCrimeIndicator
    recoveries { recoveryId recoveredOn state traces { traceId outcome } } } } }`;
const SCENE_PAGE = `query SoakScenePage { scenes(first: 50) { edges { node { sceneId occurredAt kind agency { ori } } } pageInfo { endCursor } } }`;
const LINK_CHART = `query SoakLinkChart($seeds: [ID!]!) { linkChart(seeds: $seeds, depth: 2, limit: 300) { nodes { id kind } edges { id kind } truncated } }`;
const RISKY_DEALERS = `query SoakDealers { highRiskDealers(first: 20) { edges { node { license score rank } } pageInfo { endCursor } } }`;

interface Window {
  minute: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  serviceRssMiB: number;
  neo4jRssMiB: number | null;
}

/** Resident memory of a process in MiB from /proc (Linux), null when it cannot be read. */
function rssMiB(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : null;
  } catch {
    return null;
  }
}

export default async function soakBench(ctx: BenchContext): Promise<BenchResult> {
  const minutes = Number(process.env.SOAK_MINUTES ?? 30);
  const casings = ctx.manifest.series.flatMap((s) => s.casingIds);
  const firearms = ctx.manifest.traceExamples.map((t) => t.firearmId);
  const dealers = [...ctx.manifest.rogueDealers, ...ctx.manifest.traceExamples.map((t) => t.dealerLicense)];
  if (!casings.length || !firearms.length || !dealers.length) throw new Error('The manifest has no series, trace examples or dealers to soak with');
  const investigator = await ctx.token([Role.INVESTIGATOR]);
  const analyst = await ctx.token([Role.ANALYST]);
  // Five questions in turn: the investigator's two, an agency page, an analyst's chart, a front-end's dealer list.
  const mix = [
    (i: number) => ({ token: investigator, query: LINKED_SCENES, variables: { e: casings[i % casings.length] } }),
    (i: number) => ({ token: investigator, query: TRACE_CHAIN, variables: { id: firearms[i % firearms.length] } }),
    () => ({ token: investigator, query: SCENE_PAGE, variables: {} }),
    (i: number) => ({ token: analyst, query: LINK_CHART, variables: { seeds: [`Ffl:${dealers[i % dealers.length]}`] } }),
    () => ({ token: analyst, query: RISKY_DEALERS, variables: {} }),
  ];
  const send = async (i: number) => {
    const { token, query, variables } = mix[i % mix.length]!(Math.floor(i / mix.length));
    const res = await fetch(ctx.appUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (res.status !== 200 || body.errors?.length) throw new Error(JSON.stringify(body.errors ?? res.status).slice(0, 300));
  };

  const windows: Window[] = [];
  let firstError: string | undefined;
  let counter = 0;
  let current = { latencies: [] as number[], errors: 0 };
  const started = performance.now();
  const end = started + minutes * 60_000;
  // Each minute: close the window, record memory, start the next one.
  const ticker = setInterval(() => {
    const w = current;
    current = { latencies: [], errors: 0 };
    w.latencies.sort((a, b) => a - b);
    const window: Window = {
      minute: windows.length + 1,
      requests: w.latencies.length,
      errors: w.errors,
      p50: percentile(w.latencies, 50),
      p95: percentile(w.latencies, 95),
      p99: percentile(w.latencies, 99),
      perSecond: Math.round(w.latencies.length / 6) / 10,
      serviceRssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
      neo4jRssMiB: ctx.localNeo4jPid ? rssMiB(ctx.localNeo4jPid) : null,
    };
    windows.push(window);
    ctx.log(
      `soak minute ${window.minute}: ${window.requests} requests, ${window.errors} errors, p50 ${window.p50} / p95 ${window.p95} / p99 ${window.p99} ms, service RSS ${window.serviceRssMiB} MiB, Neo4j RSS ${window.neo4jRssMiB ?? '?'} MiB, load ${os.loadavg()[0]!.toFixed(1)}`,
    );
  }, 60_000);
  try {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < end) {
          const i = counter++;
          const t = performance.now();
          try {
            await send(i);
            current.latencies.push(performance.now() - t);
          } catch (error) {
            current.errors += 1;
            firstError ??= (error as Error).message;
          }
        }
      }),
    );
  } finally {
    clearInterval(ticker);
  }
  return summarise(windows, minutes, firstError);
}

/** Stability: the last third of the minutes against the first third (minute 1 is warm-up). */
export function summarise(windows: Window[], minutes: number, firstError?: string): BenchResult {
  const measured = windows.slice(1);
  const third = Math.max(1, Math.floor(measured.length / 3));
  const first = measured.slice(0, third);
  const last = measured.slice(-third);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
  const p99Ratio = round(mean(last.map((w) => w.p99)) / mean(first.map((w) => w.p99)));
  const serviceGrowth = round(mean(last.map((w) => w.serviceRssMiB)) / mean(first.map((w) => w.serviceRssMiB)));
  const neo = (ws: Window[]) => mean(ws.map((w) => w.neo4jRssMiB ?? NaN));
  const neo4jGrowth = round(neo(last) / neo(first));
  const errors = windows.reduce((a, w) => a + w.errors, 0);
  const requests = windows.reduce((a, w) => a + w.requests, 0);
  const rows = windows.map(
    (w) => `| ${w.minute} | ${w.requests} | ${w.errors} | ${w.p50} | ${w.p95} | ${w.p99} | ${w.perSecond} | ${w.serviceRssMiB} | ${w.neo4jRssMiB ?? '–'} |`,
  );
  const markdown = [
    `### Soak: ${minutes} minutes at concurrency ${CONCURRENCY} (linked scenes, trace chain, scene page, link chart, risky dealers in turn)`,
    '',
    '| Minute | Requests | Errors | p50 ms | p95 ms | p99 ms | req/s | Service RSS MiB | Neo4j RSS MiB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Last third ÷ first third (minute 1 is warm-up): p99 ${p99Ratio} (stable ≤ 1.5), service RSS ${serviceGrowth}, Neo4j RSS ${neo4jGrowth} (stable < 1.1). ${requests} requests, ${errors} errors${firstError ? ` (first: ${firstError})` : ''}.`,
  ].join('\n');
  return {
    name: 'soak',
    metrics: { minutes, requests, errors, p99LastOverFirst: p99Ratio, serviceRssLastOverFirst: serviceGrowth, neo4jRssLastOverFirst: neo4jGrowth },
    markdown,
  };
}
