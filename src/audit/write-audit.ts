import type { RequestContext } from '../core/context.js';
import type { CommitHook, TransactionReader } from '../db/gateway.js';
import { AuditOutcome, newAuditRecord, type AuditRecord } from './audit-record.js';
import type { AuditTrail } from './audit-trail.js';

/** What the audit plugin knows of a mutation once its operation is resolved. */
export interface MutationAuditBase {
  document: string | undefined;
  operation: string;
  rootFields: string[];
}

/**
 * The commit hook of a mutation's requests (QueryMeta.commitHook): every write transaction the
 * request runs that changes something carries, in that same transaction, the request's audit
 * record as of that moment (who, what, the people written so far, wrote: true, ALLOWED). So a
 * committed write always has its record and a record never describes a write that rolled back
 * (CJIS AU-3, audit content; AU-9, protection of audit information). The audit plugin writes a
 * further record after the answer only when the answer adds something (people read back, an
 * error, a refusal).
 */
export function writeAuditHook(trail: AuditTrail, ctx: RequestContext, base: MutationAuditBase): CommitHook {
  let pending: AuditRecord | null = null;
  let parts = 0;
  return {
    async beforeCommit(run) {
      // Built afresh on every attempt: the driver may retry the transaction.
      pending = requestRecord(ctx, base, {
        outcome: AuditOutcome.ALLOWED,
        wrote: true,
        records: ctx.audit.records ? { ...ctx.audit.records } : null,
        part: (parts += 1),
      });
      await trail.recordIn(run, pending);
    },
    afterCommit() {
      if (!pending) return;
      trail.committed(pending);
      (ctx.audit.writeRecords ??= []).push({ id: pending.id, personIds: pending.personIds, wrote: true });
      pending = null;
    },
  };
}

/**
 * A query's recorder of reads in the reading transaction (RequestContext.audit.recordReadIn): a
 * statement that shows people (search) runs in a write transaction and, before it commits,
 * stores the request's audit record as of that moment (who, what, the people read so far,
 * wrote: false; DENIED when a personal field was masked). So the answer and its record are one
 * commit: the data is not returned before its read is on record (CJIS AU-3, fail closed), and
 * the answer does not wait for a second transaction. The audit plugin writes a further record
 * after the answer only when the answer adds something (more people, an error, a refusal).
 */
export function readAuditRecorder(trail: AuditTrail, ctx: RequestContext, base: MutationAuditBase) {
  let parts = 0;
  return async (run: TransactionReader): Promise<() => void> => {
    // Built afresh on every call: the driver may retry the transaction.
    const record = requestRecord(ctx, base, {
      outcome: ctx.audit.denied ? AuditOutcome.DENIED : AuditOutcome.ALLOWED,
      wrote: false,
      records: null,
      part: (parts += 1),
    });
    await trail.recordReadIn(run, record);
    return () => {
      trail.committed(record);
      (ctx.audit.writeRecords ??= []).push({ id: record.id, personIds: record.personIds, wrote: false });
    };
  };
}

/** People the answer names that no record of the request's own transactions covers yet. */
export function peopleNotYetRecorded(ctx: RequestContext): string[] {
  const recorded = new Set((ctx.audit.writeRecords ?? []).flatMap((r) => r.personIds));
  return [...ctx.audit.people].filter((p) => !recorded.has(p));
}

/** The request's audit record as of now: who, what, and the people it has read so far. */
function requestRecord(ctx: RequestContext, base: MutationAuditBase, rest: Pick<AuditRecord, 'outcome' | 'wrote' | 'records' | 'part'>): AuditRecord {
  return newAuditRecord({
    user: ctx.user,
    document: base.document,
    documentId: ctx.documentId ?? null,
    sourceAddress: ctx.sourceAddress,
    operation: base.operation,
    rootFields: base.rootFields,
    personIds: [...ctx.audit.people],
    errorCodes: [],
    requestId: ctx.requestId,
    ...rest,
  });
}
