import { cypher, type Statement } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta, Reader, Row, TransactionReader } from '../db/gateway.js';
import type { CasingFacts, FactKeys } from './chronology.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { isDatabaseBusy, retryTransient } from '../db/transient-retry.js';
import { writeRetries } from '../telemetry/service-metrics.js';
import { keyField, REFERENCED_TYPES, type ReferencedType } from './record.references.js';
import { RECORD_TYPES, type RecordType } from './record.types.js';
import type { WriteSource } from './write-source.js';
import { advanceDecisionEpoch, ChecksOutdated, holdDecisionEpoch } from './decision-epoch.data.js';
import { holdGuns } from './gun-links.data.js';

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

/**
 * Record types with a create-only statement for records whose key is not in the graph yet
 * (cypher/import/create-<type>.cypher): the bulk of a first import. With nothing to compare
 * against, the upsert's conflict machinery (the old record's values and links, the diff, the
 * conflict nodes, MERGE of every link) is pure cost. Makers, agencies and dealers are few, but
 * their upsert is costly to plan (Cypher compiles each statement once per server start), so a
 * first import plans the short create statement instead; associations and theft reports keep the
 * upsert alone.
 */
export const CREATE_TYPES = ['manufacturer', 'agency', 'ffl', 'person', 'firearm', 'scene', 'casing', 'sale', 'recovery', 'trace', 'lead'] as const;
type CreateType = (typeof CREATE_TYPES)[number];
const CREATE: Record<CreateType, Statement> = byType(CREATE_TYPES, (t) => `import/create-${t}`);
const PRESENT: Record<CreateType, Statement> = byType(CREATE_TYPES, (t) => `import/existing-${t}`);
const isCreateType = (t: RecordType): t is CreateType => (CREATE_TYPES as readonly string[]).includes(t);
/** Tries of a batch whose new record another writer created between our look-up and our CREATE (isCreateRace). */
const CREATE_RACE_TRIES = 3;
/** Tries of a bulk writer's batch that Neo4j answers busy (about 16 s of backoff in all). */
const BUSY_TRIES = 6;
const CHRONOLOGY_FACTS = cypher('import/chronology-facts');
const CHRONOLOGY_STORED = cypher('import/chronology-stored');
const CHRONOLOGY_DEPENDENTS = cypher('import/chronology-dependents');

function addTo(keys: Map<RecordType, Set<string>>, type: RecordType, key: string): void {
  const set = keys.get(type) ?? new Set<string>();
  set.add(key);
  keys.set(type, set);
}

const NO_KEYS: ReadonlySet<string> = new Set();
/** The created casings and leads, as the NIBIN follow-up takes them (src/lead/lead-import.hook.ts). */
export const createdNibin = (created: CreatedKeys) => ({ casings: created.get('casing') ?? NO_KEYS, leads: created.get('lead') ?? NO_KEYS });

const step = (meta: QueryMeta, what: string): QueryMeta => ({ ...meta, operation: `${meta.operation ?? 'import'}:${what}` });

/** The import's checks reading through the gateway, one transaction per statement, each named by its step (`import:check-…`). */
export const gatewayReader =
  (gateway: Gateway, meta: QueryMeta): Reader =>
  (statement, params, what) =>
    gateway.read(statement, params, what ? step(meta, what) : meta);

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
  firearms: Array<{
    key: string;
    kind: string | null;
    firstSoldOn: string | null;
    firstRecoveredOn: string | null;
    storedSoldOn: string | null;
    storedRecoveredOn: string | null;
    storedLinks: unknown;
  }>;
  persons: Array<{ key: string; value: string }>;
  scenes: Array<{ key: string; value: string }>;
  recoveries: Array<{ key: string; value: string; firearmId: string | null }>;
  casings: Array<{ key: string } & CasingFacts>;
}

export async function readChronologyFacts(read: Reader, keys: FactKeys): Promise<ChronologyFactsRow | undefined> {
  return (await read<ChronologyFactsRow>(CHRONOLOGY_FACTS, keys, 'check-chronology'))[0];
}

/** The stored versions of a batch's records, by type (chronology.stored.ts): one statement for the batch. */
export async function readChronologyStored<T>(read: Reader, keys: Record<string, string[]>): Promise<T[]> {
  return (await read<{ stored: T[] }>(CHRONOLOGY_STORED, keys, 'check-stored'))[0]?.stored ?? [];
}

/** The stored records depending on a batch's corrections (chronology.dependents.ts): one statement for the batch. */
export async function readChronologyDependents<T>(read: Reader, keys: Record<string, unknown[]>): Promise<T | undefined> {
  return (await read<T>(CHRONOLOGY_DEPENDENTS, keys, 'check-dependents'))[0];
}

/** Records of one type to upsert, already in the statements' row shape (toWriteRow). */
export interface UpsertBatch {
  type: RecordType;
  rows: unknown[];
}

/** Keys of the records a transaction created (not in the graph before it), by record type. */
export type CreatedKeys = ReadonlyMap<RecordType, ReadonlySet<string>>;

export interface UpsertWork {
  source?: WriteSource;
  sourceParam: Record<string, unknown>;
  batches: UpsertBatch[];
  /**
   * The decision epoch read before the batches were checked (decision-epoch.data.ts): the transaction
   * holds it before writing anything and throws ChecksOutdated, writing nothing, if a decision moved it.
   */
  checkedAtEpoch?: number;
  /**
   * Given when the batches correct values other stored records depend on: the epoch is then taken
   * exclusively and this checks the corrections again under it (false: ChecksOutdated, nothing written),
   * and the epoch moves on with the commit (decision-epoch.data.ts, holdDecisionEpoch).
   */
  correctionsHold?: (run: TransactionReader) => Promise<boolean>;
  /**
   * With `checkedAtEpoch`: the guns of the batches' sales and recoveries a record written beside them could
   * break a rule on, with the count of their records the checks read (gun-links.data.ts, gunsToHold):
   * locked and counted again before writing; another count throws ChecksOutdated, nothing written.
   */
  heldGuns?: ReadonlyMap<string, number>;
  /** Runs after the batches, in their transaction; `created` holds the keys each batch created (records new to the graph). */
  followUp?: (run: TransactionReader, created: CreatedKeys) => Promise<void>;
  beforeCommit?: () => void;
}

/**
 * Another writer created a record of this batch between our look-up and our CREATE: the
 * uniqueness constraint refused a second node and Neo4j rolled the transaction back. Run again,
 * the look-up finds the record and it takes the upsert path (compared, conflicted); a checked write
 * (`checkedAtEpoch`) is checked again first, against the record now stored.
 */
export const isCreateRace = (error: unknown): boolean => error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT;

export interface UpsertRetry {
  /**
   * Also run the transaction again when Neo4j answers busy (a deadlock between two in-flight
   * batches), with jittered backoff: for bulk writers with no request deadline (the file
   * importer, the seed loader). An API call leaves busy to the driver's short retries.
   */
  busy?: boolean;
}

/**
 * Upserts batches in ONE write transaction (all or nothing): the decision epoch's shared lock first
 * when `checkedAtEpoch` is given (then the guns held: `heldGuns`), the run's source node when `source` is, then each batch (writeBatch), then `followUp` in the same transaction
 * (derived gun links of touched series, outbox events), then `beforeCommit`. Returns the status
 * rows of each batch, in order. The driver may retry the whole transaction, so every part starts
 * from scratch on each call. One retry loop (retryTransient) serves both reasons to run the
 * transaction again: a create race (isCreateRace, a few tries) and, for bulk writers, busy. A checked
 * write found outdated (ChecksOutdated) is checked again by its caller (writeAsChecked) and counted here.
 */
export async function upsertInTransaction(gateway: Gateway, label: string, work: UpsertWork, meta: QueryMeta, retry: UpsertRetry = {}): Promise<Row[][]> {
  const writer = label.split(':')[0]!;
  const checked = work.checkedAtEpoch;
  const once = () =>
    upsertOnce(gateway, label, work, meta).catch((error: unknown) => {
      // A checked write: the record another writer created since was not in the graph the checks read
      // (its values, if they are another source's, are kept and ours conflicted), so check again.
      const outdated = checked !== undefined && isCreateRace(error) ? new ChecksOutdated(checked, 'another import created one of these records') : error;
      // Counted here, where the writer is known; writeAsChecked checks it again (or gives up after five runs).
      if (outdated instanceof ChecksOutdated) writeRetries.inc({ writer, reason: 'checked-again' });
      throw outdated;
    });
  return retryTransient(once, {
    attempts: retry.busy ? BUSY_TRIES : CREATE_RACE_TRIES,
    retryWhen: (error, attempt) => (isCreateRace(error) && attempt < CREATE_RACE_TRIES) || (retry.busy === true && isDatabaseBusy(error)),
    onRetry: (_attempt, error) => writeRetries.inc({ writer, reason: isCreateRace(error) ? 'create-race' : 'busy' }),
  });
}

function upsertOnce(gateway: Gateway, label: string, work: UpsertWork, meta: QueryMeta): Promise<Row[][]> {
  return gateway.writeInTransaction(
    label,
    async (run) => {
      if (work.checkedAtEpoch !== undefined) await holdDecisionEpoch(run, work.checkedAtEpoch, work.correctionsHold);
      if (work.checkedAtEpoch !== undefined && work.heldGuns) await holdGuns(run, work.heldGuns, work.checkedAtEpoch);
      if (work.source) await run(RECORD_SOURCE, { ...work.source });
      const out: Row[][] = [];
      const created = new Map<RecordType, Set<string>>();
      for (const b of work.batches) out.push(await writeBatch(run, b, work.sourceParam, created));
      if (work.checkedAtEpoch !== undefined && work.correctionsHold) await advanceDecisionEpoch(run);
      await work.followUp?.(run, created);
      work.beforeCommit?.();
      return out;
    },
    meta,
  );
}

/**
 * One batch: the records whose key is not in the graph (first occurrence in the batch) through the
 * type's create statement, then the rest through the upsert, which compares them with what is
 * stored (so a key sent twice in one batch is created once, then compared, as a single upsert would).
 */
async function writeBatch(
  run: TransactionReader,
  batch: UpsertBatch,
  source: Record<string, unknown>,
  createdKeys: Map<RecordType, Set<string>>,
): Promise<Row[]> {
  const { type } = batch;
  const rows = batch.rows as Array<Record<string, unknown>>;
  if (!isCreateType(type)) return run(UPSERT[type], { rows, source });
  const field = keyField(type);
  const keys = [...new Set(rows.map((r) => String(r[field])))];
  const present = new Set((await run<{ key: string }>(PRESENT[type], { keys })).map((r) => r.key));
  const created: typeof rows = [];
  const compared: typeof rows = [];
  for (const row of rows) {
    const key = String(row[field]);
    if (present.has(key)) compared.push(row);
    else {
      created.push(row);
      present.add(key);
      addTo(createdKeys, type, key);
    }
  }
  const out: Row[] = [];
  if (created.length) out.push(...(await run(CREATE[type], { rows: created, source })));
  if (compared.length) out.push(...(await run(UPSERT[type], { rows: compared, source })));
  return out;
}
