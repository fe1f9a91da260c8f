import { cypher, type Statement } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta, Row, TransactionReader } from '../db/gateway.js';
import type { CasingFacts, FactKeys } from './chronology.js';
import { REFERENCED_TYPES, type ReferencedType } from './record.references.js';
import { RECORD_TYPES, type RecordType } from './record.types.js';
import type { WriteSource } from './write-source.js';

/**
 * The import's statements (cypher/import/): the upserts, the source node, and the reads that
 * check records against the graph. The file importer (importer.ts), the importRecords mutation
 * (record-batch.service.ts) and the seed loader (seeds/load.ts) all write through these.
 */

const byType = <T extends string>(types: readonly T[], name: (t: T) => string) =>
  Object.fromEntries(types.map((t) => [t, cypher(name(t))])) as Record<T, Statement>;

/** One idempotent `UNWIND $rows … MERGE` statement per record type (cypher/import/upsert-<type>.cypher). */
export const UPSERT: Record<RecordType, Statement> = byType(RECORD_TYPES, (t) => `import/upsert-${t}`);
const EXISTING: Record<ReferencedType, Statement> = byType(REFERENCED_TYPES, (t) => `import/existing-${t}`);
const RECORD_SOURCE = cypher('import/record-source');
const CHRONOLOGY_FACTS = cypher('import/chronology-facts');

const step = (meta: QueryMeta, what: string): QueryMeta => ({ ...meta, operation: `${meta.operation ?? 'import'}:${what}` });

/** The (:Source) node of a write run (provenance, CJIS AU-3: what, when, by whom). */
export async function recordWriteSource(gateway: Gateway, source: WriteSource, meta: QueryMeta = {}): Promise<void> {
  await gateway.write(RECORD_SOURCE, { ...source }, step(meta, 'source'));
}

/** The keys of `keys` that name a node of type `type` in the graph. */
export async function existingKeys(gateway: Gateway, type: ReferencedType, keys: string[], meta: QueryMeta): Promise<string[]> {
  return (await gateway.read<{ key: string }>(EXISTING[type], { keys }, step(meta, `check-${type}`))).map((r) => r.key);
}

/** What the graph holds about the records of a batch (factKeys), for the chronology rules: one statement for the batch. */
export interface ChronologyFactsRow {
  firearms: Array<{ key: string; kind: string | null; firstSoldOn: string | null; firstRecoveredOn: string | null }>;
  persons: Array<{ key: string; value: string }>;
  scenes: Array<{ key: string; value: string }>;
  recoveries: Array<{ key: string; value: string }>;
  casings: Array<{ key: string } & CasingFacts>;
}

export async function readChronologyFacts(gateway: Gateway, keys: FactKeys, meta: QueryMeta): Promise<ChronologyFactsRow | undefined> {
  return (await gateway.read<ChronologyFactsRow>(CHRONOLOGY_FACTS, keys, step(meta, 'check-chronology')))[0];
}

/** Records of one type to upsert, already in the statements' row shape (toWriteRow). */
export interface UpsertBatch {
  type: RecordType;
  rows: unknown[];
}

/**
 * Upserts batches in ONE write transaction (all or nothing): the run's source node first when
 * `source` is given, then each batch with its type's statement, then `followUp` in the same
 * transaction (derived gun links of touched series, outbox events), then `beforeCommit`. Returns
 * the status rows of each batch, in order. The driver may retry the whole transaction, so every
 * part starts from scratch on each call.
 */
export function upsertInTransaction(
  gateway: Gateway,
  label: string,
  work: {
    source?: WriteSource;
    sourceParam: Record<string, unknown>;
    batches: UpsertBatch[];
    followUp?: (run: TransactionReader) => Promise<void>;
    beforeCommit?: () => void;
  },
  meta: QueryMeta,
): Promise<Row[][]> {
  return gateway.writeInTransaction(
    label,
    async (run) => {
      if (work.source) await run(RECORD_SOURCE, { ...work.source });
      const out: Row[][] = [];
      for (const b of work.batches) out.push(await run(UPSERT[b.type], { rows: b.rows, source: work.sourceParam }));
      await work.followUp?.(run);
      work.beforeCommit?.();
      return out;
    },
    meta,
  );
}
