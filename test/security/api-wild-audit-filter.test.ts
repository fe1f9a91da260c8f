import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { Gateway } from '../../src/db/gateway.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { sha256, testStatement, unique } from './support.js';

/**
 * A supervisor asking "who looked at this person" types the person id into auditEvents' filter.
 * That id goes on the supervisor's own audit record (asking is a look, CJIS AU-3), so it must be
 * an id like every other argument's: a blank one named no one yet was recorded as a person asked
 * about, and a 10,000-character one could not be indexed in the record (AuditTouch), so the
 * answer was withheld as AUDIT_UNAVAILABLE (HTTP 503) as if the audit store were down.
 */
const byHash = testStatement('audit-events-by-hash');
const SUPERVISOR = [Role.SUPERVISOR];

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

/** Runs an auditEvents read under its own operation name and returns the answer and its audit record. */
async function auditRead(filter: Record<string, unknown>) {
  const doc = `query WildAudit_${unique()}($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 5) { totalCount edges { node { subject personIds } } } }`;
  const res = await app.gqlRaw(doc, { filter }, SUPERVISOR);
  const stored = await db.read<{ event: Record<string, unknown>; touched: string[] }>(byHash, { hash: sha256(doc) });
  return { res, stored };
}

describe('auditEvents filter: personId and subject are ids', () => {
  it.each([
    ['personId', 'empty', '', 'must not be blank'],
    ['personId', 'blank', '   ', 'must not be blank'],
    ['personId', '201 characters', 'P'.repeat(201), 'is longer than 200 characters'],
    ['personId', '10,000 characters (was AUDIT_UNAVAILABLE, 503)', 'P'.repeat(10_000), 'is longer than 200 characters'],
    ['subject', 'empty', '', 'must not be blank'],
    ['subject', '10,000 characters', 's'.repeat(10_000), 'is longer than 200 characters'],
  ])('%s %s: BAD_USER_INPUT naming it; the refused read is recorded and names no one', async (key, _what, value, reason) => {
    const { res, stored } = await auditRead({ [key]: value });
    expect(res.status).toBe(200);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: `filter.${key}` });
    expect(res.errors![0]!.message).toBe(`filter.${key}: ${reason}`);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.event.outcome).toBe('ERROR');
    expect(stored[0]!.touched).toEqual([]);
  });

  it('a real person id still lists who looked at them, and the question goes on the record', async () => {
    const personId = inject('manifest').traceExamples[1]!.purchaserId;
    const reader = `wild-reader-${unique()}`;
    const token = await app.token([Role.INVESTIGATOR], { subject: reader });
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query WildLook($id: NonEmptyString!) { person(id: $id) { firstName } }', variables: { id: personId } }),
    });
    const look = (await response.json()) as { errors?: unknown[] };
    expect(look.errors).toBeUndefined();
    const { res, stored } = await auditRead({ personId, subject: reader });
    expect(res.errors).toBeUndefined();
    const listed = (res.data!.auditEvents as { edges: Array<{ node: { subject: string; personIds: string[] } }> }).edges;
    expect(listed.map((e) => e.node.subject)).toEqual([reader]);
    expect(listed[0]!.node.personIds).toEqual([personId]);
    expect(stored[0]!.event.outcome).toBe('ALLOWED');
    expect(stored[0]!.touched).toEqual([personId]);
  });
});
