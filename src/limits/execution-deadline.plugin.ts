import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../core/context.js';

export const TIMEOUT_MESSAGE = 'The request took too long and was stopped';

/**
 * A whole-request deadline (REQUEST_TIMEOUT_MS from the start of the request). It bounds the
 * request in two ways:
 *  - every statement's transaction timeout is cut to the time left (`meta.deadline`, read by
 *    the gateway), so one slow statement is stopped by Neo4j near the deadline instead of
 *    running for NEO4J_TX_TIMEOUT_MS; it then fails with TIMEOUT (src/errors/neo4j-error.map.ts);
 *  - once the deadline has passed, no further field starts resolving (so no further statement
 *    is sent) and the rest of the answer is null.
 * A timed-out answer carries one TIMEOUT error, not one per field left unresolved.
 */
export function executionDeadlinePlugin(timeoutMs: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const deadline = Date.now() + timeoutMs;
      contextValue.meta.deadline = deadline;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (Date.now() > deadline) throw new AppError(ErrorCode.TIMEOUT, TIMEOUT_MESSAGE);
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = oneTimeout(response.body.singleResult.errors);
          }
        },
      };
    },
  };
}

/** Keeps the first TIMEOUT error and drops the others: a list of 300 identical errors tells a client nothing more. */
function oneTimeout(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  let seen = false;
  return errors.filter((e) => {
    if (e.extensions?.code !== ErrorCode.TIMEOUT) return true;
    if (seen) return false;
    seen = true;
    return true;
  });
}
