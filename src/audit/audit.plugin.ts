import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, OperationTypeNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../core/context.js';
import { AuditOutcome, newAuditRecord } from './audit-record.js';
import type { AuditTrail } from './audit-trail.js';

/**
 * Reading the audit trail is itself audited: it tells who was looked at. Opening a saved
 * investigation is too: a case file changes hands by being opened (CJIS AU-2, auditable events).
 */
const AUDITED_ROOT_FIELDS = new Set(['auditEvents', 'openInvestigation']);
const REFUSALS = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.UNAUTHENTICATED]);

export const AUDIT_UNAVAILABLE_MESSAGE = 'The audit trail could not record this request, so its answer is withheld; try again shortly.';

/**
 * Every request that returned, changed or asked for personal data, wrote or asked to write (any
 * mutation), read the audit trail, or was refused leaves an audit record before its answer leaves the server.
 * Fail closed (CJIS audit; brief: "when the audit record cannot be written, the personal
 * data is not returned"): if the record cannot be stored, the answer is replaced by one
 * AUDIT_UNAVAILABLE error and HTTP 503. A write has then already been committed; its record
 * is still in the JSON log (see AuditTrail).
 */
export function auditPlugin(trail: AuditTrail): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
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
