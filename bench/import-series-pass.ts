/**
 * What the NIBIN series pass after a file import costs (`npx tsx bench/import-series-pass.ts`): the
 * M seed 42 file into a throwaway, freshly started Neo4j (as the import bench's fresh phase), the
 * time of the pass's transactions inside that import (series links, then lead events), the size of
 * every series, and then the same series walk again on the now warm server over every confirmed
 * lead and every anchored casing (three rounds; it changes nothing by then: idempotent).
 * `SERIES_PASS_SEARCH_INDEXES=keep` keeps the full-text indexes current during the writes instead of
 * rebuilding them beside the pass (the importer's `searchIndexes` option). A measuring
 * tool, not a benchmark: its figures go in bench/results/ with the load.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { cypher, loadCypher } from '../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../src/db/gateway.js';
import { migrate } from '../src/db/migrate.js';
import { importFile } from '../src/import/importer.js';
import { followUpAfterImport, SeriesTouches } from '../src/import/series.pass.js';
import { UnionFind } from '../src/network/union-find.js';
import { writeSeedFile } from './seed-file.js';

const confirmedLeadPairs = cypher('bench/confirmed-lead-pairs');
const anchoredCasings = cypher('bench/anchored-casings');
const log = (m: string) => console.log(`[series-pass] ${m}`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function main() {
  loadCypher();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crimegun-series-pass-'));
  const password = 'series-pass-1';
  const local = await startLocalNeo4j({
    home: path.join(dir, 'neo4j'),
    port: await freePort(),
    password,
    heap: '1500m',
    pagecache: '1g',
    txTimeoutMs: 600_000,
    log,
  });
  const gateway = new Gateway(createDriver(local.uri, 'neo4j', password), { database: 'neo4j', txTimeoutMs: 600_000 });
  try {
    await migrate(gateway, log);
    const file = path.join(dir, 'seed-M-42.ndjson');
    await writeSeedFile('M', 42, file);
    const spans = new Map<string, { ms: number; tx: number; first: number; last: number }>();
    const write = gateway.writeInTransaction.bind(gateway);
    gateway.writeInTransaction = (label, work, meta) => {
      const start = performance.now();
      return write(label, work, meta).finally(() => {
        const s = spans.get(label) ?? { ms: 0, tx: 0, first: start, last: 0 };
        [s.ms, s.tx, s.last] = [s.ms + performance.now() - start, s.tx + 1, performance.now()];
        spans.set(label, s);
      });
    };
    const t0 = performance.now();
    const searchIndexes = process.env.SERIES_PASS_SEARCH_INDEXES === 'keep' ? ('keep' as const) : ('auto' as const);
    const summary = await importFile(gateway, file, { batchSize: 5_000, searchIndexes });
    log(`fresh import ${seconds(performance.now() - t0)} s (${summary.records} records, search indexes ${searchIndexes}); load ${os.loadavg()[0]!.toFixed(1)}`);
    const writesEnd = Math.max(...[...spans].filter(([k]) => k.startsWith('import:')).map(([, s]) => s.last));
    log(`record writes end at ${seconds(writesEnd - t0)} s`);
    for (const [label, s] of spans) {
      if (!label.startsWith('import:')) log(`${label}: ${s.tx} transactions, ${seconds(s.ms)} s, from ${seconds(s.first - t0)} to ${seconds(s.last - t0)} s`);
    }
    // One read serves both: the series' sizes and the confirmed leads the walk starts from.
    const pairs = await gateway.read<{ leadId: string; a: string; b: string }>(confirmedLeadPairs);
    logSeriesSizes(pairs);
    const leads = [...new Set(pairs.map((p) => p.leadId))].map((id) => ({ id }));
    const anchored = await gateway.read<{ id: string }>(anchoredCasings);
    log(`confirmed leads ${leads.length}, anchored casings ${anchored.length}`);
    for (let round = 1; round <= 3; round++) {
      const touches = new SeriesTouches();
      touches.add({ leadIds: leads.map((l) => l.id), evidenceIds: anchored.map((c) => c.id) });
      const t = performance.now();
      await followUpAfterImport(gateway, touches, new Date().toISOString());
      log(`series walk again, warm, round ${round}: ${seconds(performance.now() - t)} s`);
    }
  } finally {
    await gateway.close();
    await local.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Series (casings joined by CONFIRMED leads) by size. */
function logSeriesSizes(pairs: Array<{ a: string; b: string }>): void {
  const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const uf = new UnionFind();
  for (const p of pairs) uf.union(p.a, p.b);
  const sizes = new Map<string, number>();
  for (const id of ids) sizes.set(uf.find(id), (sizes.get(uf.find(id)) ?? 0) + 1);
  const bySize = new Map<number, number>();
  for (const n of sizes.values()) bySize.set(n, (bySize.get(n) ?? 0) + 1);
  log(
    `${pairs.length} confirmed leads join ${ids.length} casings into ${sizes.size} series; series by size ${JSON.stringify([...bySize].sort((x, y) => x[0] - y[0]))}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
