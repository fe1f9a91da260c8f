import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-code.js';

const known = new Set<string>(Object.values(ErrorCode));
// PERSISTED_QUERY_NOT_FOUND keeps its code: APQ clients retry with the full document on it.
const APOLLO_REQUEST_ERRORS = new Set(['OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/**
 * The last word on what an error tells the client: a code from ErrorCode, the field at fault
 * when there is one, never a stack trace, and a generic message for anything unexpected.
 */
export function formatError(formatted: GraphQLFormattedError, onUnexpected: (e: GraphQLFormattedError) => void): GraphQLFormattedError {
  const raw = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  // Apollo's own request errors are the client's doing: they belong under BAD_REQUEST.
  const code = APOLLO_REQUEST_ERRORS.has(raw) ? ErrorCode.BAD_REQUEST : raw;
  const { stacktrace: _stack, exception: _exception, http: _http, cause: _cause, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (code === ErrorCode.INTERNAL_SERVER_ERROR || !known.has(code)) {
    onUnexpected(formatted);
    return { message: 'Internal error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
  return { ...formatted, extensions: { ...extensions, code } };
}
