import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, appendFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Gateway } from '../db/gateway.js';
import { clearCheckpoint, readCheckpoint } from './import.checkpoint.js';
import { formatOf, readLines } from './record.reader.js';
import { keyField, recordKey, waitsFor } from './record.references.js';
import { emptyKeySets } from './reference.check.js';
import { referenceProblemsOfRejected, type Spooled } from './importer.checks.js';
import { recordWriteSource } from './import.data.js';
import { BatchWriter } from './batch-writer.js';
import { newWriteSource, sourceParam } from './write-source.js';
import { validateRecord } from './record.rules.js';
import { RECORD_TYPES, type RecordType } from './record.types.js';
import { RejectWriter } from './reject.writer.js';
import { ImportInterrupted, type ImportOptions, type ImportProgress, type ImportSummary } from './importer.types.js';
import { contentDigest } from './content-digest.js';

export { ImportInterrupted, type ImportOptions, type ImportProgress, type ImportSummary } from './importer.types.js';
export { contentDigest } from './content-digest.js';

/**
 * Imports one NDJSON or CSV file.
 *  1. Validate: stream the file once; check each record's fields and cross-field rules;
 *     reject bad ones (and duplicate keys); write the records of types that refer to nothing
 *     (people, dealers, agencies, makers) in batches as they come, so Neo4j is not idle while
 *     the file is read; spool the others per type to a temp folder.
 *  2. Write the spooled types in dependency order, each once the types it reads are committed:
 *     check each record's references against the records accepted in this import and, for the
 *     rest, against the graph; reject dangling ones (which cascades to records that point at
 *     them); write the rest in batches of `batchSize`, one transaction each (BatchWriter).
 * Re-running the same file changes nothing; a run stopped half-way resumes from its checkpoint.
 */
export async function importFile(gateway: Gateway, file: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 5_000;
  const now = options.now ?? Date.now();
  const format = formatOf(file);
  const rejectFile = `${file}.rejects.ndjson`;
  rmSync(rejectFile, { force: true });
  const rejects = new RejectWriter(rejectFile);
  const spoolDir = mkdtempSync(path.join(os.tmpdir(), 'crimegun-import-'));
  const byType: ImportSummary['byType'] = {};
  const written: Record<string, number> = {};
  const statuses: ImportSummary['statuses'] = {};
  const writeMs: ImportSummary['writeMs'] = {};
  const source = options.source ?? newWriteSource('IMPORT', null, 'import', file);
  if (!options.source) await recordWriteSource(gateway, source, { operation: 'import' });
  const sourceArg = sourceParam(source);
  // Records rejected for their fields: their references are checked at the end too, so every problem is reported.
  const partials: Array<{ line: number; fields: Record<string, unknown> }> = [];
  const tally = (type: RecordType, field: 'accepted' | 'rejected') => {
    const t = (byType[type] ??= { accepted: 0, rejected: 0 });
    t[field] += 1;
  };
  let lastReport = started;
  let phaseStarted = started;
  const report = (phase: ImportProgress['phase'], records: number, total: number, force = false) => {
    const t = performance.now();
    if (!options.onProgress || (!force && t - lastReport < (options.progressEveryMs ?? 2_000))) return;
    lastReport = t;
    options.onProgress({
      phase,
      records,
      total,
      percent: total ? Math.round((records / total) * 1000) / 10 : 100,
      recordsPerSecond: Math.round((records / Math.max(1, t - phaseStarted)) * 1000),
    });
  };

  try {
    // Phase 1: validate, write the types that depend on nothing (people, dealers, agencies,
    // makers: waitsFor is empty) as their batches fill, spool the rest per type.
    const fingerprint = createHash('sha256')
      .update(await contentDigest([file]))
      .digest('hex');
    const checkpoint = readCheckpoint(file, fingerprint);
    const lineOfKey = new Map<string, number>();
    const spoolBuffers = new Map<RecordType, string[]>();
    const accepted = new Map<RecordType, Set<string>>(RECORD_TYPES.map((t) => [t, new Set<string>()]));
    let totalAccepted = 0;
    const inGraph = emptyKeySets();
    const writer = new BatchWriter({
      gateway,
      file,
      checkpoint,
      sourceArg,
      accepted,
      inGraph,
      rejects,
      tally,
      written,
      statuses,
      writeMs,
      options,
      // Progress of the write phase counts accepted records of the whole file: known after validation.
      onCommitted: (processed) => {
        if (totalAccepted) report('write', processed, totalAccepted);
      },
    });
    const direct = new Map<RecordType, Spooled[]>(RECORD_TYPES.filter((t) => !waitsFor(t).length).map((t) => [t, []]));
    const flush = (type: RecordType) => {
      const buf = spoolBuffers.get(type);
      if (buf?.length) appendFileSync(path.join(spoolDir, `${type}.ndjson`), buf.join(''));
      spoolBuffers.set(type, []);
    };
    let records = 0;
    for await (const { line, raw, parseError } of readLines(file, options.csvType)) {
      records += 1;
      if (!raw) {
        rejects.write({ line, type: null, key: null, field: '(record)', reason: parseError ?? 'unreadable' });
        continue;
      }
      const { record, problems, partial } = validateRecord(raw, now);
      const type = (RECORD_TYPES as readonly string[]).includes(String(raw.type)) ? (raw.type as RecordType) : null;
      if (!record) {
        for (const p of problems) rejects.write({ line, type, key: rawKey(raw), field: p.field, reason: p.reason });
        if (type) tally(type, 'rejected');
        if (type) partials.push({ line, fields: partial });
        continue;
      }
      const key = `${record.type}:${recordKey(record)}`;
      const firstLine = lineOfKey.get(key);
      if (firstLine !== undefined) {
        rejects.write({
          line,
          type: record.type,
          key: recordKey(record),
          field: keyField(record.type),
          reason: `duplicate: the same key as line ${firstLine}`,
        });
        tally(record.type, 'rejected');
        continue;
      }
      lineOfKey.set(key, line);
      accepted.get(record.type)!.add(recordKey(record));
      const directBatch = direct.get(record.type);
      if (directBatch) {
        directBatch.push({ line, record });
        if (directBatch.length >= batchSize) await writer.dispatch(record.type, directBatch.splice(0));
        if (writer.stopped) break;
      } else {
        const buf = spoolBuffers.get(record.type) ?? [];
        buf.push(`${JSON.stringify({ line, record })}\n`);
        spoolBuffers.set(record.type, buf);
        if (buf.length >= 2_000) flush(record.type);
      }
      if (records % 1000 === 0) report('validate', records, 0);
    }
    for (const type of RECORD_TYPES) flush(type);
    lineOfKey.clear();
    totalAccepted = [...accepted.values()].reduce((a, s) => a + s.size, 0);
    // The write rate counts from the first batch sent (during validation when people came first).
    phaseStarted = writer.firstSentAt ?? performance.now();
    for (const [type, rest] of direct) {
      if (rest.length && !writer.stopped) await writer.dispatch(type, rest);
      writer.finishType(type);
    }

    // Phase 2: the other types in dependency order, each once the types it reads are committed
    // (waitsFor); batches of types it does not read may still be in flight, so Neo4j is not left
    // idle at every change of type.
    for (const type of RECORD_TYPES) {
      const spool = path.join(spoolDir, `${type}.ndjson`);
      if (!existsSync(spool)) continue;
      await Promise.all(waitsFor(type).map((t) => writer.committed(t)));
      if (writer.stopped) break;
      const rl = createInterface({ input: createReadStream(spool, 'utf8'), crlfDelay: Infinity });
      let batch: Spooled[] = [];
      for await (const text of rl) {
        batch.push(JSON.parse(text) as Spooled);
        if (batch.length >= batchSize) {
          await writer.dispatch(type, batch);
          batch = [];
        }
        if (writer.stopped) break;
      }
      rl.close();
      if (!writer.stopped && batch.length) await writer.dispatch(type, batch);
      writer.finishType(type);
    }
    await writer.drain();
    const writePhaseMs = writer.firstSentAt === undefined ? 0 : Math.round(performance.now() - writer.firstSentAt);
    const { processed, batches, resumedRecords, interrupted } = writer;
    await referenceProblemsOfRejected(gateway, partials, accepted, inGraph, rejects);
    // Progress counts accepted records only: nothing to write, nothing to report.
    if (processed > 0) report('write', processed, totalAccepted, true);
    const acceptedCount = Object.values(byType).reduce((a, t) => a + t!.accepted, 0);
    const summary: ImportSummary = {
      file,
      format,
      records,
      accepted: acceptedCount,
      rejected: rejects.lines.size,
      byType,
      written,
      statuses,
      writeMs,
      writePhaseMs,
      sourceId: source.id,
      batches,
      resumedRecords,
      rejectFile: rejects.count ? rejectFile : null,
      interrupted,
      elapsedMs: Math.round(performance.now() - started),
      recordsPerSecond: Math.round((records / (performance.now() - started)) * 1000),
    };
    if (interrupted) throw new ImportInterrupted(summary);
    clearCheckpoint(file);
    return summary;
  } finally {
    rejects.close();
    rmSync(spoolDir, { recursive: true, force: true });
  }
}

function rawKey(raw: Record<string, unknown>): string | null {
  const k = raw.id ?? raw.ori ?? raw.license ?? raw.evidenceId ?? raw.name ?? null;
  return k === null ? null : String(k);
}
