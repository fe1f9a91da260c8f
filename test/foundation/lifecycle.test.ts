import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../neo4j/local-neo4j.js';
import { javaPids, spawnService, waitUntil } from '../support/spawn-service.js';

// `npm start` with NEO4J_URI unset: the service starts its own Neo4j and must never leave it behind.
const homes: string[] = [];
afterAll(() => homes.forEach((h) => rmSync(h, { recursive: true, force: true })));

async function startEmbedded(env: Record<string, string> = {}, options: { detached?: boolean } = {}) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'crimegun-lifecycle-'));
  homes.push(home);
  const service = spawnService(
    {
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
      LOCAL_NEO4J_HEAP: '512m',
      LOCAL_NEO4J_PAGECACHE: '64m',
      PORT: String(await freePort()),
      SEED_DEMO_DATA: 'false',
      GRAPHIQL: 'false',
      ...env,
    },
    options,
  );
  await service.waitFor(/crimegun-graph ready/, 500_000);
  return { service, home };
}

describe('service lifecycle with the embedded Neo4j', () => {
  it('Ctrl-C to the whole process group drains, then the service stops Neo4j, exits 0 leaving no Java process', { timeout: 600_000 }, async () => {
    // An empty graph gets the demo data, analysed, and search is warmed up, before the service says it is ready.
    const { service, home } = await startEmbedded({ SEED_DEMO_DATA: 'true', SEARCH_WARM_UP_SECONDS: '2' }, { detached: true });
    expect(service.output()).toMatch(/Neo4j ready in/);
    expect(service.output()).toMatch(/Demo data loaded: \d+ nodes/);
    expect(service.output()).toMatch(/Analysis: scored \d+ dealers \(\d+ results rewritten, \d+ unchanged\)/);
    expect(service.output()).toMatch(/Search warmed up: [1-9]\d* searches in [\d.]+ s\.[\s\S]*crimegun-graph ready/);
    expect(javaPids(home)).toHaveLength(1);
    // What a terminal does on Ctrl-C: SIGINT to every process of the foreground group. Neo4j runs
    // in a group of its own, so it is the service that stops it, after the drain.
    process.kill(-service.child.pid!, 'SIGINT');
    expect(await service.exited).toBe(0);
    const out = service.output();
    expect(out).not.toMatch(/exited unexpectedly/);
    expect(out).toMatch(/"msg":"HTTP server drained\."[\s\S]*"msg":"Stopped\."/);
    expect(javaPids(home)).toEqual([]);
  });

  it('a hard-killed service leaves no orphaned JVM: the launcher notices its parent is gone', { timeout: 600_000 }, async () => {
    const { service, home } = await startEmbedded();
    expect(javaPids(home)).toHaveLength(1);
    service.child.kill('SIGKILL');
    await service.exited;
    expect(await waitUntil(() => javaPids(home).length === 0, 60_000)).toBe(true);
  });

  it('refuses to start with a clear message when the Bolt port is taken', { timeout: 120_000 }, async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((r) => blocker.listen(0, '127.0.0.1', () => r((blocker.address() as net.AddressInfo).port)));
    try {
      const home = mkdtempSync(path.join(os.tmpdir(), 'crimegun-lifecycle-'));
      homes.push(home);
      const service = spawnService({ LOCAL_NEO4J_HOME: home, LOCAL_NEO4J_BOLT_PORT: String(port), PORT: String(await freePort()), SEED_DEMO_DATA: 'false' });
      expect(await service.exited).toBe(1);
      expect(service.output()).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(javaPids(home)).toEqual([]);
    } finally {
      blocker.close();
    }
  });

  it('says what to install when Java is missing', { timeout: 60_000 }, async () => {
    const service = spawnService({ JAVA_HOME: '/nonexistent-java', PORT: String(await freePort()), SEED_DEMO_DATA: 'false' });
    expect(await service.exited).toBe(1);
    expect(service.output()).toMatch(/Java was not found.*Java 17 or 21.*or set NEO4J_URI/);
  });

  it('refuses a bad configuration value naming the variable, before starting anything', { timeout: 60_000 }, async () => {
    const service = spawnService({ PORT: 'eighty', LOCAL_NEO4J_HEAP: 'lots' });
    expect(await service.exited).toBe(1);
    expect(service.output()).toMatch(/Invalid configuration/);
    expect(service.output()).toMatch(/PORT/);
    expect(service.output()).toMatch(/LOCAL_NEO4J_HEAP: expected a size such as 512m or 2g/);
    expect(service.output()).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});
