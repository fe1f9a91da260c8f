import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { withMigratedDatabase } from '../src/db/cli-database.js';
import { defaultManifestPath } from './manifest.js';
import { isScale } from './scale.js';
import { seedGraphAudited } from './seed.audit.js';

/**
 * `npm run seed -- --scale S|M|L --seed N [--manifest path] [--batch-size n] [--concurrency n]`
 * Loads the deterministic synthetic graph into NEO4J_URI (or the local Neo4j) and writes
 * the planted-truth manifest (default .data/manifest-<scale>-<seed>.json).
 */
async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'S' },
      seed: { type: 'string', default: '42' },
      manifest: { type: 'string' },
      'batch-size': { type: 'string', default: '5000' },
      concurrency: { type: 'string', default: '2' },
    },
  });
  const scale = values.scale!.toUpperCase();
  const seed = Number(values.seed);
  if (!isScale(scale) || !Number.isInteger(seed) || seed < 0) {
    console.error('Usage: npm run seed -- --scale S|M|L --seed <non-negative integer> [--manifest path]');
    process.exit(2);
  }
  const manifestPath = values.manifest ?? defaultManifestPath(scale, seed);
  const log = (m: string) => console.log(m);
  await withMigratedDatabase(log, async (db) => {
    log(`Seeding scale ${scale} with seed ${seed}...`);
    // One audit record of the run (operation seed; seeds/seed.audit.ts).
    const result = await seedGraphAudited(db.gateway, {
      operation: 'seed',
      scale,
      seed,
      manifestPath,
      batchSize: Number(values['batch-size']),
      concurrency: Number(values.concurrency),
      onProgress: (p) =>
        log(
          `  ${p.records.toLocaleString('en-US')} records, ${(p.nodes + p.relationships).toLocaleString('en-US')} nodes+rels, ` +
            `${Math.round(((p.nodes + p.relationships) / p.elapsedMs) * 1000).toLocaleString('en-US')}/s`,
        ),
    });
    log(
      `Done in ${(result.elapsedMs / 1000).toFixed(1)} s: ${result.nodes.toLocaleString('en-US')} nodes, ` +
        `${result.relationships.toLocaleString('en-US')} relationships, ${result.perSecond.toLocaleString('en-US')} nodes+rels/s.`,
    );
    log(`Manifest: ${manifestPath}`);
  });
}

await main();
