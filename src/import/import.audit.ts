import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { AuditOutcome, newAuditRecord, type RecordCounts } from '../audit/audit-record.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { ErrorCode } from '../errors/error-code.js';
import { mapNeo4jError } from '../errors/neo4j-error.map.js';
import { contentDigest, ImportInterrupted, type ImportSummary } from './importer.js';

/** Who runs a command-line import, for its audit record. */
export interface ImportActor {
  subject: string;
  /** The agency the import is for: its supervisors see the record through `auditEvents`. */
  agencyOri: string | null;
  sourceAddress: string;
}

/** The OS user on this host (or `cli` where the user has no name, as in some containers). */
export function cliActor(agencyOri: string | null = null): ImportActor {
  let subject = 'cli';
  try {
    subject = os.userInfo().username || 'cli';
  } catch {
    // No passwd entry for the uid: keep `cli`.
  }
  return { subject, agencyOri, sourceAddress: `cli@${os.hostname()}` };
}

/**
 * One audit record per import run (CJIS audit: every write is on record, the command line's too):
 * who (the OS user), for which agency (--agency), from where (the host), what (`documentHash` is
 * the SHA-256 of the input files' bytes, so `cat <files> | sha256sum` proves which data was
 * loaded), the counts and the outcome: ALLOWED when every record got in; ERROR with
 * BAD_USER_INPUT when some were rejected; ERROR with the failure's code when the run stopped.
 * It names no people: a bulk import may carry millions, and the digest pins down the records.
 * Throws when the record could not be stored (AuditTrail has logged it).
 */
export async function recordImportRun(
  trail: AuditTrail,
  actor: ImportActor,
  files: string[],
  summaries: ImportSummary[],
  failure?: unknown,
  requestId?: string,
): Promise<void> {
  const sum = (f: (s: ImportSummary) => number) => summaries.reduce((a, s) => a + f(s), 0);
  const records = { read: sum((s) => s.records), accepted: sum((s) => s.accepted), rejected: sum((s) => s.rejected) };
  const errorCodes: string[] = [];
  if (records.rejected > 0) errorCodes.push(ErrorCode.BAD_USER_INPUT);
  // An interrupted run (Ctrl-C) is no error of the data or the database: it carries no code.
  if (failure !== undefined && !(failure instanceof ImportInterrupted)) errorCodes.push(String(mapNeo4jError(failure).extensions.code));
  await recordCommandRun(trail, actor, {
    operation: 'import',
    outcome: errorCodes.length || failure !== undefined ? AuditOutcome.ERROR : AuditOutcome.ALLOWED,
    errorCodes,
    wrote: summaries.some((s) => s.batches > 0),
    records,
    documentHash: await contentDigest(files.filter((f) => existsSync(f))),
    requestId,
  });
}

/**
 * The audit record of one command-line write run (`npm run import`, `npm run seed`, the demo
 * load): no token, so who/for whom/from where come from the actor; no GraphQL document, so the
 * caller says what `documentHash` digests; no people named. Throws when it was not stored.
 */
export async function recordCommandRun(
  trail: AuditTrail,
  actor: ImportActor,
  run: { operation: string; outcome: AuditOutcome; errorCodes: string[]; wrote: boolean; records: RecordCounts; documentHash: string; requestId?: string },
): Promise<void> {
  const { documentHash, requestId, ...fields } = run;
  // requestId: the run's (:Source) id when it wrote records, so provenance leads to this record.
  const record = newAuditRecord({
    user: null,
    document: null,
    sourceAddress: actor.sourceAddress,
    rootFields: [],
    personIds: [],
    requestId: requestId ?? randomUUID(),
    ...fields,
  });
  await trail.record({ ...record, subject: actor.subject, agencyOri: actor.agencyOri, documentHash });
}
