import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j } from '../../neo4j/local-neo4j.js';
import { mintToken } from '../../src/auth/token.js';
import { loadConfig } from '../../src/config/config.js';
import { Role } from '../../src/core/role.js';
import { createDriver } from '../../src/db/gateway.js';
import { javaPids, ROOT, spawnService, waitUntil } from '../../test/support/spawn-service.js';
import { DrillLoad, type PhaseStats } from './drill.load.js';

/**
 * `npm run drill [-- --pause-s 45]`: the operator's fault drills against a throwaway service
 * with its own local Neo4j, under write and read load: kill Neo4j, pause it (SIGSTOP), kill it
 * again while it restarts, send an oversized body, and stop the service under load. Prints a
 * table (acknowledged writes lost, longest request, time to recover) and writes it to
 * bench/results/drill-<date>.md. docs/operations.md says what each row should show.
 */
const pauseS = Number(process.argv[process.argv.indexOf('--pause-s') + 1]) || 45;
const REQUEST_TIMEOUT_MS = 5_000;
const LOCAL_PASSWORD = 'drill-local-pw';
const say = (m: string) => console.log(`[drill] ${m}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Row {
  drill: string;
  stats: PhaseStats;
  recoverS: number | null;
  note: string;
}

const home = mkdtempSync(path.join(os.tmpdir(), 'crimegun-drill-'));
const httpPort = await freePort();
const boltPort = await freePort();
const base = `http://127.0.0.1:${httpPort}`;
say(`starting a throwaway service and Neo4j (data in ${home}); the first start takes a minute or more...`);
const started = Date.now();
const service = spawnService(
  {
    LOCAL_NEO4J_HOME: home,
    LOCAL_NEO4J_BOLT_PORT: String(boltPort),
    LOCAL_NEO4J_PASSWORD: LOCAL_PASSWORD,
    LOCAL_NEO4J_HEAP: '512m',
    LOCAL_NEO4J_PAGECACHE: '128m',
    LOCAL_NEO4J_RESTART_MIN_MS: '1000',
    PORT: String(httpPort),
    SEED_DEMO_DATA: 'false',
    GRAPHIQL: 'false',
    ANALYSIS_AFTER_INGEST: 'false',
    RATE_LIMIT_PER_MINUTE: '1000000',
    REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
  },
  { detached: true },
);
const rows: Row[] = [];
try {
  await service.waitFor(/crimegun-graph ready/, 900_000);
  say(`ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const config = loadConfig({});
  const user = { subject: 'drill', agencyOri: 'NJ0000000' };
  const load = new DrillLoad({
    url: `${base}/graphql`,
    ingestToken: await mintToken(config, { ...user, roles: [Role.INGEST] }),
    readToken: await mintToken(config, { ...user, roles: [Role.ANALYST] }),
    writers: 4,
    readers: 4,
    oriPrefix: `NJ${Date.now() % 10}`,
  });
  load.start();
  await sleep(5_000);
  rows.push({ drill: 'baseline (5 s)', stats: load.cut(), recoverS: null, note: '' });

  say('kill: SIGKILL to Neo4j');
  let t0 = Date.now();
  process.kill(neo4jPid(), 'SIGKILL');
  rows.push({ drill: 'kill Neo4j', ...(await recovery(load, t0)), note: '' });

  say(`pause: SIGSTOP to Neo4j for ${pauseS} s`);
  const paused = neo4jPid();
  process.kill(paused, 'SIGSTOP');
  const probes = await probeReadiness(pauseS * 1_000);
  process.kill(paused, 'SIGCONT');
  t0 = Date.now();
  rows.push({
    drill: `pause Neo4j ${pauseS} s`,
    ...(await recovery(load, t0)),
    note: `/readyz while paused: ${probes.statuses.join('/')}, slowest probe ${probes.slowestMs} ms; recovery counted from SIGCONT`,
  });

  say('crash during restart: SIGKILL, then SIGKILL to the restarting JVM');
  const first = neo4jPid();
  t0 = Date.now();
  process.kill(first, 'SIGKILL');
  await waitUntil(() => javaPids(home).some((p) => p !== first), 120_000);
  const second = javaPids(home).find((p) => p !== first);
  if (second) process.kill(second, 'SIGKILL');
  rows.push({
    drill: 'crash during restart',
    ...(await recovery(load, t0)),
    note: second ? 'restarting JVM killed before it was ready' : 'no restarting JVM seen',
  });

  say('oversized body: 2 MB POST');
  const big = await oversized();
  rows.push({ drill: 'body over 1 MB', stats: big.stats, recoverS: null, note: big.note });

  say('shutdown under load: SIGINT to the service process group');
  await sleep(2_000);
  load.cut();
  t0 = Date.now();
  process.kill(-service.child.pid!, 'SIGINT');
  const exit = await service.exited;
  const stopS = (Date.now() - t0) / 1000;
  await sleep(1_000);
  await load.stop();
  rows.push({
    drill: 'shutdown under load',
    stats: load.cut(),
    recoverS: null,
    note: `exit ${exit} after ${stopS.toFixed(1)} s; Neo4j left running: ${javaPids(home).length}`,
  });

  const lost = await lostWrites(rows);
  report(rows, lost, (Date.now() - started) / 1000);
} finally {
  if (service.child.exitCode === null) service.child.kill('SIGKILL');
  for (const pid of javaPids(home)) process.kill(pid, 'SIGKILL');
  rmSync(home, { recursive: true, force: true });
}

function neo4jPid(): number {
  const pids = javaPids(home);
  if (pids.length !== 1) throw new Error(`expected one Neo4j JVM for ${home}, found ${pids.length}`);
  return pids[0]!;
}

/** Waits until /readyz says 200 and then a new write is acknowledged; the phase's stats and the seconds that took. */
async function recovery(load: DrillLoad, t0: number): Promise<{ stats: PhaseStats; recoverS: number | null }> {
  const deadline = t0 + 600_000;
  let ackedWhenReady: number | undefined;
  let recoverS: number | null = null;
  while (Date.now() < deadline) {
    if (
      ackedWhenReady === undefined &&
      (await fetch(`${base}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      ))
    )
      ackedWhenReady = load.stats.acknowledged.length;
    if (ackedWhenReady !== undefined && load.stats.acknowledged.length > ackedWhenReady) {
      recoverS = (Date.now() - t0) / 1000;
      break;
    }
    await sleep(250);
  }
  await sleep(3_000);
  return { stats: load.cut(), recoverS };
}

async function probeReadiness(forMs: number): Promise<{ statuses: number[]; slowestMs: number }> {
  const statuses = new Set<number>();
  let slowestMs = 0;
  const end = Date.now() + forMs;
  while (Date.now() < end) {
    const t = Date.now();
    statuses.add(
      await fetch(`${base}/readyz`).then(
        (r) => r.status,
        () => 0,
      ),
    );
    slowestMs = Math.max(slowestMs, Date.now() - t);
    await sleep(2_000);
  }
  return { statuses: [...statuses], slowestMs };
}

async function oversized(): Promise<{ stats: PhaseStats; note: string }> {
  const t = Date.now();
  const stats: PhaseStats = { requests: 1, acknowledged: [], codes: new Map(), network: 0, longestMs: 0 };
  let note: string;
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"#${'x'.repeat(2_000_000)}"}`,
    });
    const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    const code = body.errors?.[0]?.extensions?.code ?? 'ok';
    stats.codes.set(code, 1);
    note = `HTTP ${res.status} ${code}, connection: ${res.headers.get('connection')}`;
  } catch (error) {
    stats.network = 1;
    note = `no answer: ${(error as Error).message}`;
  }
  stats.longestMs = Date.now() - t;
  return { stats, note };
}

/** Every acknowledged agency is looked for in the store, opened again after the service stopped. */
async function lostWrites(all: Row[]): Promise<Map<string, number>> {
  say('checking every acknowledged write in the store...');
  const neo4j = await startLocalNeo4j({ home, port: await freePort(), password: LOCAL_PASSWORD, heap: '512m', pagecache: '128m', txTimeoutMs: 300_000 });
  const driver = createDriver(neo4j.uri, 'neo4j', LOCAL_PASSWORD);
  const lost = new Map<string, number>();
  try {
    for (const row of all) {
      const oris = row.stats.acknowledged;
      const result = await driver.executeQuery('MATCH (a:Agency) WHERE a.ori IN $oris RETURN count(a) AS n', { oris }, { database: 'neo4j' });
      lost.set(row.drill, oris.length - Number(result.records[0]!.get('n')));
    }
  } finally {
    await driver.close();
    await neo4j.stop();
  }
  return lost;
}

function report(all: Row[], lost: Map<string, number>, totalS: number): void {
  const header = '| drill | requests | acknowledged writes | lost | answers by code | network errors | longest request | time to recover | note |';
  const lines = all.map((r) => {
    const codes = [...r.stats.codes].map(([c, n]) => `${c} ${n}`).join(', ');
    const recover = r.recoverS === null ? '—' : `${r.recoverS.toFixed(1)} s`;
    return `| ${r.drill} | ${r.stats.requests} | ${r.stats.acknowledged.length} | ${lost.get(r.drill) ?? '?'} | ${codes} | ${r.stats.network} | ${(r.stats.longestMs / 1000).toFixed(1)} s | ${recover} | ${r.note} |`;
  });
  const internal = all.reduce((n, r) => n + (r.stats.codes.get('INTERNAL_SERVER_ERROR') ?? 0), 0);
  const table = [header, '|---|---|---|---|---|---|---|---|---|', ...lines].join('\n');
  const day = new Date().toISOString().slice(0, 10);
  const text = [
    `# Fault drills, ${day}`,
    '',
    `\`npm run drill -- --pause-s ${pauseS}\`, REQUEST_TIMEOUT_MS=${REQUEST_TIMEOUT_MS} (answers bounded by ${REQUEST_TIMEOUT_MS + 3000} ms), 4 writers (importRecords, 5 agencies a batch) and 4 readers.`,
    `Total ${totalS.toFixed(0)} s. Machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (shared with other work: timings are indicative).`,
    '',
    table,
    '',
    `Acknowledged writes lost: ${[...lost.values()].reduce((a, b) => a + b, 0)}. INTERNAL_SERVER_ERROR answers: ${internal}.`,
    '',
  ].join('\n');
  console.log(`\n${text}`);
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const file = path.join(ROOT, 'bench/results', `drill-${day}.md`);
  writeFileSync(file, text);
  say(`written to ${path.relative(ROOT, file)}`);
}
