import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Server } from 'node:http';
import { auditPlugin } from '../audit/audit.plugin.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Config } from '../config/config.js';
import type { RequestContext } from '../core/context.js';
import { executionDeadlinePlugin } from '../limits/execution-deadline.plugin.js';

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
  /** How long the drain waits for requests in flight before closing their connections. */
  drainGraceMs?: number;
}): ApolloServerPlugin<RequestContext>[] {
  return [
    operationNamePlugin,
    ...deps.limitPlugins,
    // apollo.stop() stops accepting connections, lets requests in flight finish, then closes idle ones.
    ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer, stopGracePeriodMillis: deps.drainGraceMs }) as ApolloServerPlugin<RequestContext>,
    // Apollo's own landing page loads from a CDN; GraphiQL is served from our assets (src/web).
    ApolloServerPluginLandingPageDisabled() as ApolloServerPlugin<RequestContext>,
    // Answers are never cached (personal data, audit: cache-control no-store), so Apollo's
    // cache-control hints would only cost a hook per resolved field (CPU profile of a chart).
    ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<RequestContext>,
    executionDeadlinePlugin(deps.config.REQUEST_TIMEOUT_MS),
    // Sees the formatted answer in willSendResponse and can still withhold it (fail closed).
    auditPlugin(deps.auditTrail),
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
