/**
 * Investigator API benchmark: casing → linked scenes, a full trace chain and a
 * 50-scene page, each through this server (GraphQL over HTTP, with auth, DataLoaders and
 * plugins) and through the raw driver running the same Cypher statements the server runs,
 * at concurrency 1 and 16. Closed-loop load (each worker sends its next request when the
 * previous one answers, like autocannon), latencies in ms: p50/p95/p99 and requests per second.
 *
 * Goals: casing → linked scenes p95 ≤ 25 ms at concurrency 16; GraphQL p50 ≤ 1.5×
 * the raw driver's p50.
 *
 * Run by `npm run bench` (bench/run.ts calls the default export), or alone:
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… MANIFEST=.data/manifest-M-42.json npx tsx bench/investigator.bench.ts
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import os from 'node:os';
import type { SeedManifest } from '../seeds/manifest.js';
import { Role, type AuthUser } from '../src/core/role.js';
import { mintToken } from '../src/auth/token.js';
import { loadConfig } from '../src/config/config.js';
import { cypher, loadCypher, type Statement } from '../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../src/db/gateway.js';
import { startAppServer } from '../src/server/http.server.js';
import { createLogger } from '../src/core/logger.js';
import type { BenchContext, BenchResult } from './bench.types.js';
import { closedLoop, percentile } from './load.js';

/** Seconds per measured run and per warm-up (env BENCH_SECONDS / BENCH_WARMUP override). */
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
/**
 * Distinct ids each scenario rotates over (env BENCH_IDS). Every one is read once before the
 * measured runs, so GraphQL and the raw driver both answer from a warm page cache: the question
 * measured is a local one asked again, and its time at L beside M shows what the graph's size costs
 * it, not how many first visits to the disk a 10-second run happens to make.
 */
const WORKING_SET = Number(process.env.BENCH_IDS ?? 200);

export interface RunResult {
  scenario: string;
  target: 'graphql' | 'raw-driver';
  concurrency: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
}

const statements = {
  casing: cypher('casing/by-evidence-id'),
  linkedScenes: cypher('casing/linked-scenes'),
  firearm: cypher('firearm/by-id'),
  traceChain: cypher('firearm/trace-chain'),
  scenePage: cypher('scene/page-by-time'),
};

const LINKED_SCENES_QUERY = `query BenchLinkedScenes($e: NonEmptyString!) {
  casing(evidenceId: $e) { evidenceId linkedScenes { scene { id: sceneId occurredAt kind location { latitude longitude } } agency { ori name } evidenceIds distanceKm daysSincePrevious otherJurisdiction } }
}`;
const TRACE_CHAIN_QUERY = `query BenchTraceChain($id: NonEmptyString!) {
  firearm(id: $id) { id: firearmId traceChain {
    manufacturer { name kind } dealer { license name state } sale { id: saleId soldOn multipleSale } purchaser { id: personId state }
    timeToCrimeDays timeToCrimeIndicator firstShootingAt timeToFirstShootingDays
    recoveries { id: recoveryId recoveredOn state timeToCrimeDays possessorIsPurchaser recoveredOutOfState possessor { id: personId } agency { ori }
      traces { id: traceId outcome requestedAt completedAt requestingAgency { ori } } }
  } }
}`;
const SCENE_PAGE_QUERY = `query BenchScenePage { scenes(first: 50) { edges { cursor node { id: sceneId occurredAt kind address city state location { latitude longitude } agency { ori name } } } pageInfo { hasNextPage endCursor } } }`;

/** The parameters the server sends for these statements (see the resolvers). */
const LINKED_PARAMS = { statuses: ['CONFIRMED'], maxHops: 6, max: 500 };
const PAGE_PARAMS = { limit: 51, afterSort: null, afterId: null, from: '0001-01-01T00:00:00Z', until: '9999-12-31T23:59:59Z', kinds: null };

interface Scenario {
  name: string;
  graphql: (i: number) => { query: string; variables: Record<string, unknown> };
  raw: (driver: Driver, database: string, i: number) => Promise<void>;
  /** How many distinct ids `i` cycles over (each is read once before measuring). */
  ids: number;
}

async function rawRead(driver: Driver, database: string, statement: Statement, params: Record<string, unknown>) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => tx.run(statement.text, params));
  } finally {
    await session.close();
  }
}

function scenarios(manifest: SeedManifest): Scenario[] {
  // Evidence ids of planted series (linked scenes are non-trivial) and trace-example guns (full chains).
  const casings = manifest.series.flatMap((s) => s.casingIds).slice(0, WORKING_SET);
  const firearms = manifest.traceExamples.map((t) => t.firearmId).slice(0, WORKING_SET);
  if (!casings.length || !firearms.length) throw new Error('The manifest has no series or trace examples to benchmark with');
  return [
    {
      name: 'casing → linked scenes',
      ids: casings.length,
      graphql: (i) => ({ query: LINKED_SCENES_QUERY, variables: { e: casings[i % casings.length] } }),
      raw: async (driver, db, i) => {
        const keys = [casings[i % casings.length]];
        await rawRead(driver, db, statements.casing, { keys });
        await rawRead(driver, db, statements.linkedScenes, { keys, ...LINKED_PARAMS });
      },
    },
    {
      name: 'full trace chain',
      ids: firearms.length,
      graphql: (i) => ({ query: TRACE_CHAIN_QUERY, variables: { id: firearms[i % firearms.length] } }),
      raw: async (driver, db, i) => {
        const keys = [firearms[i % firearms.length]];
        await rawRead(driver, db, statements.firearm, { keys });
        await rawRead(driver, db, statements.traceChain, { keys });
      },
    },
    {
      name: '50-scene page',
      ids: 1,
      graphql: () => ({ query: SCENE_PAGE_QUERY, variables: {} }),
      raw: async (driver, db) => {
        await rawRead(driver, db, statements.scenePage, PAGE_PARAMS);
      },
    },
  ];
}

export default async function investigatorBench(ctx: BenchContext): Promise<BenchResult> {
  const { database } = ctx.neo4j;
  const token = await ctx.token([Role.INVESTIGATOR]);
  const raw = createDriver(ctx.neo4j.uri, ctx.neo4j.user, ctx.neo4j.password);
  const runs: RunResult[] = [];
  const loadAtStart = os.loadavg()[0]!;
  try {
    for (const scenario of scenarios(ctx.manifest)) {
      const viaGraphql = async (i: number) => {
        const res = await fetch(ctx.appUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(scenario.graphql(i)),
        });
        const body = (await res.json()) as { errors?: unknown[] };
        if (res.status !== 200 || body.errors) throw new Error(JSON.stringify(body.errors ?? res.status));
      };
      const viaRaw = (i: number) => scenario.raw(raw, database, i);
      for (let i = 0; i < scenario.ids; i += 1) await viaRaw(i);
      for (const concurrency of [1, 16]) {
        for (const [target, send] of [
          ['graphql', viaGraphql],
          ['raw-driver', viaRaw],
        ] as const) {
          await closedLoop(concurrency, WARMUP, send);
          const { latencies, errors, elapsed } = await closedLoop(concurrency, DURATION, send);
          const run: RunResult = {
            scenario: scenario.name,
            target,
            concurrency,
            requests: latencies.length,
            errors,
            p50: percentile(latencies, 50),
            p95: percentile(latencies, 95),
            p99: percentile(latencies, 99),
            requestsPerSecond: Math.round((latencies.length / elapsed) * 10) / 10,
          };
          runs.push(run);
          ctx.log(
            `${run.scenario} · ${target} · c${concurrency}: p50 ${run.p50} ms, p95 ${run.p95} ms, p99 ${run.p99} ms, ${run.requestsPerSecond} req/s, ${errors} errors`,
          );
        }
      }
    }
  } finally {
    await raw.close();
  }
  const find = (scenario: string, target: string, c: number) => runs.find((r) => r.scenario === scenario && r.target === target && r.concurrency === c)!;
  const goals = [
    {
      goal: 'casing → linked scenes, GraphQL p95 at concurrency 16 (ms)',
      key: 'linkedScenes.c16.graphql.p95',
      value: find('casing → linked scenes', 'graphql', 16).p95,
      limit: 25,
    },
    ...(
      [
        ['casing → linked scenes', 'linkedScenes'],
        ['full trace chain', 'traceChain'],
        ['50-scene page', 'scenePage'],
      ] as const
    ).map(([s, key]) => ({
      goal: `${s}, GraphQL p50 ÷ raw driver p50 at concurrency 1`,
      key: `${key}.c1.graphqlOverRawP50`,
      value: Math.round((find(s, 'graphql', 1).p50 / find(s, 'raw-driver', 1).p50) * 100) / 100,
      limit: 1.5,
    })),
  ].map((g) => ({ ...g, met: g.value <= g.limit }));
  const keyOf: Record<string, string> = { 'casing → linked scenes': 'linkedScenes', 'full trace chain': 'traceChain', '50-scene page': 'scenePage' };
  const metrics: Record<string, number | string> = {};
  for (const r of runs) {
    const k = `${keyOf[r.scenario]}.c${r.concurrency}.${r.target === 'graphql' ? 'graphql' : 'raw'}`;
    metrics[`${k}.p50`] = r.p50;
    metrics[`${k}.p95`] = r.p95;
    metrics[`${k}.p99`] = r.p99;
    metrics[`${k}.rps`] = r.requestsPerSecond;
    if (r.errors) metrics[`${k}.errors`] = r.errors;
  }
  for (const g of goals) metrics[g.key] = g.value;
  const markdown = [
    `### Investigator API (scale ${ctx.manifest.scale}, ${WORKING_SET} ids per question each read once first, then ${DURATION} s per run after ${WARMUP} s warm-up, closed loop; load average ${loadAtStart.toFixed(1)} at start on ${os.cpus().length} CPUs)`,
    '',
    '| Scenario | Target | Concurrency | p50 ms | p95 ms | p99 ms | req/s | errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...runs.map((r) => `| ${r.scenario} | ${r.target} | ${r.concurrency} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.requestsPerSecond} | ${r.errors} |`),
    '',
    '| Goal | Value | Limit | Met |',
    '|---|---:|---:|---|',
    ...goals.map((g) => `| ${g.goal} | ${g.value} | ${g.limit} | ${g.met ? 'yes' : 'no'} |`),
    '',
  ].join('\n');
  return {
    name: 'investigator',
    metrics,
    notes: [
      'Raw driver = the same Cypher files the server runs for that request, in read transactions, no HTTP/GraphQL.',
      'Client, server and Neo4j share the machine: figures include CPU contention between them.',
      ...goals.map((g) => `${g.goal}: ${g.value} (limit ${g.limit}) ${g.met ? 'met' : 'NOT met'}`),
    ],
    markdown,
  };
}

// Standalone (without bench/run.ts): NEO4J_URI=… NEO4J_PASSWORD=… MANIFEST=… npx tsx bench/investigator.bench.ts
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  loadCypher();
  const neo4jTarget = {
    uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
  const manifest = JSON.parse(readFileSync(process.env.MANIFEST ?? '.data/manifest-M-42.json', 'utf8')) as SeedManifest;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_URI: neo4jTarget.uri,
    NEO4J_USER: neo4jTarget.user,
    NEO4J_PASSWORD: neo4jTarget.password,
    NEO4J_DATABASE: neo4jTarget.database,
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const gateway = new Gateway(createDriver(neo4jTarget.uri, neo4jTarget.user, neo4jTarget.password), { database: neo4jTarget.database, txTimeoutMs: 60_000 });
  const logger = createLogger('silent');
  const server = await startAppServer({ config, gateway, logger }, '127.0.0.1', 0);
  try {
    const result = await investigatorBench({
      gateway,
      appUrl: server.url,
      token: (roles: Role[] = [Role.INVESTIGATOR], user: Partial<AuthUser> = {}) =>
        mintToken(config, { subject: 'bench', agencyOri: 'NY0303000', roles, ...user }),
      manifest,
      scale: manifest.scale,
      neo4j: neo4jTarget,
      log: (m) => console.log(`[investigator bench] ${m}`),
    });
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'investigator.json'),
      `${JSON.stringify({ ...result, scale: manifest.scale, finishedAt: new Date().toISOString() }, null, 2)}\n`,
    );
    writeFileSync(path.join(dir, 'investigator.md'), result.markdown ?? '');
    console.log(result.markdown);
  } finally {
    await server.close();
    await gateway.close();
  }
}
