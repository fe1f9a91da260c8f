import type { GraphRecord } from '../src/import/record.types.js';
import type { Gateway } from '../src/db/gateway.js';
import { createSeedGeneration, DEFAULT_BATCH_SIZE } from './generate.js';
import { loadBatches, type LoadProgress, type LoadResult } from './load.js';
import type { RangeProfile } from './typologies/ranges.js';
import { writeManifest, type Scale, type SeedManifest } from './manifest.js';

export interface SeedResult extends LoadResult {
  manifest: SeedManifest;
}

/** Generates (scale, seed) and loads it; writes the manifest when `manifestPath` is given. */
export async function seedGraph(
  gateway: Gateway,
  options: {
    scale: Scale;
    seed: number;
    manifestPath?: string;
    batchSize?: number;
    concurrency?: number;
    onProgress?: (p: LoadProgress) => void;
    /** Parameter ranges of the typology library (default tuning). */
    ranges?: RangeProfile;
    /** Changes each record before it is written (benches that test data shapes the generator never writes). */
    mapRecord?: (record: GraphRecord) => GraphRecord;
  },
): Promise<SeedResult> {
  const generation = createSeedGeneration(options.scale, options.seed, options.batchSize ?? DEFAULT_BATCH_SIZE, options.ranges);
  const map = options.mapRecord;
  const batches = map
    ? (function* () {
        for (const b of generation.batches()) yield { ...b, records: b.records.map(map) };
      })()
    : generation.batches();
  const result = await loadBatches(gateway, batches, { concurrency: options.concurrency, onProgress: options.onProgress });
  const manifest = generation.manifest();
  if (options.manifestPath) writeManifest(options.manifestPath, manifest);
  return { ...result, manifest };
}
