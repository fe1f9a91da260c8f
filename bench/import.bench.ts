/**
 * Bulk write speed: the importer writing a scale-M NDJSON file (the generated seed,
 * about 1.2 million nodes plus relationships) into a fresh, empty database, then importing the
 * same file again (idempotent: nothing changes). Goal: at least 20 thousand nodes plus
 * relationships per second on this 2-core machine.
 *
 * Then a running server's figure: the graph is emptied and another seed's file (seed 7, records
 * the JVM has never seen) is imported into the now-empty database. On a freshly started Neo4j
 * the JIT compiler keeps about one of the two cores busy for the whole first import (measured
 * with jstat: ~0.7 s of compilation per second of import), so the cold figure is what the first
 * import after a start costs and the warm one what every later import costs. Both are reported.
 *
 * It starts its own throwaway Neo4j (the bench database keeps its seeded graph) unless
 * IMPORT_BENCH_NEO4J_URI points at an empty one. Run with the others by `npm run bench`, or
 * alone: `npm run bench -- --only import`.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.js';
import { NODE_LABELS } from '../seeds/record-sink.js';
import { graphCounts } from '../seeds/verify.js';
import { cypher, loadCypher } from '../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../src/db/gateway.js';
import { migrate } from '../src/db/migrate.js';
import { importFile, type ImportOptions, type ImportSummary } from '../src/import/importer.js';
import type { SearchIndexMode } from '../src/import/search-indexes.data.js';
import type { Scale } from '../seeds/manifest.js';
import type { BenchContext, BenchResult } from './bench.types.js';
import { writeSeedFile } from './seed-file.js';

const GOAL = 20_000;

export default async function importBench(ctx: BenchContext): Promise<BenchResult> {
  const scale = benchScale(process.env.IMPORT_BENCH_SCALE);
  // At L each phase is another ten-minute import of 11 million nodes + relationships: the fresh one only, unless asked.
  const phases = new Set((process.env.IMPORT_BENCH_PHASES ?? (scale === 'L' ? 'fresh' : 'fresh,again,running')).split(','));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crimegun-import-bench-'));
  const jvmOptions = (process.env.BENCH_NEO4J_JVM_OPTS ?? '').split(/\s+/).filter(Boolean);
  let local: LocalNeo4j | undefined;
  let gateway: Gateway | undefined;
  try {
    const file = path.join(dir, `seed-${scale}-42.ndjson`);
    const generated = await writeSeedFile(scale, 42, file);
    const genSeconds = generated.seconds;
    ctx.log(`import bench: generated ${generated.records} records (${generated.mebibytes} MiB) in ${genSeconds.toFixed(1)} s`);

    if (process.env.IMPORT_BENCH_NEO4J_URI) {
      gateway = new Gateway(createDriver(process.env.IMPORT_BENCH_NEO4J_URI, 'neo4j', process.env.IMPORT_BENCH_NEO4J_PASSWORD ?? ''), {
        database: 'neo4j',
        txTimeoutMs: 600_000,
      });
    } else {
      const password = 'import-bench-1';
      local = await startLocalNeo4j({
        home: path.join(dir, 'neo4j'),
        port: await freePort(),
        password,
        heap: process.env.BENCH_NEO4J_HEAP ?? '2g',
        pagecache: process.env.BENCH_NEO4J_PAGECACHE ?? '2g',
        jvmOptions,
        txTimeoutMs: 600_000,
        log: ctx.log,
      });
      gateway = new Gateway(createDriver(local.uri, 'neo4j', password), { database: 'neo4j', txTimeoutMs: 600_000 });
    }
    await migrate(gateway, ctx.log);

    const progress = (label: string) => (p: { phase: string; records: number; percent: number; recordsPerSecond: number }) =>
      ctx.log(`import bench (${label}): ${p.phase} ${p.records} records (${p.percent}%), ${p.recordsPerSecond} records/s`);
    // Batch size and batches in flight: the importer's defaults unless set (to compare settings on the same machine).
    const tuning = {
      ...(process.env.IMPORT_BENCH_BATCH_SIZE ? { batchSize: Number(process.env.IMPORT_BENCH_BATCH_SIZE) } : {}),
      ...(process.env.IMPORT_BENCH_CONCURRENCY ? { concurrency: Number(process.env.IMPORT_BENCH_CONCURRENCY) } : {}),
      // keep: search indexes kept current at every commit, as an import into a populated graph does.
      ...(process.env.IMPORT_BENCH_SEARCH_INDEXES ? { searchIndexes: process.env.IMPORT_BENCH_SEARCH_INDEXES as SearchIndexMode } : {}),
    };
    const fresh = await importFile(gateway, file, { onProgress: progress('fresh'), progressEveryMs: 10_000, ...tuning });
    const afterFresh = await counts(gateway);
    const storeMebibytes = local ? storeMebibytesOf(path.join(dir, 'neo4j', 'data')) : undefined;
    const again = phases.has('again') ? await importFile(gateway, file, { onProgress: progress('again'), progressEveryMs: 10_000, ...tuning }) : undefined;
    const afterAgain = again ? await counts(gateway) : afterFresh;
    // The running server: empty the graph (constraints and indexes are schema and stay; the import needs no
    // SchemaMigration node), then import a file of another seed into it on the JVM the imports above have warmed.
    const warm = phases.has('running')
      ? await runningServerImport(gateway, scale, dir, { onProgress: progress('running server'), progressEveryMs: 10_000, ...tuning })
      : undefined;
    // Each import run records itself as one (:Source) (provenance): every other count must stay.
    const changed = [...new Set([...Object.keys(afterFresh), ...Object.keys(afterAgain)])].filter((k) => k !== 'Source' && afterFresh[k] !== afterAgain[k]);
    const unchanged = changed.length === 0;
    if (!unchanged) ctx.log(`import bench: the re-import changed ${changed.map((k) => `${k} ${afterFresh[k] ?? 0} -> ${afterAgain[k] ?? 0}`).join(', ')}`);
    const entities = (s: ImportSummary) => Object.values(s.written).reduce((a, b) => a + b, 0);
    const nodes = NODE_LABELS.reduce((a, l) => a + (fresh.written[l] ?? 0), 0);
    const rate = (s: ImportSummary) => Math.round(entities(s) / (s.elapsedMs / 1000));
    const seconds = (ms: number) => Math.round(ms / 100) / 10;
    const perSecond = rate(fresh);
    const perType = (label: string, s: ImportSummary | undefined) =>
      s ? Object.fromEntries(Object.entries(s.writeMs).map(([t, ms]) => [`${label}WriteSeconds.${t}`, seconds(ms!)])) : {};
    const metrics = {
      scale,
      batchSize: tuning.batchSize ?? 5_000,
      batchesInFlight: tuning.concurrency ?? 2,
      records: fresh.records,
      rejected: fresh.rejected,
      nodes,
      relationships: entities(fresh) - nodes,
      generationSeconds: Math.round(genSeconds * 10) / 10,
      freshImportSeconds: seconds(fresh.elapsedMs),
      freshRecordsPerSecond: fresh.recordsPerSecond,
      freshNodesPlusRelationshipsPerSecond: perSecond,
      // Validation and spooling (before the first write) and the closing checks: the time no write type accounts for.
      freshOutsideWritesSeconds: seconds(fresh.elapsedMs - Object.values(fresh.writeMs).reduce((a, b) => a + (b ?? 0), 0)),
      // Of which: the NIBIN series walked once the writes are committed (series.pass.ts).
      freshSeriesSeconds: seconds(fresh.seriesMs),
      // A load into an empty graph builds the search indexes after its writes (src/import/search-indexes.data.ts):
      // from the end of the writes until they are online, overlapping the series pass; 0 when they were kept.
      searchIndexes: tuning.searchIndexes ?? 'auto',
      freshSearchIndexSeconds: seconds(fresh.searchIndexMs),
      ...(storeMebibytes === undefined ? {} : { storeMebibytesAfterFresh: storeMebibytes }),
      ...(again ? { reimportSeconds: seconds(again.elapsedMs), reimportNodesPlusRelationshipsPerSecond: rate(again) } : {}),
      ...perType('fresh', fresh),
      ...perType('reimport', again),
      ...(warm
        ? {
            runningServerImportSeconds: seconds(warm.elapsedMs),
            runningServerNodesPlusRelationships: entities(warm),
            runningServerNodesPlusRelationshipsPerSecond: rate(warm),
          }
        : {}),
      ...perType('runningServer', warm),
      ...(again ? { reimportChangedNothing: String(unchanged), ...(unchanged ? {} : { reimportChanged: changed.join(' ') }) } : {}),
      goalNodesPlusRelationshipsPerSecond: GOAL,
      goalMetFreshlyStartedNeo4j: String(perSecond >= GOAL),
      ...(warm ? { goalMetRunningServer: String(rate(warm) >= GOAL) } : {}),
      ...(jvmOptions.length ? { neo4jJvmOptions: jvmOptions.join(' ') } : {}),
    };
    return {
      name: 'import',
      metrics,
      notes: [
        "Running server = the graph emptied after the re-import, then seed 7's file (never imported before) imported on the same, warmed Neo4j.",
        'Fresh import = validate + spool + reference checks + batched UNWIND/MERGE writes (5,000 records per transaction) into an empty, migrated database (all constraints and indexes in place).',
        `Load average at the end: ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' / ')} (the machine is shared; numbers fall with load).`,
      ],
    };
  } finally {
    await gateway?.close();
    await local?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function counts(gateway: Gateway): Promise<Record<string, number>> {
  const [row] = await gateway.read<{ labels: Record<string, number>; relTypesCount: Record<string, number> }>(graphCounts);
  return { ...row!.labels, ...row!.relTypesCount };
}

function benchScale(value: string | undefined): Scale {
  return value === 'S' || value === 'L' ? value : 'M';
}

/**
 * What every import after the first costs on a server that has been running: empty the graph (constraints and
 * indexes are schema and stay; the import needs no SchemaMigration node), then import a file of another seed
 * (never seen by this JVM) into it on the JVM the imports before have warmed.
 */
async function runningServerImport(gateway: Gateway, scale: Scale, dir: string, options: ImportOptions): Promise<ImportSummary> {
  loadCypher();
  const wipe = cypher('bench/wipe-batch');
  const wipeRelationships = cypher('bench/wipe-relationships-batch');
  while (((await gateway.write<{ deleted: number }>(wipeRelationships, { limit: 50_000 }, { operation: 'bench-wipe' }))[0]?.deleted ?? 0) > 0);
  while (((await gateway.write<{ deleted: number }>(wipe, { limit: 20_000 }, { operation: 'bench-wipe' }))[0]?.deleted ?? 0) > 0);
  const warmFile = path.join(dir, `seed-${scale}-7.ndjson`);
  await writeSeedFile(scale, 7, warmFile);
  return importFile(gateway, warmFile, options);
}

/** The store's size on disk (the bench's own Neo4j only): sizing guidance per million nodes. */
function storeMebibytesOf(dataDir: string): number {
  const bytes = readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size, 0);
  return Math.round(bytes / 2 ** 20);
}
