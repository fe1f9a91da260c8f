import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { AppError } from './app-error.js';
import { ErrorCode } from './error-code.js';

/** The one place where Neo4j driver errors become API errors; messages never carry Cypher or stack traces. */
export function mapNeo4jError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (!(error instanceof Neo4jError)) {
    return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error');
  }
  const code = error.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly');
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOutClientConfiguration')) {
    return new AppError(ErrorCode.TIMEOUT, 'The query took too long and was stopped');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, 'The write conflicts with an existing record');
  }
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound' || code === 'Neo.ClientError.Statement.SyntaxError') {
    if (/\bgds\./.test(error.message)) {
      return new AppError(
        ErrorCode.GDS_UNAVAILABLE,
        'The connected Neo4j has no Graph Data Science library; network analytics are unavailable',
      );
    }
  }
  if (code.startsWith('Neo.TransientError')) {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is busy; try again shortly');
  }
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error');
}
