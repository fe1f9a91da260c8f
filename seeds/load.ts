import type { Gateway } from '../src/db/gateway.js';
import type { RecordType } from '../src/import/record.types.js';
import { recordWriteSource, upsertInTransaction } from '../src/import/import.data.js';
import { newWriteSource, sourceParam, type WriteSource } from '../src/import/write-source.js';
import { toWriteRow } from '../src/import/write-row.js';
import type { RecordBatch } from './record-sink.js';
import { NODE_LABELS, tallyRecord } from './record-sink.js';

export interface LoadProgress {
  records: number;
  nodes: number;
  relationships: number;
  elapsedMs: number;
}

export interface LoadResult extends LoadProgress {
  /** Nodes plus relationships written per second. */
  perSecond: number;
}

const NODE_KEYS = new Set<string>(NODE_LABELS);

/**
 * Writes record batches in order, each batch one transaction (MERGE on the natural keys, so
 * loading the same seed again changes nothing). Up to `concurrency` batches of the same
 * type are in flight at once: they touch disjoint new nodes, and a type never starts before
 * every batch of the previous type has committed, so references always resolve.
 */
export async function loadBatches(
  gateway: Gateway,
  batches: Iterable<RecordBatch>,
  options: { concurrency?: number; onProgress?: (p: LoadProgress) => void; progressEveryMs?: number; source?: WriteSource } = {},
): Promise<LoadResult> {
  // Seeded records carry provenance like imported ones: one (:Source) for the load.
  const source = options.source ?? newWriteSource('SEED', null, 'seed', 'generated synthetic data (npm run seed)');
  await recordWriteSource(gateway, source, { operation: 'seed' });
  const sourceArg = sourceParam(source);
  const concurrency = options.concurrency ?? 2;
  const started = performance.now();
  let lastReport = started;
  const progress: LoadProgress = { records: 0, nodes: 0, relationships: 0, elapsedMs: 0 };
  const inFlight = new Set<Promise<void>>();
  let currentType: RecordType | null = null;

  const write = async (batch: RecordBatch) => {
    const rows = batch.records.map(toWriteRow);
    const operation = `seed:${batch.type}`;
    await upsertInTransaction(gateway, operation, { sourceParam: sourceArg, batches: [{ type: batch.type, rows }] }, { operation }, { busy: true });
    const counts: Record<string, number> = {};
    for (const r of batch.records) tallyRecord(r, counts);
    for (const [k, v] of Object.entries(counts)) {
      if (NODE_KEYS.has(k)) progress.nodes += v;
      else progress.relationships += v;
    }
    progress.records += batch.records.length;
    const now = performance.now();
    if (options.onProgress && now - lastReport >= (options.progressEveryMs ?? 2_000)) {
      lastReport = now;
      options.onProgress({ ...progress, elapsedMs: now - started });
    }
  };

  for (const batch of batches) {
    // Relationship targets of this type are written by earlier types: wait for them first.
    if (batch.type !== currentType) {
      await Promise.all(inFlight);
      currentType = batch.type;
    }
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const p = write(batch).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  const elapsedMs = performance.now() - started;
  return { ...progress, elapsedMs, perSecond: Math.round(((progress.nodes + progress.relationships) / elapsedMs) * 1000) };
}
