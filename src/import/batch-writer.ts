import type { Gateway } from '../db/gateway.js';
import { followUpImportedNibin, nibinRecordsOf } from '../lead/lead-import.hook.js';
import { saveCheckpoint, type ImportCheckpoint } from './import.checkpoint.js';
import { upsertInTransaction } from './import.data.js';
import { acceptableRecords, type Spooled } from './importer.checks.js';
import type { ImportOptions, ImportSummary } from './importer.types.js';
import type { ReferencedType } from './record.references.js';
import { tallyRecord } from './record.tally.js';
import type { RecordType } from './record.types.js';
import type { RejectWriter } from './reject.writer.js';
import { toWriteRow } from './write-row.js';
import { addStatusRows, emptyStatusCounts } from './write-status.js';

export interface BatchWriterSetup {
  gateway: Gateway;
  file: string;
  checkpoint: ImportCheckpoint;
  sourceArg: Record<string, unknown>;
  accepted: Map<RecordType, Set<string>>;
  inGraph: Map<ReferencedType, Set<string>>;
  rejects: RejectWriter;
  tally: (type: RecordType, field: 'accepted' | 'rejected') => void;
  written: Record<string, number>;
  statuses: ImportSummary['statuses'];
  writeMs: ImportSummary['writeMs'];
  options: Pick<ImportOptions, 'concurrency' | 'stopAfterBatches' | 'shouldStop'>;
  /** Told after each commit: accepted records processed so far. */
  onCommitted: (processed: number) => void;
}

/** What the writer keeps per record type: its checkpoint slots, its batches, when it started. */
interface TypeState {
  started: number;
  done: number;
  pending: Array<{ lastLine: number; committed: boolean }>;
  batches: Array<Promise<void>>;
  committed?: Promise<void>;
}

/**
 * The import's write side: checks each batch's references and chronology (in the order batches
 * are handed over, which is file order per type), then writes it in its own transaction with up
 * to `concurrency` batches in flight, of any type. Batches of one type may commit out of order;
 * the checkpoint only advances over the unbroken prefix of committed batches of that type, so it
 * never claims a line whose batch has not committed. A failure or a stop request stops new
 * batches; those already sent finish.
 */
export class BatchWriter {
  processed = 0;
  batches = 0;
  resumedRecords = 0;
  /** When the first batch was sent (performance.now()), if any. */
  firstSentAt: number | undefined;
  interrupted = false;
  failure: unknown = null;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly types = new Map<RecordType, TypeState>();
  private readonly concurrency: number;

  constructor(private readonly s: BatchWriterSetup) {
    this.concurrency = Math.max(1, s.options.concurrency ?? 2);
  }

  get stopped(): boolean {
    return this.interrupted || this.failure !== null;
  }

  /** Resolves when every batch handed over for `type` so far has committed (or failed). */
  committed(type: RecordType): Promise<void> {
    const t = this.types.get(type);
    return t ? (t.committed ?? Promise.all(t.batches).then(() => undefined)) : Promise.resolve();
  }

  /** No more batches of `type` will come: its write time is taken when its last batch commits. */
  finishType(type: RecordType): void {
    const t = this.types.get(type);
    if (!t || t.committed) return;
    t.committed = Promise.all(t.batches).then(() => {
      this.s.writeMs[type] = Math.round(performance.now() - t.started);
    });
  }

  /** Every batch sent has settled; throws the first failure. */
  async drain(): Promise<void> {
    await Promise.all([...this.inFlight, ...[...this.types.values()].map((t) => t.committed)]);
    if (this.failure) throw this.failure;
  }

  async dispatch(type: RecordType, batch: Spooled[]): Promise<void> {
    const { s } = this;
    const t = this.stateOf(type);
    // References are resolved in file order, before the batch is handed to a writer.
    const ok = await acceptableRecords(s.gateway, batch, s.accepted, s.inGraph, s.rejects, s.tally);
    const toWrite = ok.filter((r) => r.line > t.done);
    this.resumedRecords += ok.length - toWrite.length;
    this.count(
      type,
      ok.filter((r) => r.line <= t.done),
    );
    this.processed += ok.length - toWrite.length;
    if (!toWrite.length) return;
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    // Stopped while this batch waited for a writer: it was never sent; the re-run writes it.
    if (this.stopped) return;
    this.firstSentAt ??= performance.now();
    const slot = { lastLine: batch.at(-1)!.line, committed: false };
    t.pending.push(slot);
    const records = toWrite.map((r) => r.record);
    const p = upsertInTransaction(
      s.gateway,
      `import:${type}`,
      {
        sourceParam: s.sourceArg,
        batches: [{ type, rows: records.map(toWriteRow) }],
        // Same transaction: derived gun links of touched series, outbox events of new leads.
        followUp: (run) => followUpImportedNibin(run, nibinRecordsOf(records), new Date().toISOString()),
      },
      { operation: `import:${type}` },
      { busy: true },
    )
      .then(([rows]) => {
        addStatusRows((s.statuses[type] ??= emptyStatusCounts()), rows!);
        slot.committed = true;
        this.batches += 1;
        this.count(type, toWrite);
        this.processed += toWrite.length;
        this.advanceCheckpoint(type, t);
        s.onCommitted(this.processed);
        const { stopAfterBatches, shouldStop } = s.options;
        if ((stopAfterBatches !== undefined && this.batches >= stopAfterBatches) || shouldStop?.()) this.interrupted = true;
      })
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
    t.batches.push(p);
  }

  private stateOf(type: RecordType): TypeState {
    let t = this.types.get(type);
    if (!t) this.types.set(type, (t = { started: performance.now(), done: this.s.checkpoint.committedThroughLine[type] ?? 0, pending: [], batches: [] }));
    return t;
  }

  private count(type: RecordType, records: Spooled[]) {
    for (const r of records) {
      this.s.tally(type, 'accepted');
      tallyRecord(r.record, this.s.written);
    }
  }

  private advanceCheckpoint(type: RecordType, t: TypeState) {
    let moved = false;
    while (t.pending.length && t.pending[0]!.committed) {
      this.s.checkpoint.committedThroughLine[type] = t.pending.shift()!.lastLine;
      moved = true;
    }
    if (moved) saveCheckpoint(this.s.file, this.s.checkpoint);
  }
}
