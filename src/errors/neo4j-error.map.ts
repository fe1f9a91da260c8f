import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { AppError } from './app-error.js';
import { ErrorCode } from './error-code.js';

/**
 * Neo4j said "try again" (a deadlock between two transactions, a lock or memory pool momentarily
 * exhausted): the transaction was rolled back and running the same idempotent work again is safe.
 * Bulk writers retry it with backoff (src/db/transient-retry.ts); the API answers SERVICE_UNAVAILABLE.
 */
export class DatabaseBusyError extends AppError {
  constructor(cause: string) {
    super(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is busy; try again shortly', { cause });
  }
}

const POOL_CLOSED = /Pool is closed|driver (has been|is) closed/i;
const ACQUISITION_TIMEOUT = /Connection acquisition timed out/;
/** A full-text index dropped for a bulk load into an empty graph and not yet rebuilt (src/import/search-indexes.data.ts). */
const SEARCH_INDEX_MISSING = /no such fulltext schema index/i;

/** The one place where Neo4j driver errors become API errors; messages never carry Cypher or stack traces. */
export function mapNeo4jError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (!(error instanceof Neo4jError)) {
    return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error', { cause: describe(error) });
  }
  const code = error.code ?? '';
  // The driver's own failures carry no Neo4j code ('N/A'): a closed pool (the service is
  // shutting down) and a pool with no free connection in time (Neo4j not answering) are both
  // "try again", not internal errors.
  if (POOL_CLOSED.test(error.message)) return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The service is shutting down; try again shortly');
  if (ACQUISITION_TIMEOUT.test(error.message)) return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is busy; try again shortly');
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly');
  }
  // A transaction stopped by its timeout shows up under several codes: timed out while
  // running, or while waiting for a lock (LockClientStopped), or terminated.
  if (
    code.includes('TransactionTimedOut') ||
    code === 'Neo.ClientError.Transaction.LockClientStopped' ||
    code === 'Neo.TransientError.Transaction.LockClientStopped' ||
    code === 'Neo.ClientError.Transaction.Terminated' ||
    code === 'Neo.TransientError.Transaction.Terminated'
  ) {
    return new AppError(ErrorCode.TIMEOUT, 'The query took too long and was stopped');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, 'The write conflicts with an existing record');
  }
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound' || code === 'Neo.ClientError.Statement.SyntaxError') {
    if (/\bgds\./.test(error.message)) {
      return new AppError(ErrorCode.GDS_UNAVAILABLE, 'The connected Neo4j has no Graph Data Science library; network analytics are unavailable');
    }
  }
  if (SEARCH_INDEX_MISSING.test(error.message)) {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Search is being rebuilt after a bulk load; try again shortly');
  }
  if (code.startsWith('Neo.TransientError')) {
    // The Neo4j code (deadlock, memory pool, lock timeout…) stays in the log's cause: each needs a different fix.
    return new DatabaseBusyError(describe(error));
  }
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error', { cause: describe(error) });
}

/** Kept in extensions.cause for the server log; formatError drops it before a response leaves. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${'code' in error ? `${String(error.code)} ` : ''}${error.message}` : String(error);
}
