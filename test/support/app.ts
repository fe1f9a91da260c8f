import { inject } from 'vitest';
import { Role, type AuthUser } from '../../src/core/role.js';
import { mintToken } from '../../src/auth/token.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import { createDriver, Gateway } from '../../src/db/gateway.js';
import { startAppServer, type AppServer } from '../../src/server/http.server.js';
import { createLogger } from '../../src/core/logger.js';
import type { TestNeo4j } from '../setup/neo4j.global.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  url: string;
  server: AppServer;
  gateway: Gateway;
  config: Config;
  /** A token for the given roles (default INVESTIGATOR) at agency NY0303000. */
  token(roles?: Role[], user?: Partial<AuthUser>): Promise<string>;
  /**
   * POSTs a typed document (graphql(`...`) from test/generated/graphql/, or a *Document of
   * test/generated/operations.ts; both typed by `npm run codegen` from the committed SDL) with a
   * token for `as` (roles; none when `as` is null) and `user` (subject, agency: default test-user
   * at NY0303000). Result and variables are the document's own types, so a schema change breaks
   * the test at compile time.
   */
  gql<TResult, TVariables>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables: TVariables,
    as?: Role[] | null,
    user?: Partial<AuthUser>,
  ): Promise<GqlResult<TResult>>;
  /**
   * POSTs a document as plain text, untyped. Only for documents that are deliberately invalid or
   * hostile (injection, limits, depth, bad input): codegen would (rightly) reject them.
   */
  gqlRaw(query: string, variables?: Record<string, unknown>, as?: Role[] | null): Promise<GqlResult<Record<string, any>>>;
  close(): Promise<void>;
}

/** The text to send: a typed document string as it is, a typed DocumentNode printed. */
const documentText = (document: DocumentTypeDecoration<unknown, unknown>): string =>
  typeof document === 'object' && 'kind' in document ? print(document as DocumentNode) : String(document);

export function testGateway(): Gateway {
  const db = inject('neo4j');
  return new Gateway(createDriver(db.uri, db.user, db.password), { database: db.database, txTimeoutMs: 60_000 });
}

/** The real server (Apollo, auth, plugins) on a free port against the test run's Neo4j. */
export async function startTestApp(env: Record<string, string> = {}, target?: TestNeo4j): Promise<TestApp> {
  const db = target ?? inject('neo4j');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_URI: db.uri,
    NEO4J_USER: db.user,
    NEO4J_PASSWORD: db.password,
    NEO4J_DATABASE: db.database,
    // Background analysis runs after importRecords would race other tests' reads of stored
    // scores; test/import/analysis-after-ingest.test.ts turns it on.
    ANALYSIS_AFTER_INGEST: 'false',
    ...env,
  });
  const gateway = new Gateway(createDriver(db.uri, db.user, db.password), { database: db.database, txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS });
  // TEST_LOG_LEVEL=error shows the server's own log (unexpected errors with their cause) while debugging a test.
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const server = await startAppServer({ config, gateway, logger }, '127.0.0.1', 0);
  const token = (roles: Role[] = [Role.INVESTIGATOR], user: Partial<AuthUser> = {}) =>
    mintToken(config, { subject: 'test-user', agencyOri: 'NY0303000', roles, ...user });
  const post = async (query: string, variables: unknown, as: Role[] | null, user?: Partial<AuthUser>): Promise<GqlResult> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (as) headers.authorization = `Bearer ${await token(as, user)}`;
    const res = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as GqlResult;
    return { ...body, status: res.status };
  };
  return {
    url: server.url,
    server,
    gateway,
    config,
    token,
    gql: <TResult, TVariables>(document: DocumentTypeDecoration<TResult, TVariables>, variables: TVariables, as?: Role[] | null, user?: Partial<AuthUser>) =>
      post(documentText(document as DocumentTypeDecoration<unknown, unknown>), variables ?? {}, as === undefined ? [Role.INVESTIGATOR] : as, user) as Promise<
        GqlResult<TResult>
      >,
    gqlRaw: (query, variables = {}, as = [Role.INVESTIGATOR]) => post(query, variables, as),
    async close() {
      await server.close();
      await gateway.close();
    },
  };
}
