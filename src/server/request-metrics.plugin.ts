import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../core/context.js';
import type { Logger } from '../core/logger.js';
import { boundedOperation, requestDuration } from '../telemetry/service-metrics.js';

/**
 * Times every GraphQL request (crimegun_graphql_request_duration_seconds) and logs one line per
 * request with its request id, the same id the answer carries in X-Request-Id, the audit record
 * stores and every Neo4j transaction of the request carries in its metadata (requestId), so one
 * id follows a request from the HTTP edge through Apollo to Neo4j's query log.
 */
export function requestMetricsPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  const log = logger.child({ channel: 'request' });
  return {
    async requestDidStart(rc) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(end) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const body = end.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : (body.initialResult.errors ?? []);
          const outcome = errors.length ? String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
          const operation = end.operationName ?? rc.request.operationName ?? 'anonymous';
          const type = end.operation?.operation ?? 'unknown';
          requestDuration.observe({ operation: boundedOperation(operation), type, outcome }, seconds);
          log.info(
            {
              requestId: end.contextValue?.requestId,
              operation,
              type,
              outcome,
              status: end.response.http.status ?? 200,
              ms: Math.round(seconds * 1000),
              statements: end.contextValue?.meta.counter.statements,
            },
            'request',
          );
        },
      };
    },
  };
}
