/**
 * What the agency metrics' cell store writes and costs (`npx tsx bench/metrics-store.ts`): seeds M
 * seed 42 into a throwaway Neo4j, computes every metric cell as the analysis job does, prints their
 * count and size by property, then runs the metrics step alone three times (new cells, unchanged
 * cells, new cells again after deleting them) with its read, compute and store times.
 * `SIZES_ONLY=1` stops after the sizes. A measuring tool, not a benchmark: its figures go in
 * bench/results/ with the load.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { seedGraph } from '../seeds/seed.js';
import { cypher, loadCypher } from '../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../src/db/gateway.js';
import { migrate } from '../src/db/migrate.js';
import { metricCellsOf, readAgencyMetricInputs, runAgencyMetrics } from '../src/metrics/metrics.job.js';

const deleteStaleCells = cypher('metrics/delete-stale-cells');
const log = (m: string) => console.log(`[metrics-store] ${m}`);
const kb = (k: string) => (k.startsWith('rank_') ? 'rank_*' : k);
async function main() {
  loadCypher();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crimegun-metrics-'));
  const local = await startLocalNeo4j({
    home: path.join(dir, 'neo4j'),
    port: await freePort(),
    password: 'metrics-pass-1',
    heap: '1500m',
    pagecache: '512m',
    txTimeoutMs: 600_000,
    log,
  });
  const gateway = new Gateway(createDriver(local.uri, 'neo4j', 'metrics-pass-1'), { database: 'neo4j', txTimeoutMs: 600_000 });
  try {
    await migrate(gateway, log);
    await seedGraph(gateway, { scale: 'M', seed: 42, ranges: 'tuning' });
    const { cells } = metricCellsOf(await readAgencyMetricInputs(gateway));
    const bytes = cells.reduce((n, c) => n + Object.values(c).reduce((m: number, v) => m + (typeof v === 'string' ? v.length : 8), 0), 0);
    const byScope = new Map<string, number>();
    for (const c of cells) byScope.set(c.scope, (byScope.get(c.scope) ?? 0) + 1);
    const big = [...cells]
      .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)
      .slice(0, 3)
      .map((c) => `${c.id} ${JSON.stringify(c).length}`);
    log(
      `cells ${cells.length} ${JSON.stringify([...byScope])}, ${(bytes / 1e6).toFixed(1)} MB of properties; largest ${big.join(', ')}; keys ${Object.keys(cells[0]!).length}`,
    );
    const perKey = new Map<string, number>();
    for (const c of cells)
      for (const [k, v] of Object.entries(c))
        perKey.set(kb(k), (perKey.get(kb(k)) ?? 0) + (typeof v === 'string' ? v.length : JSON.stringify(v ?? null).length));
    log(`kB by property (strings by length) ${JSON.stringify([...perKey].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(v / 1e3)]))}`);
    const sample = cells.find((c) => c.scope === 'AGENCY' && c.peers);
    log(`sample ${sample?.id} summary ${sample?.summary.slice(0, 600)}`);
    log(`sample peers ${sample?.peers?.slice(0, 600)}`);
    if (process.env.SIZES_ONLY) return;
    for (let round = 1; round <= 3; round++) {
      const at = new Date(Date.now() + round * 1000).toISOString();
      const r = await runAgencyMetrics(gateway, at);
      log(`round ${round}: ${JSON.stringify(r.timings)} written ${r.stored.written} unchanged ${r.stored.unchanged}`);
      // Every cell is older than an hour from now: the job's own stale-cell delete removes them all.
      if (round === 2) await gateway.write(deleteStaleCells, { computedAt: new Date(Date.now() + 3_600_000).toISOString() });
    }
  } finally {
    await gateway.close();
    await local.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
