import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { auditPlugin } from '../audit/audit.plugin.js';
import { AuditTrail } from '../audit/audit-trail.js';
import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { executionDeadlinePlugin } from '../limits/execution-deadline.plugin.js';
import type { RequestContext } from '../core/context.js';
import type { Logger } from '../core/logger.js';

/** Apollo plugins of the running service (audit trail, limits, metrics); tests use the same list. */
export function appPlugins(config: Config, gateway: Gateway, logger: Logger): ApolloServerPlugin<RequestContext>[] {
  return [
    // Apollo's own landing page loads from a CDN; GraphiQL is served from our assets (src/web).
    ApolloServerPluginLandingPageDisabled() as ApolloServerPlugin<RequestContext>,
    // Answers are never cached (personal data, audit: cache-control no-store), so Apollo's
    // cache-control hints would only cost a hook per resolved field (CPU profile of a chart).
    ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<RequestContext>,
    executionDeadlinePlugin(config.REQUEST_TIMEOUT_MS),
    // Sees the formatted answer in willSendResponse and can still withhold it (fail closed).
    auditPlugin(new AuditTrail(gateway, logger)),
  ];
}
