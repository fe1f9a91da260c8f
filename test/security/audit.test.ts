import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { createDriver, Gateway } from '../../src/db/gateway.js';
import { startAppServer } from '../../src/server/http.server.js';
import { createLogger } from '../../src/core/logger.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { sha256, testStatement, unique } from './support.js';

const byHash = testStatement('audit-events-by-hash');
const mergePerson = testStatement('merge-person');
const createConstraint = testStatement('create-request-id-constraint');
const dropConstraint = testStatement('drop-request-id-constraint');
const countByRequestId = testStatement('count-by-request-id');

interface StoredEvent {
  event: Record<string, unknown>;
  touched: string[];
}

let app: TestApp;
let db: Gateway;
beforeAll(async () => {
  app = await startTestApp();
  db = testGateway();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const eventsOf = (document: string) => db.read<StoredEvent>(byHash, { hash: sha256(document) });

async function post(document: string, token: string | null, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  // Clients send the operation name beside the document, as Apollo Client and GraphiQL do.
  const operationName = /^query (\w+)/.exec(document)?.[1];
  const res = await fetch(app.url, { method: 'POST', headers, body: JSON.stringify({ query: document, variables, operationName }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

const AUDIT_QUERY = `query AuditTrail($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id at subject agencyOri roles sourceAddress operation rootFields documentHash personIds outcome errorCodes wrote requestId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('audit trail', () => {
  it('records a request without a token as DENIED, with the hash of its document', async () => {
    const document = `query NoToken_${unique()} { viewer { subject } }`;
    const res = await post(document, null);
    expect(res.status).toBe(401);
    const events = await eventsOf(document);
    expect(events).toHaveLength(1);
    const e = events[0]!.event;
    expect(e.subject ?? null).toBeNull();
    expect(e).toMatchObject({ outcome: 'DENIED', errorCodes: ['UNAUTHENTICATED'], documentHash: sha256(document) });
    expect(e.operation).toMatch(/^NoToken_/);
    expect(e.sourceAddress).toMatch(/127\.0\.0\.1/);
  });

  it('records a request with a forged token as DENIED', async () => {
    const document = `query Forged_${unique()} { viewer { subject } }`;
    const good = await app.token([Role.SUPERVISOR]);
    const forged = `${good.slice(0, good.lastIndexOf('.'))}.${'A'.repeat(43)}`;
    const res = await post(document, forged);
    expect(res.status).toBe(401);
    expect((await eventsOf(document)).map((r) => r.event.outcome)).toEqual(['DENIED']);
  });

  it('records a FORBIDDEN request with who, when, where from and what, and lets a supervisor of that agency page through it', async () => {
    const subject = `analyst-${unique()}`;
    const analyst = await app.token([Role.ANALYST], { subject, agencyOri: 'NY0303000' });
    const documents: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const document = `query Snoop${i} { auditEvents(first: 1) { totalCount } }`;
      documents.push(document);
      const res = await post(document, analyst);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.body.data?.auditEvents ?? null).toBeNull();
    }

    const supervisor = await app.token([Role.SUPERVISOR], { subject: `supervisor-${unique()}`, agencyOri: 'NY0303000' });
    const first = await post(AUDIT_QUERY, supervisor, { filter: { subject }, first: 2 });
    expect(first.body.errors).toBeUndefined();
    const page1 = first.body.data.auditEvents;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await post(AUDIT_QUERY, supervisor, { filter: { subject }, first: 2, after: page1.pageInfo.endCursor });
    const page2 = second.body.data.auditEvents;
    expect(page2.edges).toHaveLength(1);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const nodes = [...page1.edges, ...page2.edges].map((e: { node: Record<string, unknown> }) => e.node);
    // Newest first, each request once.
    expect(nodes.map((n) => n.operation)).toEqual(['Snoop2', 'Snoop1', 'Snoop0']);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(3);
    for (const [i, n] of nodes.entries()) {
      expect(n).toMatchObject({
        subject,
        agencyOri: 'NY0303000',
        roles: ['ANALYST'],
        outcome: 'DENIED',
        errorCodes: ['FORBIDDEN'],
        rootFields: ['auditEvents'],
        documentHash: sha256(documents[2 - i]!),
        wrote: false,
        personIds: [],
      });
      expect(String(n.sourceAddress)).toMatch(/127\.0\.0\.1/);
      // UTC to the hundredth of a second.
      const at = new Date(String(n.at));
      expect(at.getTime() % 10).toBe(0);
      expect(Date.now() - at.getTime()).toBeLessThan(60_000);
    }

    // Filtering by time: a window that ends before the first request holds none of them.
    const before = await post(AUDIT_QUERY, supervisor, { filter: { subject, to: '2000-01-01T00:00:00Z' } });
    expect(before.body.data.auditEvents.totalCount).toBe(0);

    // Another agency's supervisor does not see these records.
    const elsewhere = await app.token([Role.SUPERVISOR], { subject: 'supervisor-tx', agencyOri: 'TX0000000' });
    const other = await post(AUDIT_QUERY, elsewhere, { filter: { subject } });
    expect(other.body.data.auditEvents.totalCount).toBe(0);
  });

  it("audits a supervisor's read of the audit trail itself", async () => {
    const subject = `supervisor-${unique()}`;
    const supervisor = await app.token([Role.SUPERVISOR], { subject });
    const res = await post(AUDIT_QUERY, supervisor, { filter: { subject: 'nobody' } });
    expect(res.body.errors).toBeUndefined();
    const mine = await post(AUDIT_QUERY, supervisor, { filter: { subject } });
    // The first read is on record (the second one's record is written after it answered).
    const nodes = mine.body.data.auditEvents.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ outcome: 'ALLOWED', rootFields: ['auditEvents'], operation: 'AuditTrail', roles: ['SUPERVISOR'] });
  });

  it('names the person when a supervisor asks who looked at them', async () => {
    const personId = `SEC-P-${unique()}`;
    await db.write(mergePerson, { id: personId, firstName: 'Test', lastName: 'Person' });
    const supervisor = await app.token([Role.SUPERVISOR]);
    const res = await post(AUDIT_QUERY, supervisor, { filter: { personId } });
    expect(res.body.errors).toBeUndefined();
    const again = await post(AUDIT_QUERY, supervisor, { filter: { personId } });
    const nodes = again.body.data.auditEvents.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ personIds: [personId], outcome: 'ALLOWED' });
    const stored = await eventsOf(AUDIT_QUERY);
    expect(stored.filter((s) => (s.event.personIds as string[]).includes(personId)).map((s) => s.touched)).toEqual([[personId], [personId]]);
  });
});

describe('fail closed', () => {
  const PERSON = `query FailClosed($id: NonEmptyString!) { person(id: $id) { id: personId firstName lastName dateOfBirth address } }`;
  const personRequest = async (url: string, requestId: string) => {
    const token = await app.token([Role.INVESTIGATOR]);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: PERSON, variables: { id: inject('manifest').traceExamples[0]!.purchaserId }, operationName: 'FailClosed' }),
    });
    return { status: res.status, text: await res.text() };
  };
  const expectWithheld = (res: { status: number; text: string }) => {
    expect(res.status).toBe(503);
    const body = JSON.parse(res.text) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['AUDIT_UNAVAILABLE']);
  };

  it('withholds personal data with AUDIT_UNAVAILABLE when Neo4j refuses the audit record (constraint violation)', async () => {
    const requestId = `fail-closed-${unique()}`;
    await db.write(createConstraint);
    try {
      // First request: answered with the names, and on record under its request id.
      const first = await personRequest(app.url, requestId);
      expect(first.status).toBe(200);
      const person = (JSON.parse(first.text) as { data: { person: { lastName: string } } }).data.person;
      expect(typeof person.lastName).toBe('string');
      // Second request with the same request id: Neo4j refuses its audit record
      // (Neo.ClientError.Schema.ConstraintValidationFailed), so the names are not sent.
      const second = await personRequest(app.url, requestId);
      expectWithheld(second);
      expect(second.text).not.toContain(person.lastName);
    } finally {
      await db.write(dropConstraint);
    }
    // Exactly one record: the refused one was not half-written.
    const stored = await db.read<{ count: number }>(countByRequestId, { requestId });
    expect(stored[0]!.count).toBe(1);
  });

  it('withholds personal data when the audit store cannot be reached at all', async () => {
    // The request is served from the real database; the audit trail points at a port where
    // no Neo4j listens (a real driver connection failure, not a stub).
    const base = app.config;
    const unreachable = new Gateway(createDriver('bolt://127.0.0.1:9', 'neo4j', 'x'), { database: base.NEO4J_DATABASE, txTimeoutMs: 2_000 });
    const logger = createLogger('silent');
    const server = await startAppServer({ config: base, gateway: app.gateway, logger, auditGateway: unreachable }, '127.0.0.1', 0);
    try {
      expectWithheld(await personRequest(server.url, `unreachable-${unique()}`));
      // A request with nothing to audit is still answered.
      const token = await app.token([Role.ANALYST]);
      const plain = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ viewer { subject } }' }),
      });
      expect(plain.status).toBe(200);
    } finally {
      await server.close();
      await unreachable.close();
    }
  });
});
