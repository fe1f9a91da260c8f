import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AuditOutcome, newAuditRecord } from '../audit/audit-record.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { TokenVerifier } from '../auth/token.js';
import type { Config } from '../config/config.js';
import { createContext, type AnalysisTrigger, type RequestContext } from '../core/context.js';
import type { AuthUser } from '../core/role.js';
import type { Gateway } from '../db/gateway.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { RateLimiter } from '../limits/rate-limiter.js';
import { precheckDocument } from '../limits/document-precheck.js';
import { QUERY_REJECTED_MESSAGE } from '../limits/query-limits.js';
import { httpError, NO_STORE } from './http-errors.js';

export interface ContextDeps {
  config: Config;
  gateway: Gateway;
  verifier: TokenVerifier;
  limiter: RateLimiter;
  auditTrail: AuditTrail;
  analysis?: AnalysisTrigger;
}

/** What the HTTP layer knows of a request before Apollo reads it. */
export interface HttpRequestInfo {
  req: IncomingMessage;
  requestId: string;
  sourceAddress: string;
  /** The GraphQL document and operation name as sent (for the audit record of a refusal). */
  document: string | null;
  operation: string;
  /** The registered document's id (src/documents), null when the request is not registered. */
  documentId: string | null;
  /** Set when trusted documents refuse the request (production runs registered documents only). */
  refusal?: { status: number; code: ErrorCode; message: string };
}

/**
 * Apollo's context function: authenticates the bearer token, spends the caller's rate-limit
 * budget and builds the request context. A refusal ends the request here with its HTTP status
 * (401, 429, 503), and is put on the audit trail (CJIS: failed access attempts are audited).
 */
export function contextFunction(deps: ContextDeps) {
  return async (info: HttpRequestInfo): Promise<RequestContext> => {
    const { config, gateway, limiter, analysis } = deps;
    let user: AuthUser;
    try {
      user = await authenticate(info.req.headers.authorization, deps.verifier);
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError(ErrorCode.UNAUTHENTICATED, 'Authentication failed');
      const code = String(appError.extensions.code) as ErrorCode;
      if (code === ErrorCode.SERVICE_UNAVAILABLE) throw httpError(code, appError.message, 503, NO_STORE);
      // Requests without a valid token spend a bucket per source address, so a flood of bad
      // tokens cannot fill the audit trail either (src/limits/rate-limiter.ts).
      rateLimit(limiter, `address:${info.sourceAddress}`);
      await deps.auditTrail.record(refusal(info, null, code)).catch(() => {}); // logged by AuditTrail; nothing to withhold
      throw httpError(code, appError.message, 401, { 'www-authenticate': 'Bearer', ...NO_STORE });
    }
    rateLimit(limiter, `subject:${user.subject}`);
    if (info.refusal) {
      await deps.auditTrail.record(refusal(info, user, info.refusal.code)).catch(() => {});
      throw httpError(info.refusal.code, info.refusal.message, info.refusal.status, NO_STORE);
    }
    // Token count and nesting, lexed before Apollo parses: no document can exhaust the parser's stack.
    const limit = info.document ? precheckDocument(info.document, config.LIMIT_MAX_TOKENS) : null;
    if (limit) {
      const error = httpError(ErrorCode.QUERY_REJECTED, QUERY_REJECTED_MESSAGE, 400, NO_STORE);
      error.extensions.limit = limit;
      throw error;
    }
    return createContext({ requestId: info.requestId, documentId: info.documentId, user, sourceAddress: info.sourceAddress, config, gateway, analysis });
  };
}

/** 429 with Retry-After; the budget itself is not stated (docs/security.md). */
function rateLimit(limiter: RateLimiter, key: string): void {
  const wait = limiter.take(key);
  if (wait) {
    throw httpError(ErrorCode.RATE_LIMITED, 'Too many requests; slow down and retry after the time in Retry-After', 429, {
      'retry-after': String(wait),
      ...NO_STORE,
    });
  }
}

async function authenticate(header: string | undefined, verifier: TokenVerifier): Promise<AuthUser> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new AppError(ErrorCode.UNAUTHENTICATED, 'A bearer token is required (Authorization: Bearer <token>)');
  return verifier(match[1]!);
}

function refusal(info: HttpRequestInfo, user: AuthUser | null, code: string) {
  return newAuditRecord({
    user,
    document: info.document,
    sourceAddress: info.sourceAddress,
    operation: info.operation,
    rootFields: [],
    personIds: [],
    outcome: AuditOutcome.DENIED,
    errorCodes: [code],
    wrote: false,
    requestId: randomUUID(),
  });
}
