import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { Gateway } from '../../src/db/gateway.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { ingestAs } from '../import/import-api.js';
import { sha256, testStatement, unique } from './support.js';

/**
 * Two agencies disagreeing on a person's name or date of birth leave a conflict whose
 * `currentValue` and `incomingValue` are that person's personal data. A supervisor listing
 * conflicts reads them, so the request's audit record must name the person (docs/security.md,
 * Audit trail; CJIS AU-3). It used to leave no record at all: nothing in the answer went through
 * the Person type's @PersonalData fields.
 */
const byHash = testStatement('audit-events-by-hash');

let app: TestApp;
let db: Gateway;
const personId = `WILD-P-${unique()}`;
const person = (firstName: string) => ({
  type: 'person',
  id: personId,
  firstName,
  lastName: 'Conflict',
  dateOfBirth: '1991-02-03',
  address: '1 Wild St',
  city: 'Camden',
  state: 'NJ',
});

beforeAll(async () => {
  app = await startTestApp();
  db = testGateway();
  const created = await ingestAs(app, 'NJ0040400', [person('Ann')]);
  expect(created.errors).toBeUndefined();
  const disputed = await ingestAs(app, 'PA0510000', [person('Anne')]);
  expect(disputed.data!.importRecords).toMatchObject({ conflicted: 1 });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

async function listConflicts(selection: string) {
  const doc = `query WildConflicts_${unique()} { conflicts(first: 100, filter: { agencyOri: "PA0510000", recordType: PERSON }) { edges { node { ${selection} } } } }`;
  const res = await app.gqlRaw(doc, {}, [Role.SUPERVISOR]);
  const stored = await db.read<{ event: Record<string, unknown>; touched: string[] }>(byHash, { hash: sha256(doc) });
  return { res, stored };
}

describe("a person's conflicting values are personal data", () => {
  it('listing them is on the audit trail, naming the person', async () => {
    const { res, stored } = await listConflicts('key field currentValue incomingValue');
    expect(res.errors).toBeUndefined();
    const mine = (res.data!.conflicts.edges as Array<{ node: Record<string, string> }>).map((e) => e.node).filter((n) => n.key === personId);
    expect(mine).toEqual([{ key: personId, field: 'firstName', currentValue: 'Ann', incomingValue: 'Anne' }]);
    expect(stored.map((s) => s.event.outcome)).toEqual(['ALLOWED']);
    expect(stored[0]!.touched).toContain(personId);
  });

  it('listing only which fields disagree, without the values, reads nothing personal', async () => {
    const { res, stored } = await listConflicts('key field status');
    expect(res.errors).toBeUndefined();
    expect(stored.flatMap((s) => s.touched)).not.toContain(personId);
  });
  it('resolving one and reading its values back names the person too', async () => {
    const { res } = await listConflicts('id key');
    const id = (res.data!.conflicts.edges as Array<{ node: { id: string; key: string } }>).find((e) => e.node.key === personId)!.node.id;
    const doc = `mutation WildResolve_${unique()}($id: NonEmptyString!) { resolveConflict(id: $id, keep: CURRENT) { status currentValue incomingValue } }`;
    const resolved = await app.gqlRaw(doc, { id }, [Role.SUPERVISOR]);
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.resolveConflict).toEqual({ status: 'RESOLVED', currentValue: 'Ann', incomingValue: 'Anne' });
    const stored = await db.read<{ event: Record<string, unknown>; touched: string[] }>(byHash, { hash: sha256(doc) });
    expect(stored.flatMap((s) => s.touched)).toContain(personId);
  });
});
