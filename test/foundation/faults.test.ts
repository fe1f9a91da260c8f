import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j } from '../../neo4j/local-neo4j.js';
import { mintToken } from '../../src/auth/token.js';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/core/logger.js';
import { Role } from '../../src/core/role.js';
import { createDriver, Gateway } from '../../src/db/gateway.js';
import { LocalNeo4jSupervisor } from '../../src/db/local-supervisor.js';
import { migrate } from '../../src/db/migrate.js';
import { RESPONSE_MARGIN_MS, startAppServer, type AppServer } from '../../src/server/http.server.js';
import { prepareWebAssets } from '../../src/web/assets.js';
import { javaPids, waitUntil } from '../support/spawn-service.js';

// A supervised Neo4j of its own, because this file pauses it, kills it, and kills it again while
// it restarts. Short deadlines so that the paused phase stays short.
const REQUEST_TIMEOUT_MS = 2_000;
const READINESS_TIMEOUT_MS = 1_000;
const password = 'faults-test-pw';
let home: string;
let supervisor: LocalNeo4jSupervisor;
let gateway: Gateway;
let app: AppServer;
let token: string;
const logLines: string[] = [];

beforeAll(async () => {
  await prepareWebAssets(() => {});
  home = mkdtempSync(path.join(os.tmpdir(), 'crimegun-faults-'));
  const port = await freePort();
  supervisor = new LocalNeo4jSupervisor({
    // A long transaction timeout: the launcher's own set-up statements must not time out on a loaded machine.
    start: () => startLocalNeo4j({ home, port, password, heap: '512m', pagecache: '64m', txTimeoutMs: 300_000 }),
    log: (m) => logLines.push(m),
    minBackoffMs: 500,
    maxBackoffMs: 2_000,
  });
  const neo4j = await supervisor.start();
  const config = loadConfig({
    NODE_ENV: 'test',
    NEO4J_URI: neo4j.uri,
    NEO4J_PASSWORD: password,
    REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    READINESS_TIMEOUT_MS: String(READINESS_TIMEOUT_MS),
    ANALYSIS_AFTER_INGEST: 'false',
  });
  gateway = new Gateway(createDriver(neo4j.uri, 'neo4j', password), { database: 'neo4j', txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS });
  await migrate(gateway);
  app = await startAppServer({ config, gateway, logger: createLogger('silent'), localNeo4j: () => supervisor.status() }, '127.0.0.1', 0);
  token = await mintToken(config, { subject: 'faults-test', agencyOri: 'NY0303000', roles: [Role.ANALYST] });
});

afterAll(async () => {
  await app?.close();
  await gateway?.close();
  await supervisor?.stop();
  rmSync(home, { recursive: true, force: true });
});

const base = () => app.url.replace('/graphql', '');

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

async function ask() {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ serviceInfo { neo4jVersion } }' }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  return { status: res.status, body, code: body.errors?.[0]?.extensions?.code };
}

async function readyz() {
  // One retry: a pooled keep-alive connection the server has just closed for idleness resets the first try.
  const res = await fetch(`${base()}/readyz`).catch(() => fetch(`${base()}/readyz`));
  return {
    status: res.status,
    body: (await res.json()) as {
      ready: boolean;
      neo4j: boolean;
      localNeo4j?: { state: string; restarts: number; failedAttempts: number; lastError: string | null };
    },
  };
}

/** GET /graphql from a browser: the GraphiQL page. */
async function graphiqlPage() {
  const res = await fetch(`${base()}/graphql`, { headers: { accept: 'text/html' } });
  await res.text();
  return res.status;
}

async function untilAnswered(timeoutMs: number) {
  return waitUntilAsync(async () => (await ask()).body.errors === undefined && (await readyz()).status === 200, timeoutMs);
}

async function waitUntilAsync(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe('faults of the local Neo4j', () => {
  it(
    'paused (SIGSTOP): requests end within REQUEST_TIMEOUT_MS plus the margin, /readyz says 503 in time; both recover on SIGCONT',
    { timeout: 120_000 },
    async () => {
      // Warm first: a cold first statement on a loaded machine may itself outlast the short deadline.
      expect(await untilAnswered(120_000)).toBe(true);
      const pid = supervisor.current!.pid;
      process.kill(pid, 'SIGSTOP');
      try {
        // Several at once: idle pooled connections hang as surely as new ones.
        const answers = await Promise.all([timed(ask), timed(ask), timed(ask), timed(readyz), timed(graphiqlPage)]);
        for (const { value, ms } of answers.slice(0, 3)) {
          const answer = value as Awaited<ReturnType<typeof ask>>;
          expect(['TIMEOUT', 'SERVICE_UNAVAILABLE']).toContain(answer.code);
          // 2 s of slack for event-loop delay on a loaded 2-core machine.
          expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + RESPONSE_MARGIN_MS + 2_000);
        }
        // A page that reads Neo4j (GraphiQL fills its examples with ids of the graph) is answered
        // within the request deadline too: rendered without examples, not held for the statement.
        const pageAnswer = answers[4]!;
        expect(pageAnswer.value).toBe(200);
        expect(pageAnswer.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 2_000);
        const probe = answers[3]!;
        expect((probe.value as Awaited<ReturnType<typeof readyz>>).status).toBe(503);
        expect(probe.ms).toBeLessThan(READINESS_TIMEOUT_MS + 2_000);
        // Still paused: a probe now answers in time too (no pile-up behind the first ping).
        const again = await timed(readyz);
        expect(again.value.status).toBe(503);
        expect(again.ms).toBeLessThan(READINESS_TIMEOUT_MS + 2_000);
        expect((await fetch(`${base()}/healthz`)).status).toBe(200);
      } finally {
        process.kill(pid, 'SIGCONT');
      }
      expect(await untilAnswered(30_000)).toBe(true);
    },
  );

  it('killed, and killed again while restarting: the supervisor keeps trying and the service recovers', { timeout: 400_000 }, async () => {
    const first = supervisor.current!.pid;
    process.kill(first, 'SIGKILL');
    // The restart under way: a new JVM for this home folder that is not yet ready.
    expect(await waitUntil(() => javaPids(home).some((p) => p !== first), 60_000)).toBe(true);
    const second = javaPids(home).find((p) => p !== first)!;
    const during = await readyz();
    expect(during.status).toBe(503);
    expect(['waiting', 'restarting']).toContain(during.body.localNeo4j?.state);
    try {
      process.kill(second, 'SIGKILL');
    } catch {
      // Already gone (it can fail by itself while the killed JVM's port is released): a failed attempt all the same.
    }
    expect(await waitUntil(() => supervisor.status().lastError !== null, 120_000)).toBe(true);
    expect(supervisor.status().failedAttempts).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);

    expect(await waitUntilAsync(async () => supervisor.status().state === 'running', 300_000)).toBe(true);
    expect(await untilAnswered(60_000)).toBe(true);
    const after = await readyz();
    expect(after.body.localNeo4j).toMatchObject({ state: 'running', lastError: null });
    expect(after.body.localNeo4j!.restarts).toBeGreaterThanOrEqual(1);
    expect(logLines.join('\n')).toMatch(/Restarting the local Neo4j failed/);
    expect(javaPids(home)).toEqual([supervisor.current!.pid]);
  });
});
