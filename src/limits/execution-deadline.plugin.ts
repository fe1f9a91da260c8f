import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../server/context.js';

/**
 * A whole-request deadline (REQUEST_TIMEOUT_MS from the start of execution). Neo4j's
 * transaction timeout bounds each statement; this bounds their sum: once the deadline has
 * passed, no further field starts resolving (so no further statement is sent) and the rest
 * of the answer is null with TIMEOUT errors.
 */
export function executionDeadlinePlugin(timeoutMs: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          const deadline = Date.now() + timeoutMs;
          return {
            willResolveField() {
              if (Date.now() > deadline) throw new AppError(ErrorCode.TIMEOUT, 'The request took too long and was stopped');
            },
          };
        },
      };
    },
  };
}
