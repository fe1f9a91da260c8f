import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/config.js';
import { registry } from '../telemetry/service-metrics.js';
import { NO_STORE, sendJson } from './http-errors.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * GET /metrics: the Prometheus text format of src/telemetry/service-metrics.ts.
 * Who may scrape (restricted networks; metrics name operations and statements, never people):
 * with METRICS_TOKEN set, a scraper sending `Authorization: Bearer <METRICS_TOKEN>` from any
 * address; without it, only a scraper on this machine (the connection's own peer address, never
 * X-Forwarded-For, so a proxied client cannot pass for local). Anyone else gets 403.
 */
export function metricsHandler(config: Config) {
  const expected = config.METRICS_TOKEN ? Buffer.from(config.METRICS_TOKEN) : null;
  const allowed = (req: IncomingMessage): boolean => {
    if (!expected) return LOOPBACK.test(req.socket.remoteAddress ?? '');
    const sent = Buffer.from(/^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
    return sent.length === expected.length && timingSafeEqual(sent, expected);
  };
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'GET only' }, { allow: 'GET', ...NO_STORE });
    if (!allowed(req)) return sendJson(res, 403, { error: 'metrics are for the configured scraper only' }, NO_STORE);
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, ...NO_STORE });
    res.end(body);
  };
}
