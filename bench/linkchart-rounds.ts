/**
 * How a link chart's time settles after Neo4j starts (`npx tsx bench/linkchart-rounds.ts`): on the
 * bench's M seed 42 database (.data/bench-neo4j, loaded by `npm run bench` first), freshly started,
 * charts each of the link-chart bench's dealers (bench/linkchart.bench.ts: depth 2, limit 300)
 * once per round, one at a time, for ROUNDS rounds (default 5); prints each round's p50 / p95 /
 * max and, from round 2 on, the mean time of each statement the charts ran (the service's own
 * statement histogram). A measuring tool, not a benchmark: its figures go in bench/results/ with
 * the load.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedManifest } from '../seeds/manifest.js';
import { freePort, startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { mintToken } from '../src/auth/token.js';
import { loadConfig } from '../src/config/config.js';
import { Role } from '../src/core/role.js';
import { createLogger } from '../src/core/logger.js';
import { loadCypher } from '../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../src/db/gateway.js';
import { startAppServer } from '../src/server/http.server.js';
import { statementDuration } from '../src/telemetry/service-metrics.js';
import { benchDealers, QUERY } from './linkchart.bench.js';
import { loadAverage } from './trafficking.report.js';

const home = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.data', 'bench-neo4j');
const ms = (n: number) => n.toFixed(1);
const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

async function statementMeans(): Promise<string[]> {
  const { values } = await statementDuration.get();
  const sums = new Map<string, { sum: number; count: number }>();
  for (const v of values) {
    const name = String(v.labels.statement);
    const e = sums.get(name) ?? { sum: 0, count: 0 };
    if (v.metricName?.endsWith('_sum')) e.sum += v.value;
    if (v.metricName?.endsWith('_count')) e.count += v.value;
    sums.set(name, e);
  }
  return [...sums].filter(([, e]) => e.count > 0).map(([name, e]) => `${name}: ${e.count} runs, mean ${ms((e.sum / e.count) * 1000)} ms`);
}

async function main() {
  const rounds = Number(process.env.ROUNDS ?? 5);
  loadCypher();
  const password = 'bench-password-1';
  const local = await startLocalNeo4j({ home, port: await freePort(), password, heap: '2g', pagecache: '2g', txTimeoutMs: 600_000, log: () => {} });
  const gateway = new Gateway(createDriver(local.uri, 'neo4j', password), { database: 'neo4j', txTimeoutMs: 60_000 });
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_URI: local.uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: 'neo4j',
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const app = await startAppServer({ config, gateway, logger: createLogger('silent') }, '127.0.0.1', 0);
  try {
    const manifest = JSON.parse(readFileSync(path.join(home, 'manifest-M-42.json'), 'utf8')) as SeedManifest;
    const dealers = await benchDealers(gateway, manifest);
    const token = await mintToken(config, { subject: 'bench', agencyOri: 'NY0303000', roles: [Role.ANALYST] }, '2h');
    console.log(`load average at the start ${loadAverage()}; ${dealers.length} dealers, ${rounds} rounds`);
    for (let round = 1; round <= rounds; round += 1) {
      if (round === 2) statementDuration.reset();
      const times: number[] = [];
      for (const license of dealers) {
        const started = performance.now();
        const res = await fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: QUERY, variables: { seeds: [`Ffl:${license}`] } }),
        });
        await res.text();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(`round ${round}: p50 ${ms(at(times, 0.5))} ms, p95 ${ms(at(times, 0.95))} ms, max ${ms(times.at(-1)!)} ms`);
    }
    console.log(`statements from round 2 on:\n  ${(await statementMeans()).join('\n  ')}`);
    console.log(`load average at the end ${loadAverage()}`);
  } finally {
    await app.close();
    await gateway.close();
    await local.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
