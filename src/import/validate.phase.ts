import { createHash } from 'node:crypto';
import { appendFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentDigest } from './content-digest.js';
import { judgeRecord, type JudgedLine } from './line.verdict.js';
import { formatOf, readLines } from './record.reader.js';
import { keyField } from './record.references.js';
import { RECORD_TYPES, type RecordType } from './record.types.js';
import type { RejectWriter } from './reject.writer.js';
import { judgeInWorkers } from './validation.pool.js';

/** Below this size a file is judged on the importer's thread: starting workers would cost more than they save. */
const WORKERS_FROM_BYTES = 16 << 20;

export interface ValidatePhaseOptions {
  now: number;
  csvType?: RecordType | null;
  spoolDir: string;
  rejects: RejectWriter;
  tally: (type: RecordType, field: 'accepted' | 'rejected') => void;
  progress: (records: number) => void;
  /** Validation worker threads (NDJSON only); default: 2 for files of 16 MiB or more on a machine with 2+ cores, else 0. */
  workers?: number;
  /** Bytes per worker chunk (tests make it tiny, so lines and CRLFs fall on every kind of chunk edge). */
  chunkBytes?: number;
}

export interface ValidatedFile {
  records: number;
  /** Per type, each accepted key and the line it came from. */
  accepted: Map<RecordType, Map<string, number>>;
  /** Records rejected for their fields, with the fields that passed: their references are checked at the end too. */
  partials: Array<{ line: number; fields: Record<string, unknown> }>;
  /** The checkpoint's fingerprint of the file's content. */
  fingerprint: string;
}

/**
 * Phase 1 of an import: every line judged (fields and cross-field rules), bad ones and
 * duplicate keys rejected (the first line of a key wins), good ones spooled per type to
 * `spoolDir/<type>.ndjson` as `{"line":…,"record":…}`, in input order.
 */
export async function validateAndSpool(file: string, options: ValidatePhaseOptions): Promise<ValidatedFile> {
  const { rejects, tally } = options;
  const workers = formatOf(file) === 'ndjson' ? (options.workers ?? defaultWorkers(file)) : 0;
  const fileHash = createHash('sha256');
  const batches = workers > 0 ? judgeInWorkers(file, options.now, workers, fileHash, options.chunkBytes) : judgeHere(file, options);
  // Per type, each accepted key and its line: one structure answers "a duplicate of which line?"
  // here and "accepted in this import?" for the reference checks (at L, 4.7 million keys).
  const accepted = new Map<RecordType, Map<string, number>>(RECORD_TYPES.map((t) => [t, new Map<string, number>()]));
  const partials: ValidatedFile['partials'] = [];
  const spool = new Map<RecordType, string[]>();
  const flush = (type: RecordType) => {
    const buf = spool.get(type);
    if (buf?.length) appendFileSync(path.join(options.spoolDir, `${type}.ndjson`), buf.join(''));
    spool.set(type, []);
  };
  let records = 0;
  for await (const batch of batches) {
    for (const { line, verdict } of batch) {
      records += 1;
      if (records % 1000 === 0) options.progress(records);
      if (verdict.kind === 'unreadable') {
        rejects.write({ line, type: verdict.type ?? null, key: null, field: verdict.field ?? '(record)', reason: verdict.reason });
        if (verdict.type) tally(verdict.type, 'rejected');
        continue;
      }
      if (verdict.kind === 'rejected') {
        for (const p of verdict.problems) rejects.write({ line, type: verdict.type, key: verdict.key, field: p.field, reason: p.reason });
        if (verdict.type) {
          tally(verdict.type, 'rejected');
          partials.push({ line, fields: verdict.partial });
        }
        continue;
      }
      const keysOfType = accepted.get(verdict.type)!;
      const firstLine = keysOfType.get(verdict.key);
      if (firstLine !== undefined) {
        const reason = `duplicate: the same key as line ${firstLine}`;
        rejects.write({ line, type: verdict.type, key: verdict.key, field: keyField(verdict.type), reason });
        tally(verdict.type, 'rejected');
        continue;
      }
      keysOfType.set(verdict.key, line);
      const buf = spool.get(verdict.type) ?? [];
      buf.push(`{"line":${line},"record":${verdict.recordJson}}\n`);
      spool.set(verdict.type, buf);
      if (buf.length >= 2_000) flush(verdict.type);
    }
  }
  for (const type of RECORD_TYPES) flush(type);
  // The workers hashed the bytes while reading; on this thread the file is hashed on its own.
  const digest = workers > 0 ? fileHash.digest('hex') : await contentDigest([file]);
  return { records, accepted, partials, fingerprint: createHash('sha256').update(digest).digest('hex') };
}

async function* judgeHere(file: string, options: ValidatePhaseOptions): AsyncGenerator<JudgedLine[]> {
  let batch: JudgedLine[] = [];
  for await (const { line, raw, parseError, field, type } of readLines(file, options.csvType)) {
    batch.push({ line, verdict: raw ? judgeRecord(raw, options.now) : { kind: 'unreadable', reason: parseError ?? 'unreadable', field, type } });
    if (batch.length >= 1_000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

function defaultWorkers(file: string): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores >= 2 && statSync(file).size >= WORKERS_FROM_BYTES ? 2 : 0;
}
