import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code.js';

/** An error meant for the client: a code from ErrorCode and, for bad input, the field at fault. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: { field?: string; [key: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });

/**
 * A well-formed argument refused for what only the server knows (who is asking, what is stored):
 * `code` says which (BAD_USER_INPUT for the caller's own mistake, CONFLICT for the stored state,
 * NOT_FOUND for a key naming nothing), `field` names the argument to change. Rules about an
 * argument's shape are declared on the input types instead (src/common/validate-args.ts).
 */
export const refused = (code: ErrorCode, field: string, message: string) => new AppError(code, `${field}: ${message}`, { field });

export const notFound = (kind: string, field: string, key: string) => new AppError(ErrorCode.NOT_FOUND, `No ${kind} with ${field} "${key}"`, { field });
