import { createReadStream, mkdtempSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Gateway } from '../db/gateway.js';
import { nibinRecordsOf, seriesTouchOf, type SeriesTouch } from '../lead/lead-import.hook.js';
import { tallyRecord } from './record.tally.js';
import { clearCheckpoint, readCheckpoint, saveCheckpoint } from './import.checkpoint.js';
import { formatOf } from './record.reader.js';
import { emptyKeySets } from './reference.check.js';
import { acceptableRecords, acceptableTogether, heldGunsOf, correctionsHold, referenceProblemsOfRejected, type Spooled } from './importer.checks.js';
import { createdNibin, recordWriteSource, upsertInTransaction } from './import.data.js';
import { newWriteSource, sourceParam } from './write-source.js';
import { addStatusRows, emptyStatusCounts } from './write-status.js';
import { RECORD_TYPES, type RecordType } from './record.types.js';
import { RejectWriter } from './reject.writer.js';
import { HeldCorrections, writeHeldTogether } from './importer.held.js';
import { toWriteRow } from './write-row.js';
import { ChecksOutdated, readDecisionEpoch, writeAsChecked } from './decision-epoch.data.js';
import { ImportInterrupted, type ImportOptions, type ImportProgress, type ImportSummary } from './importer.types.js';
import { validateAndSpool } from './validate.phase.js';
import { followUpAfterImport, SeriesTouches } from './series.pass.js';
import { dropSearchIndexes, rebuildSearchIndexes, shouldDeferSearchIndexes } from './search-indexes.data.js';

export { ImportInterrupted, type ImportOptions, type ImportProgress, type ImportSummary } from './importer.types.js';
export { contentDigest } from './content-digest.js';

/**
 * Imports one NDJSON or CSV file.
 *  1. Validate (src/import/validate.phase.ts): stream the file once; check each record's fields
 *     and cross-field rules (a large NDJSON file in worker threads); reject bad ones (and
 *     duplicate keys); spool good ones per type to a temp folder; hash the file for the checkpoint.
 *  2. Write, type by type in dependency order: check each record's references against the
 *     records accepted so far in this import and, for the rest, against the graph; reject
 *     dangling ones (which cascades to records that point at them); write the rest in
 *     batches of `batchSize`, one transaction each, MERGE on natural keys. A correction whose only
 *     problems are with stored records depending on it waits for the later types (importer.held.ts).
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
  const tally = (type: RecordType, field: 'accepted' | 'rejected') => {
    const t = (byType[type] ??= { accepted: 0, rejected: 0 });
    t[field] += 1;
  };
  // A bulk load into an empty graph builds the search indexes after its writes (search-indexes.data.ts).
  let searchIndexesDropped = false;
  let searchIndexMs = 0;
  let rebuilding: Promise<void> | undefined;
  // One rebuild, whoever asks first (the end of the writes, or the finally after a failure).
  const rebuildIndexes = (): Promise<void> => {
    if (!searchIndexesDropped) return Promise.resolve();
    const t = performance.now();
    rebuilding ??= rebuildSearchIndexes(gateway).then(() => {
      searchIndexMs = Math.round(performance.now() - t);
    });
    return rebuilding;
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
    // Phase 1: validate and spool.
    const { records, accepted, partials, fingerprint } = await validateAndSpool(file, {
      now,
      csvType: options.csvType,
      spoolDir,
      rejects,
      tally,
      progress: (n) => report('validate', n, 0),
      workers: options.validationWorkers,
    });
    const checkpoint = readCheckpoint(file, fingerprint);
    const totalAccepted = [...accepted.values()].reduce((a, s) => a + s.size, 0);
    if (await shouldDeferSearchIndexes(gateway, options.searchIndexes ?? 'auto', totalAccepted)) {
      searchIndexesDropped = true; // before the drop: a drop that fails half-way is rebuilt too
      await dropSearchIndexes(gateway);
    }
    phaseStarted = performance.now();

    // Phase 2: references, then write type by type.
    const inGraph = emptyKeySets();
    let processed = 0;
    let batches = 0;
    let resumedRecords = 0;
    let interrupted = false;
    const concurrency = Math.max(1, options.concurrency ?? 2);
    const touches = new SeriesTouches();
    const held = new HeldCorrections(checkpoint, accepted);
    const count = (type: RecordType, records: Spooled[]) => {
      for (const s of records) {
        tally(type, 'accepted');
        tallyRecord(s.record, written);
      }
    };
    /** One batch of `type` in its own transaction, as checked at decision epoch `epoch`: resolves once committed and counted.
     * A decision landing since has it checked again by `recheck` (else by the caller) and what passes written (decision-epoch.data.ts). */
    const writeRecords = async (
      type: RecordType,
      checked: Spooled[],
      epoch: number,
      recheck?: (records: Spooled[]) => Promise<Spooled[]>,
      withThem?: Spooled[],
    ): Promise<void> => {
      const sent = checked.length;
      const [records, rows, touched, nibin] = await writeAsChecked(
        epoch,
        checked,
        (last, at): Promise<Spooled[]> => (recheck ? recheck(last) : Promise.reject(new ChecksOutdated(at))),
        async (records, at) => {
          const nibin = nibinRecordsOf(records.map((s) => s.record));
          let touched: SeriesTouch | undefined;
          if (!records.length) return [records, [], touched, nibin] as const;
          const [rows] = await upsertInTransaction(
            gateway,
            `import:${type}`,
            {
              sourceParam: sourceArg,
              checkedAtEpoch: at,
              // Corrections are checked again under the exclusive lock, as the batch was (a held batch with the records held with it).
              correctionsHold: correctionsHold(records, withThem ?? [], source.agencyOri),
              heldGuns: heldGunsOf(records),
              batches: [{ type, rows: records.map((s) => toWriteRow(s.record)) }],
              // What this batch created is known only inside its transaction; the series it touches
              // are walked, and its leads announced, once every batch is committed (series.pass.ts).
              followUp: (_run, created) => {
                touched = seriesTouchOf(nibin, createdNibin(created));
                return Promise.resolve();
              },
            },
            { operation: `import:${type}` },
            // Bulk writer: also retried when Neo4j answers busy (a deadlock between two batches in flight).
            { busy: true },
          );
          return [records, rows!, touched, nibin] as const;
        },
      );
      addStatusRows((statuses[type] ??= emptyStatusCounts()), rows);
      if (touched) touches.add(touched, nibin.leadIds);
      if (records.length) batches += 1;
      count(type, records);
      processed += sent;
    };
    for (const type of RECORD_TYPES) {
      const spool = path.join(spoolDir, `${type}.ndjson`);
      if (!existsSync(spool)) continue;
      const typeStarted = performance.now();
      const done = checkpoint.committedThroughLine[type] ?? 0;
      // Batches of one type may commit out of order (`concurrency` in flight); the checkpoint
      // only advances over the unbroken prefix of committed batches, so it never claims a
      // line whose batch has not committed.
      const pending: Array<{ lastLine: number; committed: boolean }> = [];
      const inFlight = new Set<Promise<void>>();
      let failure: unknown = null;
      const advanceCheckpoint = () => {
        let moved = false;
        while (pending.length && pending[0]!.committed) {
          checkpoint.committedThroughLine[type] = pending.shift()!.lastLine;
          moved = true;
        }
        if (moved) saveCheckpoint(file, checkpoint);
      };
      const dispatch = async (batch: Spooled[]) => {
        // References are resolved in file order, before the batch is handed to a writer.
        const check = (records: Spooled[]) =>
          acceptableRecords(gateway, records, accepted, inGraph, rejects, tally, source.agencyOri, (s, own) => held.take(type, s, own));
        const epoch = await readDecisionEpoch(gateway, { operation: `import:${type}` });
        const ok = await check(batch);
        // A line an earlier run held was passed by the checkpoint unwritten.
        const toWrite = ok.filter((s) => s.line > done || held.wasHeld(type, s.line));
        resumedRecords += ok.length - toWrite.length;
        const resumed = ok.filter((s) => s.line <= done && !held.wasHeld(type, s.line));
        count(type, resumed);
        // Written by an earlier run of this file: whether they were new then is not known, so all
        // count, and their leads are announced if that run stopped before it could.
        const resumedNibin = nibinRecordsOf(resumed.map((s) => s.record));
        touches.add(seriesTouchOf(resumedNibin), resumedNibin.leadIds);
        processed += ok.length - toWrite.length;
        if (!toWrite.length) return;
        while (inFlight.size >= concurrency) await Promise.race(inFlight);
        if (interrupted || failure) {
          // Stopped while this batch waited for a writer: it was never sent; the re-run writes it.
          return;
        }
        const slot = { lastLine: batch.at(-1)!.line, committed: false };
        pending.push(slot);
        const p = writeRecords(type, toWrite, epoch, check)
          .then(() => {
            slot.committed = true;
            advanceCheckpoint();
            report('write', processed, totalAccepted);
            if ((options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches) || options.shouldStop?.()) interrupted = true;
          })
          .catch((error: unknown) => {
            failure ??= error;
          })
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
      };
      const rl = createInterface({ input: createReadStream(spool, 'utf8'), crlfDelay: Infinity });
      let batch: Spooled[] = [];
      for await (const text of rl) {
        batch.push(JSON.parse(text) as Spooled);
        if (batch.length >= batchSize) {
          await dispatch(batch);
          batch = [];
        }
        if (interrupted || failure) break;
      }
      rl.close();
      if (!interrupted && !failure && batch.length) await dispatch(batch);
      await Promise.all(inFlight);
      writeMs[type] = Math.round(performance.now() - typeStarted);
      if (failure) throw failure;
      if (interrupted) break;
    }
    // Corrections held for the file's later types are checked again, together, now that those are
    // written, and written or refused (importer.held.ts).
    const all = interrupted ? [] : held.all();
    if (all.length) {
      await writeHeldTogether(
        all,
        batchSize,
        () => readDecisionEpoch(gateway, { operation: 'import:held' }),
        (records) => acceptableTogether(gateway, records, accepted, inGraph, rejects, tally, source.agencyOri),
        (type, slice, epoch, withThem) => writeRecords(type, slice, epoch, undefined, withThem),
      );
      held.releaseAll();
      saveCheckpoint(file, checkpoint);
    }
    // An interrupted run leaves its series and announcements to the run that resumes it (resumed
    // records count as touched).
    const seriesStarted = performance.now();
    // Neo4j builds the indexes on its own threads while the series pass runs on one.
    await Promise.all([interrupted ? undefined : followUpAfterImport(gateway, touches, new Date().toISOString()), rebuildIndexes()]);
    const seriesMs = Math.round(performance.now() - seriesStarted);
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
      seriesMs,
      searchIndexMs,
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
    // A failed load still leaves search its indexes. Should the rebuild fail too (Neo4j gone), the
    // load's own error is the one reported: the indexes' migrations stay unapplied, so the next
    // migration run (any start of the service or importer) builds them.
    await rebuildIndexes().catch(() => undefined);
    rejects.close();
    rmSync(spoolDir, { recursive: true, force: true });
  }
}
