/**
 * Where the import's time goes (`npx tsx bench/import-profile.ts [S|M]`; add `node --cpu-prof
 * --import tsx` for a Node CPU profile): the same fresh import as bench/import.bench.ts into a
 * throwaway Neo4j, with
 *  - per record type: wall seconds, and CPU seconds of this Node process and of the Neo4j JVM
 *    (2 cores shared: Node CPU saved is Neo4j CPU gained);
 *  - per statement: seconds spent waiting on it (the gateway's statement histogram);
 *  - PROFILE of each create statement and of the batch's other statements on 2,000 records
 *    given new keys, in a transaction rolled back: db hits per row, by operator.
 * A measuring tool, not a benchmark: its figures go in docs/history/performance-runs.md with the load.
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { freePort, startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { cypher, loadCypher } from '../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../src/db/gateway.js';
import { migrate } from '../src/db/migrate.js';
import { importFile } from '../src/import/importer.js';
import { CREATE_TYPES, UPSERT } from '../src/import/import.data.js';
import { keyField } from '../src/import/record.references.js';
import { factKeys } from '../src/import/chronology.js';
import { nibinRecordsOf } from '../src/lead/lead-import.hook.js';
import { reconcileStep } from '../src/lead/series-links.data.js';
import type { GraphRecord } from '../src/import/record.types.js';
import { toWriteRow } from '../src/import/write-row.js';
import { statementDuration } from '../src/telemetry/service-metrics.js';
import { writeSeedFile } from './seed-file.js';

const scale = process.argv[2] === 'S' ? 'S' : 'M';
const PROFILE_ROWS = 2_000;
const log = (m: string) => console.log(`[import-profile] ${m}`);
const TICK = 100; // clock ticks per second (Linux USER_HZ)

function jvmCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICK;
}
const nodeCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function main() {
  loadCypher();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crimegun-import-profile-'));
  // PROFILE_HOME: a copy of the seeded bench graph (its password): PROFILE the statements there, no import.
  const graph = process.env.PROFILE_HOME;
  const password = graph ? 'bench-password-1' : 'import-profile-1';
  const local = await startLocalNeo4j({
    home: graph ?? path.join(dir, 'neo4j'),
    port: await freePort(),
    password,
    heap: process.env.BENCH_NEO4J_HEAP ?? '1500m',
    pagecache: process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
    txTimeoutMs: 600_000,
    log,
  });
  const gateway = new Gateway(createDriver(local.uri, 'neo4j', password), { database: 'neo4j', txTimeoutMs: 600_000 });
  try {
    await migrate(gateway, log);
    const file = path.join(dir, `seed-${scale}-42.ndjson`);
    const gen = await writeSeedFile(scale, 42, file);
    log(`generated ${gen.records} records in ${gen.seconds.toFixed(1)} s; load ${os.loadavg()[0]!.toFixed(1)}`);
    if (graph) return await profileStatements(local.uri, password, file);

    // Type boundaries: the first write transaction of each type (types overlap a little: approximate).
    const marks: Array<{ label: string; t: number; node: number; jvm: number }> = [];
    const mark = (label: string) => marks.push({ label, t: performance.now(), node: nodeCpuSeconds(), jvm: jvmCpuSeconds(local.pid) });
    // Time with 0, 1, 2… write transactions in flight (0 during the write phase: Neo4j waits for Node).
    const inFlightMs = new Map<number, number>();
    let inFlight = 0;
    let since = performance.now();
    let writing = false;
    const move = (delta: number) => {
      const t = performance.now();
      if (writing) inFlightMs.set(inFlight, (inFlightMs.get(inFlight) ?? 0) + t - since);
      [inFlight, since] = [inFlight + delta, t];
    };
    const write = gateway.writeInTransaction.bind(gateway);
    gateway.writeInTransaction = (label, work, meta) => {
      if (label.startsWith('import:') && !marks.some((m) => m.label === label)) mark(label);
      if (marks.length === 2 && inFlight === 0 && !writing) [writing, since] = [true, performance.now()];
      move(+1);
      return write(label, work, meta).finally(() => move(-1));
    };
    statementDuration.reset();
    mark('validate');
    const summary = await importFile(gateway, file, { batchSize: Number(process.env.IMPORT_BENCH_BATCH_SIZE ?? 5_000) });
    mark('end');
    const entities = Object.values(summary.written).reduce((a, b) => a + b, 0);
    log(
      `fresh: ${summary.records} records, ${entities} nodes+rels in ${(summary.elapsedMs / 1000).toFixed(1)} s = ${Math.round(entities / (summary.elapsedMs / 1000))}/s; load ${os.loadavg()[0]!.toFixed(1)}`,
    );
    console.log('\nphase                 wall s   node cpu s   neo4j cpu s');
    for (let i = 0; i + 1 < marks.length; i += 1) {
      const [a, b] = [marks[i]!, marks[i + 1]!];
      console.log(
        `${a.label.padEnd(20)} ${((b.t - a.t) / 1000).toFixed(1).padStart(7)} ${(b.node - a.node).toFixed(1).padStart(12)} ${(b.jvm - a.jvm).toFixed(1).padStart(13)}`,
      );
    }
    const [first, last] = [marks[0]!, marks.at(-1)!];
    console.log(
      `${'total'.padEnd(20)} ${((last.t - first.t) / 1000).toFixed(1).padStart(7)} ${(last.node - first.node).toFixed(1).padStart(12)} ${(last.jvm - first.jvm).toFixed(1).padStart(13)}`,
    );

    move(0);
    const firstWrite = marks[1]?.t ?? since;
    console.log(
      `\nwrite transactions in flight (from the first write on): ${[...inFlightMs]
        .sort((a, b) => a[0] - b[0])
        .map(([n, ms]) => `${n}: ${(ms / 1000).toFixed(1)} s`)
        .join(', ')} (validation before the first write: ${((firstWrite - marks[0]!.t) / 1000).toFixed(1)} s)`,
    );
    console.log('\nstatement (WRITE/READ)                         calls   seconds');
    const metric = await statementDuration.get();
    const byStatement = new Map<string, { sum: number; count: number }>();
    for (const v of metric.values) {
      const key = `${v.labels.statement} ${v.labels.mode}`;
      const e = byStatement.get(key) ?? { sum: 0, count: 0 };
      if (v.metricName?.endsWith('_sum')) e.sum += v.value;
      if (v.metricName?.endsWith('_count')) e.count += v.value;
      byStatement.set(key, e);
    }
    for (const [k, e] of [...byStatement].sort((a, b) => b[1].sum - a[1].sum).slice(0, 30)) {
      console.log(`${k.padEnd(46)} ${String(e.count).padStart(6)} ${e.sum.toFixed(1).padStart(9)}`);
    }

    await profileStatements(local.uri, password, file);
  } finally {
    await gateway.close();
    await local.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PROFILE of the create and upsert statements on PROFILE_ROWS records per type, in rolled-back transactions. */
async function profileStatements(uri: string, password: string, file: string) {
  const byType = new Map<string, GraphRecord[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as GraphRecord;
    const list = byType.get(r.type) ?? [];
    if (list.length < PROFILE_ROWS) list.push(r);
    byType.set(r.type, list);
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  const source = { id: '00000000-0000-4000-8000-00000000beef', agencyOri: null, receivedAt: new Date().toISOString() };
  try {
    console.log('\nstatement                           rows    ms  dbHits/row  top operators (db hits/row)');
    for (const type of CREATE_TYPES) {
      const records = byType.get(type) ?? [];
      const field = keyField(type);
      const fresh = records.map((r) => ({ ...toWriteRow(r), [field]: `${String((r as unknown as Record<string, unknown>)[field])}-PROF` }));
      const existing = records.map(toWriteRow);
      await profile(driver, `create-${type}`, cypher(`import/create-${type}`).text, { rows: fresh, source }, fresh.length);
      await profile(driver, `existing-${type}`, cypher(`import/existing-${type}`).text, { keys: fresh.map((r) => r[field]) }, fresh.length);
      await profile(driver, `upsert-${type} (same)`, UPSERT[type].text, { rows: existing, source }, existing.length);
      const keys = factKeys(records);
      if (Object.values(keys).some((k) => k.length))
        await profile(driver, `chronology-facts ${type}`, cypher('import/chronology-facts').text, keys, records.length);
    }
    // The NIBIN follow-up of a casing batch (casings with a gun) and of a lead batch (both casings of each lead).
    const anchored = nibinRecordsOf(byType.get('casing') ?? []).anchoredEvidenceIds;
    const ofLeads = (byType.get('lead') ?? []).flatMap((l) => (l.type === 'lead' ? [l.casingA, l.casingB] : []));
    const at = new Date().toISOString();
    for (const [name, ids] of [
      ['reconcile (casing batch)', anchored],
      ['reconcile (lead batch)', ofLeads],
    ] as const) {
      const step = reconcileStep([...ids], at);
      await profile(driver, name, step.statement.text, step.params, ids.length);
    }
  } finally {
    await driver.close();
  }
}

async function profile(driver: ReturnType<typeof neo4j.driver>, name: string, text: string, params: Record<string, unknown>, rows: number) {
  const session = driver.session({ database: 'neo4j' });
  const tx = await session.beginTransaction();
  try {
    const started = performance.now();
    const result = await tx.run(`PROFILE ${text}`, params);
    const ms = performance.now() - started;
    const ops = new Map<string, number>();
    let total = 0;
    const walk = (p: ProfiledPlan) => {
      total += p.dbHits;
      const op = p.operatorType.replace(/@neo4j$/, '');
      ops.set(op, (ops.get(op) ?? 0) + p.dbHits);
      p.children.forEach(walk);
    };
    if (result.summary.profile) walk(result.summary.profile);
    const top = [...ops]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([op, hits]) => `${op} ${(hits / rows).toFixed(1)}`)
      .join(', ');
    console.log(`${name.padEnd(34)} ${String(rows).padStart(5)} ${ms.toFixed(0).padStart(5)} ${(total / rows).toFixed(1).padStart(11)}  ${top}`);
  } finally {
    await tx.rollback();
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
