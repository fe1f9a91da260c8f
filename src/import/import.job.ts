import type { AnalysisSummary } from '../analysis/analysis.job.js';
import { ANALYSIS_LOCK_WAIT_MS, runAnalysisExclusive } from '../analysis/analysis.lock.js';
import { AuditTrail } from '../audit/audit-trail.js';
import type { Gateway } from '../db/gateway.js';
import { createLogger } from '../core/logger.js';
import { cliActor, recordImportRun, type ImportActor } from './import.audit.js';
import { importFile, ImportInterrupted, type ImportOptions, type ImportSummary } from './importer.js';
import path from 'node:path';
import type { RecordType } from './record.types.js';
import { recordWriteSource } from './import.data.js';
import { newWriteSource } from './write-source.js';
import { emptyStatusCounts, WRITE_STATUSES } from './write-status.js';

export interface ImportRun {
  summaries: ImportSummary[];
  /** Null when nothing was accepted or analysis was turned off. */
  analysis: AnalysisSummary | null;
}

export interface RunImportOptions extends ImportOptions {
  analysis?: boolean;
  /** Who the audit record names; default: the OS user, no agency, this host. */
  actor?: ImportActor;
  auditTrail?: AuditTrail;
}

/**
 * `npm run import`: imports the files in the order given (so agencies.csv before scenes.csv
 * when they are separate files), leaves one audit record for the run (src/import/import.audit.ts),
 * then runs the analysis job (dealer risk, straw-purchase indicators, networks) so
 * scores reflect the new records.
 */
export async function runImport(gateway: Gateway, files: string[], options: RunImportOptions = {}, log: (m: string) => void = () => {}): Promise<ImportRun> {
  // The audit JSON line goes to the log only when Neo4j refused the record (level error): a
  // command-line user reads the summary lines, not one JSON line per run.
  const trail = options.auditTrail ?? new AuditTrail(gateway, createLogger('warn'));
  const actor = options.actor ?? cliActor();
  const summaries: ImportSummary[] = [];
  // One (:Source) per run: its id is the run's audit requestId (provenance leads to the audit record).
  const source = options.source ?? newWriteSource('IMPORT', actor.agencyOri, actor.subject, `npm run import ${files.map((f) => path.basename(f)).join(' ')}`);
  await recordWriteSource(gateway, source, { operation: 'import' });
  const runOptions = { ...options, source };
  try {
    for (const file of files) {
      log(`Importing ${file}...`);
      const summary = await importFile(gateway, file, runOptions);
      summaries.push(summary);
      log(describeSummary(summary));
    }
  } catch (error) {
    const done = error instanceof ImportInterrupted ? [...summaries, error.summary] : summaries;
    await recordImportRun(trail, actor, files, done, error, source.id).catch(() =>
      log('The audit record of this import could not be stored in Neo4j (it is in the log).'),
    );
    throw error;
  }
  try {
    await recordImportRun(trail, actor, files, summaries, undefined, source.id);
  } catch (error) {
    throw new Error(`The import is committed, but its audit record could not be stored in Neo4j (${(error as Error).message}); it is in the log.`, {
      cause: error,
    });
  }
  const acceptedAny = summaries.some((s) => s.accepted > 0);
  let analysis: AnalysisSummary | null = null;
  if (options.analysis !== false && acceptedAny) {
    try {
      // Single flight with the service processes on this Neo4j: waits for a run in progress.
      const run = await runAnalysisExclusive(gateway, log, { waitMs: ANALYSIS_LOCK_WAIT_MS });
      if (run.ran) analysis = run.summary;
      else log(`The import is committed; the analysis job is still held by ${run.holder}; run \`npm run analyze\` later.`);
    } catch (error) {
      // The records are committed either way; only the derived scores are stale.
      log(`The import is committed, but the analysis job failed (${(error as Error).message}); run \`npm run analyze\` to retry.`);
    }
  }
  return { summaries, analysis };
}

export function describeSummary(s: ImportSummary): string {
  const types = (Object.keys(s.byType) as RecordType[]).map((t) => {
    const c = s.statuses[t] ?? emptyStatusCounts();
    const parts = [...WRITE_STATUSES.map((k) => [k, c[k]] as const), ['rejected', s.byType[t]!.rejected] as const].filter(([, n]) => n > 0);
    return `    ${t}: ${parts.map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing'}`;
  });
  const total = emptyStatusCounts();
  for (const c of Object.values(s.statuses)) for (const k of WRITE_STATUSES) total[k] += c![k];
  return [
    `${s.file}: ${s.records} records read, ${s.accepted} accepted, ${s.rejected} rejected${s.rejectFile ? ` (see ${s.rejectFile})` : ''}.`,
    `  ${total.created} created, ${total.updated} updated, ${total.unchanged} unchanged, ${total.conflicted} conflicted (kept as conflicts), ${s.rejected} rejected; source ${s.sourceId}`,
    ...types,
    `  ${s.batches} batch(es), ${(s.elapsedMs / 1000).toFixed(1)} s, ${s.recordsPerSecond} records/s` +
      (s.resumedRecords ? `; ${s.resumedRecords} records were already committed by an earlier, interrupted run` : '') +
      (s.searchIndexMs
        ? `; a load into an empty graph: search indexes built after the writes, online ${(s.searchIndexMs / 1000).toFixed(1)} s after them`
        : '') +
      '.',
  ].join('\n');
}
