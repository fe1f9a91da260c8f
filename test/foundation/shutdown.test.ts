import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../neo4j/local-neo4j.js';
import { mintToken } from '../../src/auth/token.js';
import { loadConfig } from '../../src/config/config.js';
import { Role } from '../../src/core/role.js';
import { onRunNeo4j, spawnService, type SpawnedService } from '../support/spawn-service.js';

// `npm start` as its own process on the run's Neo4j: a fresh process (cold parser) for the deep
// document, then a shutdown under load over keep-alive connections.
let service: SpawnedService;
let url: string;
let token: string;

beforeAll(async () => {
  const db = inject('neo4j');
  const port = await freePort();
  service = spawnService({ ...onRunNeo4j(db, port), RATE_LIMIT_PER_MINUTE: '1000000' });
  await service.waitFor(/crimegun-graph ready/, 300_000);
  url = `http://127.0.0.1:${port}/graphql`;
  token = await mintToken(loadConfig({}), { subject: 'shutdown-test', agencyOri: 'NY0303000', roles: [Role.ANALYST] });
});

afterAll(() => {
  if (service.child.exitCode === null) service.child.kill('SIGKILL');
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body });

describe('limits on a fresh process, and shutdown under load', () => {
  it('a 2,000-level nested document on a cold process is QUERY_REJECTED, not a parser stack overflow', async () => {
    const query = `query Deep { ${'serviceInfo { '.repeat(2_000)}neo4jVersion${' }'.repeat(2_000)} }`;
    const res = await post(JSON.stringify({ query }));
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(res.status).toBe(400);
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'QUERY_REJECTED' });
    expect(['DEPTH', 'TOKENS']).toContain(body.errors[0]!.extensions.limit);
    expect(JSON.stringify(body)).not.toMatch(/call stack/i);
  });

  it('a body over 1 MB is answered 413 with a coded error, and the connection closes', async () => {
    const res = await post(JSON.stringify({ query: `{ serviceInfo { neo4jVersion } } #${'x'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    // The service is still there.
    expect((await post(JSON.stringify({ query: '{ serviceInfo { neo4jVersion } }' }))).status).toBe(200);
  });

  it('SIGTERM under load on keep-alive connections: every answer is data or a coded SERVICE_UNAVAILABLE, then exit 0', { timeout: 120_000 }, async () => {
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    let stopAt = Infinity;
    const worker = async () => {
      // fetch keeps connections alive by default (undici's pool).
      for (;;) {
        try {
          const res = await post(JSON.stringify({ query: '{ serviceInfo { neo4jVersion gdsVersion } }' }));
          const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
          count(`${res.status} ${body.errors?.[0]?.extensions?.code ?? 'ok'}`);
        } catch (error) {
          // Refused: the listening socket is closed. Nothing was started, nothing to answer.
          count(`network ${((error as Error).cause as { code?: string } | undefined)?.code ?? (error as Error).message}`);
          if (Date.now() > stopAt) return;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const workers = Array.from({ length: 12 }, worker);
    await new Promise((r) => setTimeout(r, 2_000));
    stopAt = Date.now() + 3_000;
    service.child.kill('SIGTERM');
    await Promise.all(workers);
    const code = await service.exited;
    const seen = Object.fromEntries(outcomes);
    expect(code, JSON.stringify(seen)).toBe(0);
    for (const key of outcomes.keys()) {
      if (key.startsWith('network')) continue;
      expect(['200 ok', '503 SERVICE_UNAVAILABLE'], JSON.stringify(seen)).toContain(key);
    }
    expect(outcomes.get('200 ok')).toBeGreaterThan(0);
    expect(service.output()).not.toMatch(/INTERNAL_SERVER_ERROR|Pool is closed|unexpected error/);
    // In order by the times the service stamped on them (the lines of one process can reach the
    // pipe out of order when it exits right after writing them).
    const stamped = (msg: string) =>
      service
        .output()
        .split('\n')
        .filter((line) => line.includes(`"msg":"${msg}"`))
        .map((line) => Date.parse((JSON.parse(line) as { time: string }).time));
    const [drained] = stamped('HTTP server drained.');
    const [stopped] = stamped('Stopped.');
    expect(drained, service.output()).toBeDefined();
    expect(stopped, service.output()).toBeDefined();
    expect(drained!).toBeLessThanOrEqual(stopped!);
  });
});
