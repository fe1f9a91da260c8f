import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError, badInput, notFound } from '../../../src/errors/app-error.js';
import { ErrorCode } from '../../../src/errors/error-code.js';
import { formatError } from '../../../src/errors/format-error.js';
import { mapNeo4jError } from '../../../src/errors/neo4j-error.map.js';

const neo = (code: string, message = 'boom') => new Neo4jError(message, code, 'N/A', 'N/A');
const codeOf = (e: GraphQLError) => e.extensions.code;

describe('Neo4j errors become API errors', () => {
  it.each([
    ['ServiceUnavailable', ErrorCode.SERVICE_UNAVAILABLE],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', ErrorCode.TIMEOUT],
    ['Neo.TransientError.Transaction.LockClientStopped', ErrorCode.TIMEOUT],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', ErrorCode.CONFLICT],
    ['Neo.TransientError.General.OutOfMemoryError', ErrorCode.SERVICE_UNAVAILABLE],
    ['Neo.ClientError.Statement.ParameterMissing', ErrorCode.INTERNAL_SERVER_ERROR],
  ])('%s -> %s', (code, expected) => {
    expect(codeOf(mapNeo4jError(neo(code)))).toBe(expected);
  });

  it('names a missing GDS library, and only then', () => {
    expect(codeOf(mapNeo4jError(neo('Neo.ClientError.Procedure.ProcedureNotFound', 'There is no procedure gds.louvain.stream')))).toBe(
      ErrorCode.GDS_UNAVAILABLE,
    );
    expect(codeOf(mapNeo4jError(neo('Neo.ClientError.Procedure.ProcedureNotFound', 'There is no procedure apoc.x')))).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });

  it('never puts Cypher in the message, and passes API errors through', () => {
    const mapped = mapNeo4jError(neo('Neo.ClientError.Statement.SyntaxError', 'MATCH (p:Person) RETURN p.secret'));
    expect(mapped.message).toBe('Internal error');
    const own = badInput('state', 'bad');
    expect(mapNeo4jError(own)).toBe(own);
    expect(codeOf(mapNeo4jError(new TypeError('x')))).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });
});

describe('formatError, the last word before a response leaves', () => {
  it('keeps a known code and the field, drops stack and cause', () => {
    const seen: unknown[] = [];
    const out = formatError({ message: 'state: bad', extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'state', stacktrace: ['at x'], cause: 'y' } }, (e) =>
      seen.push(e),
    );
    expect(out.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'state' });
    expect(seen).toHaveLength(0);
  });

  it('hides unknown and internal errors behind a generic message, and reports them', () => {
    const seen: unknown[] = [];
    for (const code of [undefined, 'SOMETHING_ELSE', ErrorCode.INTERNAL_SERVER_ERROR]) {
      const out = formatError({ message: 'secret detail', extensions: code ? { code } : {} }, (e) => seen.push(e));
      expect(out).toMatchObject({ message: 'Internal error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
    }
    expect(seen).toHaveLength(3);
  });

  it("files Apollo's request errors under BAD_REQUEST", () => {
    expect(formatError({ message: 'x', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }, () => {}).extensions?.code).toBe(ErrorCode.BAD_REQUEST);
  });

  it('keeps PERSISTED_QUERY_NOT_FOUND, on which APQ clients retry with the whole document', () => {
    expect(formatError({ message: 'x', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }, () => {}).extensions?.code).toBe(
      ErrorCode.PERSISTED_QUERY_NOT_FOUND,
    );
  });
});

describe('error constructors', () => {
  it('name the field at fault', () => {
    expect(badInput('first', 'too big')).toMatchObject({ message: 'first: too big', extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect(notFound('casing', 'evidenceId', 'E-1')).toBeInstanceOf(AppError);
    expect(notFound('casing', 'evidenceId', 'E-1').extensions).toMatchObject({ code: ErrorCode.NOT_FOUND, field: 'evidenceId' });
  });
});
