import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AnalysisScheduler } from '../analysis/analysis.scheduler.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { createTokenVerifier, type TokenVerifier } from '../auth/token.js';
import { clientAddressOf } from '../config/client-address.js';
import type { Config } from '../config/config.js';
import type { RequestContext } from '../core/context.js';
import type { Logger } from '../core/logger.js';
import type { Gateway } from '../db/gateway.js';
import { ErrorCode } from '../errors/error-code.js';
import { formatError } from '../errors/format-error.js';
import { queryLimitOptions } from '../limits/query-limits.js';
import { RateLimiter } from '../limits/rate-limiter.js';
import { buildAppSchema } from '../schema/build-schema.js';
import { webRoutes, type WebRoute } from '../web/web.routes.js';
import { BodyTooLarge, readBody } from './http-body.js';
import { NO_STORE, sendError, sendJson } from './http-errors.js';
import { appPlugins } from './plugins.js';
import { contextFunction, type HttpRequestInfo } from './request-context.js';
import { attachSubscriptions } from '../subscription/subscription.server.js';
import { trustedDocuments } from '../documents/trusted-documents.http.js';
import { metricsHandler } from './metrics.http.js';
import type { LocalNeo4jStatus } from '../db/local-supervisor.js';
import { withServiceDeadline } from '../db/service-deadline.js';
import { TIMEOUT_MESSAGE } from '../limits/execution-deadline.plugin.js';
import { readinessProbe } from './readiness.js';
import { ShutdownGate } from './shutdown-gate.js';

/**
 * Every GraphQL request is answered within REQUEST_TIMEOUT_MS plus this margin, whatever Neo4j
 * does: statements give up STATEMENT_GRACE_MS (2 s) past the deadline (src/db/service-deadline.ts),
 * and if the answer is still not ready (say, the audit record cannot be written to a paused
 * Neo4j) the server answers 504 TIMEOUT itself (docs/operations.md, "Deadlines").
 */
export const RESPONSE_MARGIN_MS = 3_000;

export interface AppServerDeps {
  config: Config;
  gateway: Gateway;
  logger: Logger;
  verifier?: TokenVerifier;
  /** Where audit records are written: the service's own database unless a test points it elsewhere. */
  auditGateway?: Gateway;
  /** The local Neo4j's supervision state, for /readyz and /healthz (absent with NEO4J_URI). */
  localNeo4j?: () => LocalNeo4jStatus;
}

export interface AppServer {
  url: string;
  port: number;
  apollo: ApolloServer<RequestContext>;
  /** Re-runs the analysis job after API writes; undefined when ANALYSIS_AFTER_INGEST is off. */
  analysis: AnalysisScheduler | undefined;
  /**
   * Stops accepting connections and requests (keep-alive ones included: answered 503, and every
   * answer in flight says Connection: close), lets requests in flight finish (Apollo's drain
   * plugin; each is bounded by REQUEST_TIMEOUT_MS + RESPONSE_MARGIN_MS), then stops any analysis run.
   */
  close(): Promise<void>;
}

/**
 * The service over node:http: health and readiness, the pages of src/web, and /graphql through
 * Apollo. Authentication and rate limits run in Apollo's context function (request-context.ts);
 * the plugin list comes from plugins.ts only; formatError shapes every GraphQL error.
 */
export async function startAppServer(deps: AppServerDeps, host: string, port: number): Promise<AppServer> {
  const { config, gateway, logger } = deps;
  const routes = webRoutes(config, gateway);
  // Scores and networks follow API writes (importRecords) as they follow file imports.
  const analysis = config.ANALYSIS_AFTER_INGEST ? new AnalysisScheduler(gateway, config.ANALYSIS_AFTER_INGEST_MS, logger) : undefined;
  const auditTrail = new AuditTrail(deps.auditGateway ?? gateway, logger);
  const verifier = deps.verifier ?? createTokenVerifier(config);
  const context = contextFunction({
    config,
    gateway,
    verifier,
    // Per token subject, or per source address for requests without a valid token.
    limiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE),
    auditTrail,
    analysis,
  });
  // TRUST_PROXY: off, the connection's peer; behind a reverse proxy, the client it forwarded for.
  const clientAddress = clientAddressOf(config.TRUST_PROXY);
  // Registered documents; in production the only ones that run (src/documents).
  const documents = trustedDocuments(config);
  // Prometheus metrics for the configured scraper (docs/operations-metrics.md).
  const metrics = metricsHandler(config);

  const gate = new ShutdownGate();
  const ready = readinessProbe({ gateway, timeoutMs: config.READINESS_TIMEOUT_MS, localNeo4j: deps.localNeo4j, stopping: () => gate.isStopping });
  const server = http.createServer((req, res) => {
    if (!gate.admit(req, res, req.url === '/healthz' || req.url === '/readyz')) return;
    handle(req, res).catch((error) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error');
      else res.end();
    });
  });
  server.requestTimeout = config.REQUEST_TIMEOUT_MS;
  server.headersTimeout = Math.min(config.REQUEST_TIMEOUT_MS, 60_000);

  // Depth, alias, cost, token and directive limits; suggestions hidden (src/limits).
  const { plugins: limitPlugins, ...limits } = queryLimitOptions(config);
  const apollo = new ApolloServer<RequestContext>({
    ...limits,
    schema: await buildAppSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // src/main.ts handles SIGINT/SIGTERM and stops Apollo in order; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    formatError: (formatted) => formatError(formatted, (e) => logger.error({ error: e }, 'unexpected error')),
    plugins: appPlugins({
      config,
      auditTrail,
      httpServer: server,
      limitPlugins: limitPlugins as ApolloServerPlugin<RequestContext>[],
      // Every request in flight is answered within this (see RESPONSE_MARGIN_MS), so the drain never cuts one off.
      drainGraceMs: config.REQUEST_TIMEOUT_MS + RESPONSE_MARGIN_MS + 1_000,
      logger,
    }),
  });
  await apollo.start();

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return health(res);
    if (url.pathname === '/readyz') return readiness(res);
    if (url.pathname === '/metrics') return metrics(req, res);
    if (url.pathname === '/graphql') return graphql(req, res, url);
    // HEAD asks what GET would answer, without the body (RFC 9110 §9.3.2; node:http drops the body).
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const route = routes.find((r) => r.method === method && (r.path.endsWith('/') ? url.pathname.startsWith(r.path) : url.pathname === r.path));
    if (route) return pageInTime(route, req, res, url);
    sendJson(res, 404, { error: 'not found' });
  }

  /**
   * Pages and assets beside /graphql end within the same bound as a GraphQL request
   * (REQUEST_TIMEOUT_MS + RESPONSE_MARGIN_MS): a page that has not answered by then gets 504
   * TIMEOUT; what it writes later is dropped.
   */
  async function pageInTime(route: WebRoute, req: IncomingMessage, res: ServerResponse, url: URL) {
    try {
      await withServiceDeadline(Promise.resolve(route.handle(req, res, url)), config.REQUEST_TIMEOUT_MS + RESPONSE_MARGIN_MS);
    } catch (error) {
      if (String((error as { extensions?: { code?: unknown } }).extensions?.code) !== ErrorCode.TIMEOUT || res.headersSent) throw error;
      logger.warn({ path: url.pathname }, 'page not answered in time; answered 504 TIMEOUT');
      sendError(res, 504, ErrorCode.TIMEOUT, TIMEOUT_MESSAGE);
    }
  }

  async function readiness(res: ServerResponse) {
    const { status, body } = await ready();
    sendJson(res, status, body, NO_STORE);
  }

  /** Alive unless the service cannot recover by itself (the local Neo4j cannot be started again): then a supervisor should step in. */
  function health(res: ServerResponse) {
    const local = deps.localNeo4j?.();
    if (local && !local.recoverable) return sendJson(res, 503, { status: 'unrecoverable', localNeo4j: local }, NO_STORE);
    sendJson(res, 200, { status: 'ok' }, NO_STORE);
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL) {
    const page = routes.find((r) => r.path === '/graphql' && r.method === 'GET');
    const wantsPage = req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
    if (wantsPage && page && config.graphiql) return page.handle(req, res, url);

    let body: unknown;
    if (req.method === 'POST') {
      let raw: string;
      try {
        raw = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLarge) return refuseTooLarge(req, res);
        throw error;
      }
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return sendError(res, 400, ErrorCode.BAD_REQUEST, 'Request body is not valid JSON');
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
    const document = (body as { query?: unknown } | undefined)?.query ?? url.searchParams.get('query');
    // Trusted documents: decided on the text or hash alone, before anything parses the document;
    // a refusal is answered by the context function, after the caller is authenticated.
    const trusted = documents.decide(req.method ?? 'GET', body, url);
    const info: HttpRequestInfo = {
      req,
      requestId,
      sourceAddress: clientAddress(req),
      document: typeof document === 'string' ? document : null,
      operation: operationNameOf(body, url),
      documentId: trusted.kind === 'run' ? trusted.documentId : null,
      refusal: trusted.kind === 'refuse' ? trusted : undefined,
    };
    const answer = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest:
        trusted.kind === 'run'
          ? { method: req.method ?? 'GET', headers, search: trusted.search, body: trusted.body }
          : { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => context(info),
    });
    let result: Awaited<typeof answer>;
    try {
      result = await withServiceDeadline(answer, config.REQUEST_TIMEOUT_MS + RESPONSE_MARGIN_MS);
    } catch (error) {
      if (String((error as { extensions?: { code?: unknown } }).extensions?.code) !== ErrorCode.TIMEOUT) throw error;
      // The request goes on in the background (its audit record is still written, or logged); its answer is dropped.
      logger.warn({ requestId }, 'request not answered in time; answered 504 TIMEOUT');
      return sendError(res, 504, ErrorCode.TIMEOUT, TIMEOUT_MESSAGE, { 'x-request-id': requestId });
    }
    const out: Record<string, string> = { ...NO_STORE, 'x-request-id': requestId };
    for (const [key, value] of result.headers) out[key] = value;
    res.writeHead(result.status ?? 200, out);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  // GraphQL subscriptions (graphql-ws) on the same port and path, same token, limits and audit.
  const subscriptions = await attachSubscriptions(server, { schema: await buildAppSchema(), config, gateway, logger, verifier, clientAddress });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is already in use; set PORT to a free port.`) : error),
    );
    server.listen(port, host, resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}/graphql`,
    port: actual,
    apollo,
    analysis,
    async close() {
      gate.begin(server);
      // WebSocket subscribers first (their sockets would keep the HTTP server open), then the
      // drain plugin closes the HTTP server and waits for requests in flight.
      await subscriptions.close();
      await apollo.stop();
      await analysis?.stop();
    },
  };
}

/**
 * 413 with the coded body, then the connection closes (the rest of the upload is not read). The
 * answer is written first: destroying the socket at once would reach the client as a reset, not
 * as the answer. A client still uploading after a short grace is cut off.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse) {
  sendError(res, 413, ErrorCode.BAD_REQUEST, 'Request body too large; the limit is 1 MB', { connection: 'close' });
  res.once('finish', () => setTimeout(() => req.socket.destroy(), 2_000).unref());
}

function operationNameOf(body: unknown, url: URL): string {
  const name = (body as { operationName?: unknown } | undefined)?.operationName ?? url.searchParams.get('operationName');
  return typeof name === 'string' && name ? name.slice(0, 200) : 'anonymous';
}
