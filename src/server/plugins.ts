import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Server } from 'node:http';
import { auditPlugin } from '../audit/audit.plugin.js';
import { nullArgumentPlugin } from '../common/null-arguments.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Config } from '../config/config.js';
import type { RequestContext } from '../core/context.js';
import { executionDeadlinePlugin } from '../limits/execution-deadline.plugin.js';
import type { Logger } from '../core/logger.js';
import { requestMetricsPlugin } from './request-metrics.plugin.js';

/**
 * THE plugin list of every Apollo server this service builds (npm start, tests, benchmarks):
 * built here and only here, so no server runs without the audit trail. `limitPlugins` come
 * with the query-limit options (src/limits/query-limits.ts).
 */
export function appPlugins(deps: {
  config: Config;
  auditTrail: AuditTrail;
  httpServer: Server;
  limitPlugins: ApolloServerPlugin<RequestContext>[];
  logger: Logger;
  /** How long the drain waits for requests in flight before closing their connections. */
  drainGraceMs?: number;
}): ApolloServerPlugin<RequestContext>[] {
  return [
    operationNamePlugin,
    ...deps.limitPlugins,
    // A null variable for a non-null argument with a default: BAD_USER_INPUT naming it, not an internal error.
    nullArgumentPlugin as ApolloServerPlugin<RequestContext>,
    // apollo.stop() stops accepting connections, lets requests in flight finish, then closes idle ones.
    ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer, stopGracePeriodMillis: deps.drainGraceMs }) as ApolloServerPlugin<RequestContext>,
    // Apollo's own landing page loads from a CDN; GraphiQL is served from our assets (src/web).
    ApolloServerPluginLandingPageDisabled() as ApolloServerPlugin<RequestContext>,
    // Answers are never cached (personal data, audit: cache-control no-store), so Apollo's
    // cache-control hints would only cost a hook per resolved field (CPU profile of a chart).
    ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<RequestContext>,
    executionDeadlinePlugin(deps.config.REQUEST_TIMEOUT_MS),
    requestReadsPlugin,
    // Sees the formatted answer in willSendResponse and can still withhold it (fail closed).
    auditPlugin(deps.auditTrail),
    // Times and logs each request (Apollo runs willSendResponse hooks side by side, so the outcome
    // is the answer's own, before any audit replacement; the audit counters show those).
    requestMetricsPlugin(deps.logger),
  ];
}

/** Names the operation in transaction metadata and logs once it is known. */
const operationNamePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operationName }) {
        contextValue.meta.operation = operationName ?? 'anonymous';
      },
    };
  },
};

/**
 * One read transaction per query (src/db/request-reads.ts): opened lazily by the first statement
 * once the operation is known to be a query, ended when the answer goes out. Mutations and
 * subscriptions keep one transaction per statement (their reads must see their own writes).
 */
const requestReadsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (operation?.operation === 'query') contextValue.meta.reads = contextValue.gateway.requestReads(contextValue.meta);
      },
      async willSendResponse({ contextValue }) {
        const reads = contextValue.meta.reads;
        contextValue.meta.reads = undefined;
        reads?.end();
      },
    };
  },
};
