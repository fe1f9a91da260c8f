import type { ImportFormat } from './record.reader.js';
import type { RecordType } from './record.types.js';
import type { StatusCounts } from './write-status.js';
import type { WriteSource } from './write-source.js';
import type { SearchIndexMode } from './search-indexes.data.js';

/** The file importer's options, progress reports and summary (src/import/importer.ts). */
export interface ImportProgress {
  phase: 'validate' | 'write';
  records: number;
  total: number;
  percent: number;
  recordsPerSecond: number;
}

export interface ImportOptions {
  batchSize?: number;
  /** CSV files without a type column or a telling name. */
  csvType?: RecordType;
  /** "Now" for the not-in-the-future rule (tests pin it). */
  now?: number;
  onProgress?: (p: ImportProgress) => void;
  progressEveryMs?: number;
  /** Validation worker threads for an NDJSON file (0: validate on the importer's thread); default: 2 from 16 MiB on 2+ cores. */
  validationWorkers?: number;
  /** Write transactions in flight at once (default 2: one per core on the target machine). */
  concurrency?: number;
  /** Test hook: stop (as if killed) after this many batches have committed. */
  stopAfterBatches?: number;
  /** Set by a SIGINT handler: the import stops after the batch in flight, keeping its checkpoint. */
  shouldStop?: () => boolean;
  /** Who sent the records (provenance); default: an unattributed import source, recorded at the start. */
  source?: WriteSource;
  /**
   * The full-text search indexes during a load into an empty graph: `auto` (default) builds them
   * once after the writes when at least BULK_LOAD_MIN_RECORDS are accepted, `defer` whatever the
   * size, `keep` keeps them current at every commit (src/import/search-indexes.data.ts).
   */
  searchIndexes?: SearchIndexMode;
}

export interface ImportSummary {
  file: string;
  format: ImportFormat;
  records: number;
  accepted: number;
  rejected: number;
  byType: Partial<Record<RecordType, { accepted: number; rejected: number }>>;
  /** Nodes per label and relationships per type the accepted records write (MERGE: existing ones are updated, not duplicated). */
  written: Record<string, number>;
  /** What writing did, per type: created, updated, unchanged, conflicted (from the statements themselves). */
  statuses: Partial<Record<RecordType, StatusCounts>>;
  /** Wall time of each type's write phase (reference checks and batches), ms: where an import spends its time. */
  writeMs: Partial<Record<RecordType, number>>;
  /** Time spent bringing the derived gun links of the touched NIBIN series up to date, after the writes (series.pass.ts). */
  seriesMs: number;
  /** Time from the end of the writes until the search indexes a bulk load dropped were online again (0 when kept), ms. */
  searchIndexMs: number;
  sourceId: string;
  batches: number;
  /** Accepted records skipped because a previous, interrupted run had committed them. */
  resumedRecords: number;
  rejectFile: string | null;
  interrupted: boolean;
  elapsedMs: number;
  recordsPerSecond: number;
}

export class ImportInterrupted extends Error {
  constructor(readonly summary: ImportSummary) {
    super(`Import of ${summary.file} stopped after ${summary.batches} batch(es); run it again to resume.`);
    this.name = 'ImportInterrupted';
  }
}
