import 'reflect-metadata';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.js';
import { readManifest, writeManifest, type Scale, type SeedManifest } from '../seeds/manifest.js';
import { isScale } from '../seeds/scale.js';
import { seedGraph } from '../seeds/seed.js';
import { Role, type AuthUser } from '../src/core/role.js';
import { mintToken } from '../src/auth/token.js';
import { loadConfig } from '../src/config/config.js';
import { cypher, loadCypher } from '../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../src/db/gateway.js';
import { migrate } from '../src/db/migrate.js';
import { startAppServer } from '../src/server/http.server.js';
import { createLogger } from '../src/core/logger.js';
import type { BenchContext, BenchResult } from './bench.types.js';

/**
 * `npm run bench [-- --only <name>[,<name>…]] [--scale M] [--seed 42]`
 * Starts (or reuses) the bench Neo4j with its data in .data/bench-neo4j (other scales and seeds:
 * .data/bench-neo4j-<scale>-<seed>; NEO4J_URI overrides),
 * seeds scale M seed 42 once (kept between runs: the manifest file beside the data says it is
 * there), starts the app server in-process, runs every bench/*.bench.ts (or just --only), and
 * writes bench/results/<name>.json and bench/results/SUMMARY.md.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const RESULTS = path.join(here, 'results');
/**
 * The bench Neo4j's folder: scale M seed 42 (the default) in .data/bench-neo4j, any other scale or
 * seed in a folder of its own, so a run at S never seeds into (and mixes with) the M graph.
 */
const benchHome = (scale: string, seed: number) => path.join(root, scale === 'M' && seed === 42 ? '.data/bench-neo4j' : `.data/bench-neo4j-${scale}-${seed}`);
const graphIsEmpty = cypher('system/graph-is-empty');
/** Modules that run only when named with --only (the soak takes 30 minutes). */
const OPT_IN = new Set(['soak']);

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      scale: { type: 'string', default: 'M' },
      seed: { type: 'string', default: '42' },
    },
  });
  const scale = values.scale!.toUpperCase();
  const seed = Number(values.seed);
  if (!isScale(scale) || !Number.isInteger(seed)) throw new Error('Usage: npm run bench -- [--only name] [--scale S|M|L] [--seed N]');
  const log = (m: string) => console.log(`[bench] ${m}`);
  // --only a,b runs those modules, in name order.
  const only = values.only ? values.only.split(',').map((n) => n.trim()) : [];
  const home = benchHome(scale, seed);
  loadCypher();

  let local: LocalNeo4j | undefined;
  let neo4j: BenchContext['neo4j'];
  if (process.env.NEO4J_URI) {
    neo4j = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
  } else {
    mkdirSync(home, { recursive: true });
    const password = 'bench-password-1';
    local = await startLocalNeo4j({
      home: home,
      port: await freePort(),
      password,
      heap: process.env.BENCH_NEO4J_HEAP ?? '2g',
      pagecache: process.env.BENCH_NEO4J_PAGECACHE ?? '2g',
      txTimeoutMs: 600_000,
      log,
    });
    neo4j = { uri: local.uri, user: 'neo4j', password, database: 'neo4j' };
  }
  const gateway = new Gateway(createDriver(neo4j.uri, neo4j.user, neo4j.password), { database: neo4j.database, txTimeoutMs: 600_000 });
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  try {
    await migrate(gateway, log);
    // The import bench writes into its own empty database: run alone, it needs no seeded graph.
    const manifest =
      only.length === 1 && only[0] === 'import' ? undefined : await ensureSeeded(gateway, scale, seed, local ? home : path.join(root, '.data'), log);

    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    const logger = createLogger('silent');
    app = await startAppServer({ config, gateway, logger }, '127.0.0.1', 0);
    const ctx: BenchContext = {
      gateway,
      appUrl: app.url,
      token: (roles: Role[] = [Role.INVESTIGATOR], user: Partial<AuthUser> = {}) =>
        mintToken(config, { subject: 'bench', agencyOri: 'NY0303000', roles, ...user }),
      manifest: manifest as SeedManifest,
      scale,
      neo4j,
      localNeo4jHome: local ? home : undefined,
      localNeo4jPid: local?.pid,
      log,
    };

    const modules = readdirSync(here)
      .filter((f) => f.endsWith('.bench.ts'))
      .map((f) => f.replace(/\.bench\.ts$/, ''))
      .filter((name) => (only.length ? only.includes(name) : !OPT_IN.has(name)))
      .sort();
    if (!modules.length) throw new Error(only.length ? `No bench/{${only.join(',')}}.bench.ts` : 'No bench/*.bench.ts modules');
    mkdirSync(RESULTS, { recursive: true });
    const machine = `${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} at start`;
    for (const name of modules) {
      log(`Running ${name}...`);
      const started = new Date();
      const mod = (await import(pathToFileURL(path.join(here, `${name}.bench.ts`)).href)) as { default: (c: BenchContext) => Promise<BenchResult> };
      let result: BenchResult & Record<string, unknown>;
      try {
        result = (await mod.default(ctx)) as BenchResult & Record<string, unknown>;
      } catch (error) {
        result = { name, metrics: { error: (error as Error).message } };
        log(`${name} failed: ${(error as Error).stack} ${JSON.stringify((error as { extensions?: unknown }).extensions ?? {})}`);
      }
      const record = { ...result, scale, seed, startedAt: started.toISOString(), finishedAt: new Date().toISOString(), machine };
      // Scale M (the reference) keeps <name>.json; other scales write beside it, never over it.
      const base = scale === 'M' ? name : `${name}-${scale}`;
      writeFileSync(path.join(RESULTS, `${base}.json`), `${JSON.stringify(record, null, 2)}\n`);
      // The table beside its figures, so a bench's .md never lags its .json.
      if (typeof result.markdown === 'string') writeFileSync(path.join(RESULTS, `${base}.md`), result.markdown);
      log(`${name}: ${JSON.stringify(result.metrics ?? {})}`);
    }
    writeSummary(machine);
  } finally {
    await app?.close().catch(() => {});
    await gateway.close();
    await local?.stop();
  }
}

/** Seeds (scale, seed) unless its manifest is beside the data and the graph is not empty. */
async function ensureSeeded(gateway: Gateway, scale: Scale, seed: number, dir: string, log: (m: string) => void): Promise<SeedManifest> {
  const manifestFile = path.join(dir, `manifest-${scale}-${seed}.json`);
  const [probe] = await gateway.read<{ empty: boolean }>(graphIsEmpty);
  if (existsSync(manifestFile) && probe && !probe.empty) {
    log(`Scale ${scale} seed ${seed} is already loaded (${manifestFile}).`);
    return readManifest(manifestFile);
  }
  log(`Seeding scale ${scale} seed ${seed} (first run only)...`);
  const result = await seedGraph(gateway, {
    scale,
    seed,
    onProgress: (p) => log(`  seed: ${p.records} records, ${Math.round(((p.nodes + p.relationships) / p.elapsedMs) * 1000)} nodes+rels/s`),
  });
  writeManifest(manifestFile, result.manifest);
  const load = {
    name: `seed-load-${scale}-${seed}`,
    metrics: {
      nodes: result.nodes,
      relationships: result.relationships,
      seconds: Math.round(result.elapsedMs / 100) / 10,
      nodesPlusRelationshipsPerSecond: result.perSecond,
    },
    notes: ['Seed load of the bench database (generation and write interleaved, 2 batches in flight).'],
    at: new Date().toISOString(),
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, `seed-load-${scale}-${seed}.json`), `${JSON.stringify(load, null, 2)}\n`);
  log(`Seeded in ${(result.elapsedMs / 1000).toFixed(1)} s: ${result.perSecond} nodes+rels/s.`);
  return result.manifest;
}

/** bench/results/SUMMARY.md from every result JSON there (so --only keeps the others' numbers). */
function writeSummary(machine: string) {
  const modules = new Set(
    readdirSync(here)
      .filter((f) => f.endsWith('.bench.ts'))
      .map((f) => f.replace(/\.bench\.ts$/, '')),
  );
  const files = readdirSync(RESULTS)
    .filter((f) => modules.has(f.replace(/(-[SL])?\.json$/, '')) || /^seed-load-.*\.json$/.test(f))
    .sort();
  const parts = [
    '# Benchmark results',
    '',
    `Last run on: ${machine}.`,
    '',
    'Written by `npm run bench` (bench/run.ts); one JSON file per module beside this file.',
    '',
  ];
  for (const f of files) {
    let r: BenchResult & Record<string, unknown>;
    try {
      r = JSON.parse(readFileSync(path.join(RESULTS, f), 'utf8')) as BenchResult & Record<string, unknown>;
    } catch {
      continue;
    }
    parts.push(`## ${r.name ?? f}`, '');
    if (typeof r.markdown === 'string') parts.push(r.markdown, '');
    if (r.metrics && typeof r.metrics === 'object') {
      parts.push('| Metric | Value |', '|---|---|');
      for (const [k, v] of Object.entries(r.metrics)) parts.push(`| ${k} | ${v} |`);
      parts.push('');
    }
    for (const n of r.notes ?? []) parts.push(`- ${n}`);
    if (r.notes?.length) parts.push('');
    if (r.finishedAt) parts.push(`_Run ${String(r.finishedAt)}, scale ${String(r.scale ?? '?')}._`, '');
  }
  writeFileSync(path.join(RESULTS, 'SUMMARY.md'), parts.join('\n'));
}

await main();
