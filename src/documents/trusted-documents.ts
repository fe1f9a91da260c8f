import { ErrorCode } from '../errors/error-code.js';
import { documentSha256, type DocumentManifest } from './document-manifest.js';

/** What a GraphQL request names as its document: its text, a hash, or both. */
export interface DocumentRequest {
  query?: unknown;
  /** GraphQL over HTTP persisted documents: `documentId` ("sha256:<hex>" or "<hex>"). */
  documentId?: unknown;
  /** Apollo's automatic persisted queries: `extensions.persistedQuery.sha256Hash`. */
  extensions?: unknown;
}

export type DocumentDecision =
  { kind: 'run'; query: string | undefined; documentId: string | null } | { kind: 'refuse'; status: number; code: ErrorCode; message: string };

function requestedHash(request: DocumentRequest): string | undefined {
  if (typeof request.documentId === 'string') return request.documentId.replace(/^sha256:/, '').toLowerCase();
  const pq = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof pq?.sha256Hash === 'string' ? pq.sha256Hash.toLowerCase() : undefined;
}

/**
 * Trusted documents (OWASP GraphQL cheat sheet: allow-list queries in production). Decided on
 * the request's text and hash only, BEFORE anything parses the document, so an unregistered
 * document costs a hash and no parser, validator or cost analysis.
 *
 * - A hash (APQ or documentId) of a registered document runs that document, in every mode.
 * - When `enforce` (production): a document text runs only if its SHA-256 is registered; a hash
 *   nobody registered is PERSISTED_QUERY_NOT_FOUND (the APQ protocol's answer; the client's
 *   retry with the full text is then refused as UNTRUSTED_DOCUMENT).
 * - Otherwise (development) free-form documents run, and Apollo's own APQ cache serves hashes
 *   it has seen.
 * `documentId` of a run is the registered hash, or null for a free-form document.
 */
export function decideDocument(manifest: DocumentManifest, enforce: boolean, request: DocumentRequest): DocumentDecision {
  const hash = requestedHash(request);
  if (typeof request.query === 'string' && request.query.length > 0) {
    const id = documentSha256(request.query);
    if (manifest.has(id)) return { kind: 'run', query: request.query, documentId: id };
    if (!enforce) return { kind: 'run', query: request.query, documentId: null };
    return {
      kind: 'refuse',
      status: 400,
      code: ErrorCode.UNTRUSTED_DOCUMENT,
      message: 'This service runs only registered documents (trusted documents); register the operation in the deployment manifest',
    };
  }
  if (hash !== undefined) {
    const text = manifest.get(hash);
    if (text !== undefined) return { kind: 'run', query: text, documentId: hash };
    // The APQ protocol's answer and message, so Apollo Client's persisted-query link knows it.
    if (enforce) return { kind: 'refuse', status: 200, code: ErrorCode.PERSISTED_QUERY_NOT_FOUND, message: 'PersistedQueryNotFound' };
  }
  return { kind: 'run', query: undefined, documentId: null };
}
