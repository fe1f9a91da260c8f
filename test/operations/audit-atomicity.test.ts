import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role, type AuthUser } from '../../src/core/role.js';
import { createDriver, Gateway } from '../../src/db/gateway.js';
import { createLogger } from '../../src/core/logger.js';
import { startAppServer } from '../../src/server/http.server.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { asInput, nibinWorld } from '../leads/fixtures.js';
import { testStatement, unique } from '../security/support.js';
import { opsStatement } from './support.js';

const createConstraint = testStatement('create-request-id-constraint');
const dropConstraint = testStatement('drop-request-id-constraint');
const auditOf = opsStatement('audit-by-request-id');
const outboxHead = opsStatement('outbox-head');

interface Stored {
  outcome: string;
  wrote: boolean;
  errorCodes: string[];
  personIds: string[];
  recordsAccepted: number | null;
  operation: string;
}

let app: TestApp;
let db: Gateway;
beforeAll(async () => {
  // Cold statements plan slowly on a loaded machine: the first imports must not hit the 15 s default.
  app = await startTestApp({ NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' });
  db = testGateway();
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

type Body = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
async function post(url: string, roles: Role[], query: string, variables: Record<string, unknown>, requestId: string, user: Partial<AuthUser> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token(roles, user)}`, 'x-request-id': requestId },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

const IMPORT = 'mutation AtomicImport($r: [ImportRecordInput!]!) { importRecords(records: $r) { accepted } }';
const CONFIRM = 'mutation AtomicConfirm($id: NonEmptyString!) { confirmLead(leadId: $id) { id status } }';
const REFER = 'mutation AtomicRefer($id: NonEmptyString!) { referLead(leadId: $id, assignee: "det-atomic") { id } }';
const LEAD = 'query AtomicLead($id: NonEmptyString!) { lead(id: $id) { status } }';
const ADD_WATCH = 'mutation AtomicWatch($k: NonEmptyString!) { addWatch(kind: PERSON, key: $k) { id } }';
const WATCHLIST = 'query AtomicWatchlist { watchlist(first: 50) { totalCount } }';
const records = (requestId: string) => db.read<Stored>(auditOf, { requestId });

describe("the audit record of a write is in the write's own transaction", () => {
  it('a write whose audit record Neo4j refuses is rolled back: no change, no event, AUDIT_UNAVAILABLE', async () => {
    const w = nibinWorld(`AT${unique().toUpperCase()}`);
    const requestId = `atomic-${unique()}`;
    const imported = await post(app.url, [Role.INGEST], IMPORT, { r: asInput(w.records) }, requestId);
    expect(imported.body.errors).toBeUndefined();
    const headBefore = (await db.read<{ seq: number }>(outboxHead))[0]!.seq;
    const personId = inject('manifest').traceExamples[0]!.purchaserId;
    const watcher = `atomic-watcher-${unique()}`;
    await db.write(createConstraint);
    try {
      // Same request id as the import: the confirmation's audit record breaks the (test-only)
      // uniqueness rule inside the confirmation's transaction.
      const confirm = await post(app.url, [Role.EXAMINER], CONFIRM, { id: w.id('LT4') }, requestId);
      expect(confirm.body.errors?.map((e) => e.extensions?.code)).toEqual(['AUDIT_UNAVAILABLE']);
      expect(confirm.body.errors?.[0]?.message).toMatch(/not made/);
      const watch = await post(app.url, [Role.INVESTIGATOR], ADD_WATCH, { k: personId }, requestId, { subject: watcher });
      expect(watch.body.errors?.map((e) => e.extensions?.code)).toEqual(['AUDIT_UNAVAILABLE']);
    } finally {
      await db.write(dropConstraint);
    }
    // Nothing of either write is in the graph: the lead is unreviewed, no outbox event, no watch.
    const lead = await post(app.url, [Role.EXAMINER], LEAD, { id: w.id('LT4') }, `atomic-read-${unique()}`);
    expect(lead.body.data?.lead.status).toBe('UNREVIEWED');
    expect((await db.read<{ seq: number }>(outboxHead))[0]!.seq).toBe(headBefore);
    const list = await post(app.url, [Role.INVESTIGATOR], WATCHLIST, {}, `atomic-read-${unique()}`, { subject: watcher });
    expect(list.body.data?.watchlist.totalCount).toBe(0);
    // That request id carries the import's record and the refused confirmation's after-answer
    // record (wrote: false, AUDIT_UNAVAILABLE); no record says the confirmation or the watch wrote.
    // (The rule refuses a second record with the same request id and part, so the watch's
    // after-answer record, a second part 0, is in the log only.)
    const stored = await records(requestId);
    expect(stored).toHaveLength(2);
    expect(stored).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operation: 'AtomicImport', wrote: true, outcome: 'ALLOWED', recordsAccepted: w.records.length }),
        expect.objectContaining({ operation: 'AtomicConfirm', wrote: false, outcome: 'ERROR', errorCodes: ['AUDIT_UNAVAILABLE'] }),
      ]),
    );

    // The same confirmation with a fresh request id goes through, with its record.
    const again = `atomic-${unique()}`;
    const confirmed = await post(app.url, [Role.EXAMINER], CONFIRM, { id: w.id('LT4') }, again);
    expect(confirmed.body.data?.confirmLead.status).toBe('CONFIRMED');
    expect(await records(again)).toEqual([expect.objectContaining({ operation: 'AtomicConfirm', wrote: true, outcome: 'ALLOWED' })]);
  });

  it('every committed write has exactly one record, concurrent writes included; a refused write has no write record', async () => {
    const worlds = Array.from({ length: 6 }, () => nibinWorld(`AC${unique().toUpperCase()}`));
    const ids = worlds.map(() => `atomic-many-${unique()}`);
    const imports = await Promise.all(worlds.map((w, i) => post(app.url, [Role.INGEST], IMPORT, { r: asInput(w.records) }, ids[i]!)));
    for (const r of imports) expect(r.body.errors).toBeUndefined();
    const confirmIds = worlds.map(() => `atomic-confirm-${unique()}`);
    const confirms = await Promise.all(worlds.map((w, i) => post(app.url, [Role.EXAMINER], CONFIRM, { id: w.id('LT4') }, confirmIds[i]!)));
    for (const r of confirms) expect(r.body.data?.confirmLead.status).toBe('CONFIRMED');
    for (const [i, w] of worlds.entries()) {
      const [record, ...more] = await records(ids[i]!);
      expect(more).toEqual([]);
      // The import names the people it wrote and its counts in the record of its own transaction.
      expect(record).toMatchObject({ wrote: true, outcome: 'ALLOWED', recordsAccepted: w.records.length });
      expect(record!.personIds).toEqual([w.id('P1'), w.id('P2')].sort());
      expect(await records(confirmIds[i]!)).toEqual([expect.objectContaining({ wrote: true, outcome: 'ALLOWED' })]);
    }
    // A repeat changes nothing: no write, so its record (after the answer) says wrote: false.
    const repeat = `atomic-repeat-${unique()}`;
    expect((await post(app.url, [Role.EXAMINER], CONFIRM, { id: worlds[0]!.id('LT4') }, repeat)).body.errors).toBeUndefined();
    expect(await records(repeat)).toEqual([expect.objectContaining({ wrote: false, outcome: 'ALLOWED' })]);
    // A refused transition wrote nothing, and no record says it did.
    const refused = `atomic-refused-${unique()}`;
    const w = nibinWorld(`AR${unique().toUpperCase()}`);
    expect((await post(app.url, [Role.INGEST], IMPORT, { r: asInput(w.records) }, `atomic-${unique()}`)).body.errors).toBeUndefined();
    const refer = await post(app.url, [Role.SUPERVISOR], REFER, { id: w.id('LT4') }, refused);
    expect(refer.body.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(await records(refused)).toEqual([expect.objectContaining({ wrote: false, outcome: 'ERROR', errorCodes: ['INVALID_TRANSITION'] })]);
  });
});

describe('mutations during an outage', () => {
  it('answer SERVICE_UNAVAILABLE, not AUDIT_UNAVAILABLE', async () => {
    const db = inject('neo4j');
    // A real driver to a port where no Neo4j listens: the service's database and audit store are both gone.
    // The transaction timeout outlasts the driver's retries of a refused connection (3 s), so the
    // driver's own verdict (unavailable) arrives before the service-side deadline would say TIMEOUT.
    const down = new Gateway(createDriver('bolt://127.0.0.1:9', db.user, db.password), { database: db.database, txTimeoutMs: 10_000 });
    const server = await startAppServer({ config: app.config, gateway: down, logger: createLogger('silent') }, '127.0.0.1', 0);
    try {
      const w = nibinWorld(`AO${unique().toUpperCase()}`);
      const imported = await post(server.url, [Role.INGEST], IMPORT, { r: asInput(w.records) }, `outage-${unique()}`);
      expect(imported.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      const confirm = await post(server.url, [Role.EXAMINER], CONFIRM, { id: w.id('LT4') }, `outage-${unique()}`);
      expect(confirm.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      const watch = await post(server.url, [Role.INVESTIGATOR], ADD_WATCH, { k: 'P-1' }, `outage-${unique()}`);
      expect(watch.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    } finally {
      await server.close();
      await down.close();
    }
  });
});
