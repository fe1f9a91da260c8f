import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, OperationTypeNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../core/context.js';
import { AuditOutcome, newAuditRecord } from './audit-record.js';
import type { AuditTrail } from './audit-trail.js';
import { peopleNotYetRecorded, readAuditRecorder, writeAuditHook } from './write-audit.js';

/**
 * Reading the audit trail is itself audited: it tells who was looked at. Opening a saved
 * investigation is too: a case file changes hands by being opened (CJIS AU-2, auditable events).
 */
const AUDITED_ROOT_FIELDS = new Set(['auditEvents', 'openInvestigation']);
const REFUSALS = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.UNAUTHENTICATED]);

export const AUDIT_UNAVAILABLE_MESSAGE = 'The audit trail could not record this request, so its answer is withheld; try again shortly.';
export const COMMITTED_ANSWER_WITHHELD_MESSAGE =
  'Your change was saved, with its audit record, but the personal data in the answer could not be recorded as read, so the answer is withheld; read it again shortly.';

/**
 * Every request that returned, changed or asked for personal data, wrote or asked to write (any
 * mutation), read the audit trail, or was refused leaves an audit record before its answer leaves the server.
 * - A mutation's writes carry their record in their own transaction (write-audit.ts): no write
 *   without its record, no record without its write. After the answer a further record is
 *   written only when the answer adds something to what is on record.
 * - Reads fail closed (CJIS audit: personal data is not returned unrecorded): if the record
 *   cannot be stored, the answer is replaced by one AUDIT_UNAVAILABLE error and HTTP 503. A
 *   read may instead store its record in the very transaction that read the people
 *   (RequestContext.audit.recordReadIn, used by search): one commit for both, and no answer
 *   unless it committed; after the answer a further record is written only when the answer
 *   adds something to what is on record.
 * - A mutation's answer is withheld only when it carries personal data not yet on record; a
 *   failed mutation keeps its own error (SERVICE_UNAVAILABLE during an outage), its record in the log.
 */
export function auditPlugin(trail: AuditTrail): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          const base = {
            document: rc.source,
            operation: rc.operationName ?? rc.request.operationName ?? 'anonymous',
            rootFields: rc.operation ? rootFieldNames(rc.operation, rc.document) : [],
          };
          if (rc.operation?.operation === OperationTypeNode.MUTATION) rc.contextValue.meta.commitHook = writeAuditHook(trail, rc.contextValue, base);
          else if (rc.operation?.operation === OperationTypeNode.QUERY) rc.contextValue.audit.recordReadIn = readAuditRecorder(trail, rc.contextValue, base);
        },
        async willSendResponse(rc) {
          const ctx = rc.contextValue;
          const errorCodes = responseErrorCodes(rc);
          const rootFields = rc.operation ? rootFieldNames(rc.operation, rc.document) : [];
          const refused = errorCodes.some((c) => REFUSALS.has(c));
          // Every mutation is on record whatever its outcome (a write refused, rejected or
          // timed out too), not only those that wrote.
          const mutation = rc.operation?.operation === OperationTypeNode.MUTATION;
          const needed =
            mutation || ctx.audit.people.size > 0 || ctx.audit.wrote || ctx.audit.denied || refused || rootFields.some((f) => AUDITED_ROOT_FIELDS.has(f));
          if (!needed) return;
          const outcome = refused || ctx.audit.denied ? AuditOutcome.DENIED : errorCodes.length ? AuditOutcome.ERROR : AuditOutcome.ALLOWED;
          const written = ctx.audit.writeRecords ?? [];
          const unrecorded = peopleNotYetRecorded(ctx);
          // The records in the request's own transactions already say all of it: nothing more to record.
          if (written.length && outcome === AuditOutcome.ALLOWED && unrecorded.length === 0) return;
          const record = newAuditRecord({
            user: ctx.user,
            document: rc.source,
            documentId: ctx.documentId ?? null,
            sourceAddress: ctx.sourceAddress,
            operation: rc.operationName ?? rc.request.operationName ?? 'anonymous',
            rootFields,
            personIds: [...ctx.audit.people],
            outcome,
            errorCodes: [...new Set(errorCodes)],
            wrote: ctx.audit.wrote,
            requestId: ctx.requestId,
            records: ctx.audit.records ?? null,
          });
          try {
            await trail.record(record);
          } catch {
            if (mutation && !(unrecorded.length && answerCarriesData(rc))) return; // nothing unrecorded leaves; the record is in the log
            if (written.some((r) => r.wrote)) {
              rc.response.body = {
                kind: 'single',
                singleResult: {
                  errors: [{ message: COMMITTED_ANSWER_WITHHELD_MESSAGE, extensions: { code: ErrorCode.AUDIT_UNAVAILABLE, committed: true } }],
                },
              };
              rc.response.http.status = 200;
              return;
            }
            rc.response.body = {
              kind: 'single',
              singleResult: { errors: [{ message: AUDIT_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.AUDIT_UNAVAILABLE } }] },
            };
            rc.response.http.status = 503;
          }
        },
      };
    },
  };
}

/** True when some root field of the answer is not null. */
function answerCarriesData(rc: GraphQLRequestContextWillSendResponse<RequestContext>): boolean {
  const body = rc.response.body;
  const data = body.kind === 'single' ? body.singleResult.data : body.initialResult.data;
  return Object.values(data ?? {}).some((v) => v !== null && v !== undefined);
}

function responseErrorCodes(rc: GraphQLRequestContextWillSendResponse<RequestContext>): string[] {
  const body = rc.response.body;
  const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : (body.initialResult.errors ?? []);
  return errors.map((e) => String(e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
}

/** Top-level field names of the operation, through inline fragments and fragment spreads. */
function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode | undefined): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document?.definitions ?? []) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...names].sort();
}
