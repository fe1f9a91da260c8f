import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { AuditOutcome, newAuditRecord } from '../audit/audit-record.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuthUser } from '../core/role.js';
import { createTokenVerifier, type TokenVerifier } from '../auth/token.js';
import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { isMigrated } from '../db/migrate.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { formatError } from '../errors/format-error.js';
import { queryLimitOptions } from '../limits/query-limits.js';
import { RateLimiter } from '../limits/rate-limiter.js';
import { buildAppSchema } from '../schema/build-schema.js';
import { webRoutes } from '../web/web.routes.js';
import { createContext, type RequestContext } from '../core/context.js';
import { clientAddressOf } from '../config/client-address.js';
import { BodyTooLarge, readBody } from './http-body.js';
import type { Logger } from '../core/logger.js';
import { AnalysisScheduler } from '../analysis/analysis.scheduler.js';

export interface AppServerDeps {
  config: Config;
  gateway: Gateway;
  logger: Logger;
  /** Apollo plugins added by other areas (audit, limits, metrics). */
  plugins?: ApolloServerPlugin<RequestContext>[];
  verifier?: TokenVerifier;
}

export interface AppServer {
  url: string;
  port: number;
  apollo: ApolloServer<RequestContext>;
  /** Re-runs the analysis job after API writes; undefined when ANALYSIS_AFTER_INGEST is off. */
  analysis: AnalysisScheduler | undefined;
  /** Stops accepting connections, lets requests in flight finish, then stops Apollo and any analysis run. */
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

/** Personal data and audit rules forbid caching any API answer. */
const NO_STORE = { 'cache-control': 'no-store' };

export async function startAppServer(deps: AppServerDeps, host: string, port: number): Promise<AppServer> {
  const { config, gateway, logger } = deps;
  const verifier = deps.verifier ?? createTokenVerifier(config);
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
    plugins: [operationNamePlugin, ...(limitPlugins as ApolloServerPlugin<RequestContext>[]), ...(deps.plugins ?? [])],
  });
  await apollo.start();

  const routes = webRoutes(config, gateway);
  // Per token subject; requests without a valid token spend a bucket per source address,
  // so a flood of bad tokens cannot fill the audit trail either (src/limits/rate-limiter.ts).
  const limiter = new RateLimiter(config.RATE_LIMIT_PER_MINUTE);
  // Scores and networks follow API writes (importRecords) as they follow file imports.
  const analysis = config.ANALYSIS_AFTER_INGEST ? new AnalysisScheduler(gateway, config.ANALYSIS_AFTER_INGEST_MS, logger) : undefined;
  const auditTrail = new AuditTrail(gateway, logger);
  // TRUST_PROXY: off, the connection's peer; behind a reverse proxy, the client it forwarded for.
  const clientAddress = clientAddressOf(config.TRUST_PROXY);
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) json(res, 500, { errors: [{ message: 'Internal error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
      else res.end();
    });
  });
  server.requestTimeout = config.REQUEST_TIMEOUT_MS;
  server.headersTimeout = Math.min(config.REQUEST_TIMEOUT_MS, 60_000);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return json(res, 200, { status: 'ok' }, NO_STORE);
    if (url.pathname === '/readyz') return readiness(res);
    if (url.pathname === '/graphql') return graphql(req, res, url);
    const route = routes.find(
      (r) => r.method === req.method && (r.path.endsWith('/') ? url.pathname.startsWith(r.path) : url.pathname === r.path),
    );
    if (route) return route.handle(req, res, url);
    json(res, 404, { error: 'not found' });
  }

  async function readiness(res: ServerResponse) {
    const neo4j = await gateway.ping();
    const migrations = neo4j ? await isMigrated(gateway).catch(() => false) : false;
    json(res, neo4j && migrations ? 200 : 503, { ready: neo4j && migrations, neo4j, migrations }, NO_STORE);
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
        if (error instanceof BodyTooLarge) return json(res, 413, errorBody(ErrorCode.BAD_REQUEST, 'Request body too large'));
        throw error;
      }
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return json(res, 400, errorBody(ErrorCode.BAD_REQUEST, 'Request body is not valid JSON'));
      }
    }

    const sourceAddress = clientAddress(req);
    let user: AuthUser;
    try {
      user = await authenticate(req.headers.authorization, verifier);
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError(ErrorCode.UNAUTHENTICATED, 'Authentication failed');
      const code = String(appError.extensions.code);
      if (code === ErrorCode.SERVICE_UNAVAILABLE) return json(res, 503, errorBody(code, appError.message), NO_STORE);
      const wait = limiter.take(`address:${sourceAddress}`);
      if (wait) return rateLimited(res, wait);
      // A refused request is on record too (CJIS audit: failed access attempts).
      const document = (body as { query?: unknown } | undefined)?.query ?? url.searchParams.get('query');
      await auditTrail
        .record(
          newAuditRecord({
            user: null,
            document: typeof document === 'string' ? document : null,
            sourceAddress,
            operation: operationNameOf(body, url),
            rootFields: [],
            personIds: [],
            outcome: AuditOutcome.DENIED,
            errorCodes: [code],
            wrote: false,
            requestId: randomUUID(),
          }),
        )
        .catch(() => {}); // logged by AuditTrail; nothing to withhold from a refused request
      return json(res, 401, errorBody(code, appError.message), { 'www-authenticate': 'Bearer', ...NO_STORE });
    }
    const wait = limiter.take(`subject:${user.subject}`);
    if (wait) return rateLimited(res, wait);

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () =>
        createContext({ requestId, user, sourceAddress, config, gateway, analysis }),
    });
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
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await analysis?.stop();
    },
  };
}

function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** 429 with Retry-After; the budget itself is not stated (docs/security.md). */
function rateLimited(res: ServerResponse, waitSeconds: number) {
  json(res, 429, errorBody(ErrorCode.RATE_LIMITED, 'Too many requests; slow down and retry after the time in Retry-After'), {
    'retry-after': String(waitSeconds),
    ...NO_STORE,
  });
}

function operationNameOf(body: unknown, url: URL): string {
  const name = (body as { operationName?: unknown } | undefined)?.operationName ?? url.searchParams.get('operationName');
  return typeof name === 'string' && name ? name.slice(0, 200) : 'anonymous';
}

async function authenticate(header: string | undefined, verifier: TokenVerifier): Promise<AuthUser> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new AppError(ErrorCode.UNAUTHENTICATED, 'A bearer token is required (Authorization: Bearer <token>)');
  return verifier(match[1]!);
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
