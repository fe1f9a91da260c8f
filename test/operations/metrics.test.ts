import os from 'node:os';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { Logger } from '../../src/core/logger.js';
import { startAppServer } from '../../src/server/http.server.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { Subscriber } from '../leads/ws-client.js';
import { unique } from '../security/support.js';
import { sample, scrape } from './prometheus-text.js';
import { graphql } from '../generated/graphql/index.js';

let app: TestApp;
const base = () => app.url.replace('/graphql', '');
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const VIEWER = graphql(`
  query MetricsViewer {
    viewer {
      subject
    }
  }
`);
const ADD_WATCH = 'mutation MetricsWatch($k: NonEmptyString!) { addWatch(kind: AGENCY, key: $k) { id } }';

describe('/metrics', () => {
  it('counts real requests, statements by Cypher file, audit writes and subscriptions', async () => {
    const before = (await scrape(base())).text;
    const okBefore = sample(before, 'crimegun_graphql_request_duration_seconds_count', { operation: 'MetricsViewer', outcome: 'ok' }) || 0;
    const watchBefore = sample(before, 'crimegun_cypher_statement_duration_seconds_count', { statement: 'watch/add', outcome: 'ok' }) || 0;
    const auditBefore = sample(before, 'crimegun_audit_writes_total', { where: 'in-write-transaction', outcome: 'stored' }) || 0;

    for (let i = 0; i < 3; i++) expect((await app.gql(VIEWER, {}, [Role.ANALYST])).errors).toBeUndefined();
    const forbidden = await app.gql(
      graphql(`
        query MetricsForbidden {
          auditEvents(first: 1) {
            totalCount
          }
        }
      `),
      {},
      [Role.ANALYST],
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A subject of its own, so the watch is new (a repeat would write nothing, and leave no write record).
    const watched = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token([Role.ANALYST], { subject: `metrics-${unique()}` })}` },
      body: JSON.stringify({ query: ADD_WATCH, variables: { k: 'NY0303000' } }),
    }).then((r) => r.json() as Promise<{ errors?: unknown }>);
    expect(watched.errors).toBeUndefined();

    const subscriber = new Subscriber(app.url, await app.token([Role.ANALYST]));
    subscriber.subscribe('subscription { leadEvents { id } }');
    await new Promise((r) => setTimeout(r, 1_500));
    const during = await scrape(base());
    await subscriber.close();
    await new Promise((r) => setTimeout(r, 500));
    const after = (await scrape(base())).text;

    expect(during.status).toBe(200);
    const text = during.text;
    expect(sample(text, 'crimegun_graphql_request_duration_seconds_count', { operation: 'MetricsViewer', type: 'query', outcome: 'ok' })).toBe(okBefore + 3);
    expect(sample(text, 'crimegun_graphql_request_duration_seconds_count', { operation: 'MetricsForbidden', outcome: 'FORBIDDEN' })).toBe(1);
    expect(
      sample(text, 'crimegun_graphql_request_duration_seconds_count', { operation: 'MetricsWatch', type: 'mutation', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'crimegun_cypher_statement_duration_seconds_count', { statement: 'watch/add', mode: 'WRITE', outcome: 'ok' })).toBe(watchBefore + 1);
    // The mutation's audit record went in its own transaction; the refusal's after the answer.
    expect(sample(text, 'crimegun_audit_writes_total', { where: 'in-write-transaction', outcome: 'stored' })).toBe(auditBefore + 1);
    expect(sample(text, 'crimegun_audit_writes_total', { where: 'after-answer', outcome: 'stored' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'crimegun_neo4j_up')).toBe(1);
    expect(sample(text, 'crimegun_neo4j_pool_max')).toBe(64);
    expect(sample(text, 'crimegun_neo4j_sessions_in_use')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'crimegun_subscriptions_active')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'crimegun_subscription_connections')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'crimegun_subscriptions_active')).toBe(sample(text, 'crimegun_subscriptions_active') - 1);
    expect(sample(text, 'crimegun_process_resident_memory_bytes')).toBeGreaterThan(0);
    // Nothing about people: no person id or name is a label value.
    expect(text).not.toMatch(/personId|lastName/);
  });

  it('answers only a scraper on this machine without METRICS_TOKEN, and only the token holder with it', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    const token = `metrics-${unique()}-${'x'.repeat(32)}`;
    const logger = pino({ level: 'silent' }) as unknown as Logger;
    const open = await startAppServer({ config: app.config, gateway: app.gateway, logger }, '0.0.0.0', 0);
    const guarded = await startAppServer({ config: { ...app.config, METRICS_TOKEN: token }, gateway: app.gateway, logger }, '127.0.0.1', 0);
    try {
      expect((await scrape(`http://127.0.0.1:${open.port}`)).status).toBe(200);
      // The machine's own non-loopback address is not loopback: refused without the token.
      if (external) expect((await scrape(`http://${external}:${open.port}`)).status).toBe(403);
      expect((await scrape(`http://127.0.0.1:${guarded.port}`)).status).toBe(403);
      expect((await scrape(`http://127.0.0.1:${guarded.port}`, 'wrong-token')).status).toBe(403);
      const ok = await scrape(`http://127.0.0.1:${guarded.port}`, token);
      expect(ok.status).toBe(200);
      expect(ok.text).toContain('crimegun_cypher_statement_duration_seconds_bucket');
    } finally {
      await open.close();
      await guarded.close();
    }
  });
});

describe('request id end to end', () => {
  it('the X-Request-Id is in the request log, the answer, the audit record and the Neo4j transaction metadata', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink) as unknown as Logger;
    const server = await startAppServer({ config: app.config, gateway: app.gateway, logger }, '127.0.0.1', 0);
    const db = testGateway();
    const personId = `RID-P-${unique()}`;
    const person = {
      type: 'PERSON',
      fields: { id: personId, firstName: 'Req', lastName: 'Id', dateOfBirth: '1990-01-01', address: '1 Test St', city: 'Camden', state: 'NJ' },
    };
    const IMPORT = 'mutation RequestIdImport($r: [ImportRecordInput!]!) { importRecords(records: $r) { accepted } }';
    const send = async (requestId: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token([Role.INGEST])}`, 'x-request-id': requestId },
        body: JSON.stringify({ query: IMPORT, variables: { r: [person] }, operationName: 'RequestIdImport' }),
      });
    try {
      expect((await send(`rid-first-${unique()}`)).status).toBe(200);
      // Hold the person's write lock in an open transaction, so the request waits inside Neo4j
      // long enough to be seen in SHOW TRANSACTIONS with its metadata.
      const session = db.driver.session({ database: app.config.NEO4J_DATABASE });
      const tx = session.beginTransaction();
      await tx.run('MATCH (p:Person {id: $id}) SET p.firstName = p.firstName', { id: personId });
      const requestId = `rid-${unique()}`;
      const pending = send(requestId);
      let metadata: Record<string, unknown> | undefined;
      const watcher = db.driver.session({ database: app.config.NEO4J_DATABASE });
      try {
        for (let i = 0; i < 100 && !metadata; i++) {
          const rows = await watcher.run('SHOW TRANSACTIONS YIELD metaData RETURN metaData');
          metadata = rows.records.map((r) => r.get('metaData') as Record<string, unknown>).find((m) => m.requestId === requestId);
          if (!metadata) await new Promise((r) => setTimeout(r, 100));
        }
      } finally {
        await tx.rollback();
        await session.close();
        await watcher.close();
      }
      expect(metadata).toMatchObject({ app: 'crimegun-graph', requestId, operation: 'RequestIdImport' });
      const res = await pending;
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toBe(requestId);
      const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.requestId === requestId);
      expect(logged).toEqual([expect.objectContaining({ channel: 'request', operation: 'RequestIdImport', type: 'mutation', outcome: 'ok' })]);
      const audit = lines.map((l) => JSON.parse(l) as { audit?: { requestId: string } }).filter((l) => l.audit?.requestId === requestId);
      expect(audit).toHaveLength(1);
    } finally {
      await server.close();
      await db.close();
    }
  });
});
