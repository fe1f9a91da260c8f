import type { ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { AppError } from '../errors/app-error.js';
import type { ErrorCode } from '../errors/error-code.js';

/** Personal data and audit rules forbid caching any API answer. */
export const NO_STORE = { 'cache-control': 'no-store' };

/**
 * An error that ends a GraphQL request before execution (authentication, rate limit), thrown from
 * the context function: Apollo answers it with this HTTP status and headers, and formatError
 * (src/errors/format-error.ts) shapes its body like every other error.
 */
export function httpError(code: ErrorCode, message: string, status: number, headers: Record<string, string> = {}): AppError {
  return new AppError(code, message, { http: { status, headers: new HeaderMap(Object.entries(headers)) } });
}

/**
 * The same `{ errors: [{ message, extensions: { code } }] }` body for the few failures that
 * happen before Apollo has the request (body too large, not JSON, an unexpected crash).
 */
export function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, { ...NO_STORE, ...headers });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
