import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.js';
import { Role } from '../../src/core/role.js';
import { migrate } from '../../src/db/migrate.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

// A Neo4j of its own, because this file stops and restarts it.
const password = 'recovery-test-pw';
let home: string;
let port: number;
let neo4j: LocalNeo4j | undefined;
let app: TestApp;

const start = () => startLocalNeo4j({ home, port, password, heap: '512m', pagecache: '64m' });

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'crimegun-recovery-'));
  port = await freePort();
  neo4j = await start();
  app = await startTestApp({}, { uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j' });
  await migrate(app.gateway);
});

afterAll(async () => {
  await app?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

const base = () => app.url.replace('/graphql', '');
const query = graphql(`
  query Recovery1 {
    serviceInfo {
      neo4jVersion
    }
  }
`);

describe('Neo4j going away while the service runs', () => {
  it('serves while Neo4j is up', async () => {
    const res = await app.gql(query, {}, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
  });

  it('answers SERVICE_UNAVAILABLE and /readyz 503 while Neo4j is down, without crashing', { timeout: 120_000 }, async () => {
    await neo4j!.stop();
    neo4j = undefined;
    const res = await app.gql(query, {}, [Role.ANALYST]);
    expect(res.data).toBeNull();
    expect(res.errors![0]!.extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(res.errors)).not.toMatch(/\.ts:\d+|stack/i);
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, neo4j: false });
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
  });

  it('recovers by itself when Neo4j is back', { timeout: 600_000 }, async () => {
    neo4j = await start();
    let res = await app.gql(query, {}, [Role.ANALYST]);
    for (let i = 0; i < 20 && res.errors; i++) {
      await new Promise((r) => setTimeout(r, 500));
      res = await app.gql(query, {}, [Role.ANALYST]);
    }
    expect(res.errors).toBeUndefined();
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
  });
});
