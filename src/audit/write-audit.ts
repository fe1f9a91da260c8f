import type { RequestContext } from '../core/context.js';
import type { CommitHook } from '../db/gateway.js';
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
      pending = newAuditRecord({
        user: ctx.user,
        document: base.document,
        documentId: ctx.documentId ?? null,
        sourceAddress: ctx.sourceAddress,
        operation: base.operation,
        rootFields: base.rootFields,
        personIds: [...ctx.audit.people],
        outcome: AuditOutcome.ALLOWED,
        errorCodes: [],
        wrote: true,
        requestId: ctx.requestId,
        records: ctx.audit.records ? { ...ctx.audit.records } : null,
        part: (parts += 1),
      });
      await trail.recordIn(run, pending);
    },
    afterCommit() {
      if (!pending) return;
      trail.committed(pending);
      (ctx.audit.writeRecords ??= []).push({ id: pending.id, personIds: pending.personIds });
      pending = null;
    },
  };
}

/** People the answer names that no record of the request's writes covers yet. */
export function peopleNotYetRecorded(ctx: RequestContext): string[] {
  const recorded = new Set((ctx.audit.writeRecords ?? []).flatMap((r) => r.personIds));
  return [...ctx.audit.people].filter((p) => !recorded.has(p));
}
