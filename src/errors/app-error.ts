import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code.js';

/** An error meant for the client: a code from ErrorCode and, for bad input, the field at fault. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: { field?: string; [key: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });

export const notFound = (kind: string, field: string, key: string) => new AppError(ErrorCode.NOT_FOUND, `No ${kind} with ${field} "${key}"`, { field });
