import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { Gateway } from '../../src/db/gateway.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { sha256, testStatement, unique } from './support.js';
import { graphql } from '../generated/graphql/index.js';

const byHash = testStatement('audit-events-by-hash');
const ALL = [Role.ANALYST, Role.INVESTIGATOR, Role.SUPERVISOR, Role.INGEST, Role.ADMIN];

let app: TestApp;
let db: Gateway;
let personId: string;
beforeAll(async () => {
  app = await startTestApp();
  db = testGateway();
  // A purchaser the seed planted (its manifest): a real Person with personal data.
  personId = inject('manifest').traceExamples[0]!.purchaserId;
});
afterAll(async () => {
  await app.close();
  await db.close();
});

/** Each request gets its own document (unique operation name), so its audit record is found by hash. */
async function run(document: string, role: Role, variables: Record<string, unknown> = {}) {
  const res = await app.gqlRaw(document, variables, [role]);
  const stored = await db.read<{ event: Record<string, unknown>; touched: string[] }>(byHash, { hash: sha256(document) });
  return { ...res, codes: (res.errors ?? []).map((e) => e.extensions?.code), audit: stored.map((s) => s.event) };
}

describe('role x operation matrix', () => {
  it.each(ALL)('serviceInfo and viewer: open to %s', async (role) => {
    const res = await run(`query Info_${unique()} { serviceInfo { version } viewer { roles canSeePersonalData } }`, role);
    expect(res.errors).toBeUndefined();
    expect(res.data!.viewer.roles).toEqual([role]);
    expect(res.data!.viewer.canSeePersonalData).toBe(role === Role.INVESTIGATOR || role === Role.SUPERVISOR);
    // Nothing personal, nothing refused: no audit record.
    expect(res.audit).toEqual([]);
  });

  const auditExpect: Record<Role, 'allowed' | 'forbidden'> = {
    [Role.ANALYST]: 'forbidden',
    [Role.INVESTIGATOR]: 'forbidden',
    [Role.SUPERVISOR]: 'allowed',
    [Role.INGEST]: 'forbidden',
    [Role.ADMIN]: 'forbidden',
    [Role.EXAMINER]: 'forbidden',
  };
  it.each(ALL)('auditEvents: %s', async (role) => {
    const res = await run(`query Audit_${unique()} { auditEvents(first: 1) { totalCount } }`, role);
    if (auditExpect[role] === 'allowed') {
      expect(res.errors).toBeUndefined();
      expect(res.data!.auditEvents.totalCount).toBeGreaterThanOrEqual(0);
      expect(res.audit.map((e) => e.outcome)).toEqual(['ALLOWED']);
    } else {
      expect(res.codes).toEqual(['FORBIDDEN']);
      expect(res.data ?? null).toBeNull();
      expect(res.audit.map((e) => e.outcome)).toEqual(['DENIED']);
    }
  });

  const personExpect: Record<Role, 'visible' | 'masked' | 'forbidden'> = {
    [Role.ANALYST]: 'masked',
    [Role.INVESTIGATOR]: 'visible',
    [Role.SUPERVISOR]: 'visible',
    [Role.INGEST]: 'forbidden',
    [Role.ADMIN]: 'forbidden',
    [Role.EXAMINER]: 'forbidden',
  };
  it.each(ALL)('person(id) personal fields: %s', async (role) => {
    const document = `query Person_${unique()}($id: NonEmptyString!) { person(id: $id) { id personId state firstName lastName dateOfBirth address city } }`;
    const res = await run(document, role, { id: personId });
    const expected = personExpect[role];
    if (expected === 'forbidden') {
      expect(res.codes).toEqual(['FORBIDDEN']);
      expect(res.data?.person ?? null).toBeNull();
      expect(res.audit).toMatchObject([{ outcome: 'DENIED', errorCodes: ['FORBIDDEN'] }]);
      return;
    }
    // Masked fields are null with no error entry: one rule, everywhere.
    expect(res.errors).toBeUndefined();
    const p = res.data!.person;
    expect(p.id).toBe(`Person:${personId}`);
    expect(p.personId).toBe(personId);
    expect(typeof p.state).toBe('string');
    if (expected === 'visible') {
      expect(typeof p.firstName).toBe('string');
      expect(typeof p.lastName).toBe('string');
      expect(p.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(res.audit).toMatchObject([{ outcome: 'ALLOWED', personIds: [personId], roles: [role] }]);
    } else {
      expect([p.firstName, p.lastName, p.dateOfBirth, p.address, p.city]).toEqual([null, null, null, null, null]);
      expect(res.audit).toMatchObject([{ outcome: 'DENIED', personIds: [personId], errorCodes: [] }]);
    }
  });

  it('link chart of a person: personal properties masked for ANALYST, visible for INVESTIGATOR, both audited', async () => {
    const chart = (name: string) => `query ${name} { linkChart(seeds: ["Person:${personId}"], depth: 1) { nodes { id kind properties } } }`;
    const analyst = await run(chart(`ChartA_${unique()}`), Role.ANALYST);
    const investigator = await run(chart(`ChartI_${unique()}`), Role.INVESTIGATOR);
    expect(analyst.errors).toBeUndefined();
    expect(investigator.errors).toBeUndefined();
    const personNode = (r: typeof analyst) => r.data!.linkChart.nodes.find((n: { id: string }) => n.id === `Person:${personId}`);
    expect(personNode(analyst).properties.lastName).toBeNull();
    expect(typeof personNode(investigator).properties.lastName).toBe('string');
    expect(analyst.audit).toMatchObject([{ outcome: 'DENIED' }]);
    expect(analyst.audit[0]!.personIds).toContain(personId);
    expect(investigator.audit).toMatchObject([{ outcome: 'ALLOWED' }]);
    expect(investigator.audit[0]!.personIds).toContain(personId);
  });

  it('a supervisor finds every look at the person with the person filter', async () => {
    const res = await app.gql(
      graphql(`
        query Roles1($id: ID!) {
          auditEvents(filter: { personId: $id }, first: 100) {
            edges {
              node {
                outcome
                roles
              }
            }
          }
        }
      `),
      { id: personId },
      [Role.SUPERVISOR],
    );
    expect(res.errors).toBeUndefined();
    const seen = res.data!.auditEvents.edges.map((e: { node: { outcome: string; roles: string[] } }) => `${e.node.roles[0]}:${e.node.outcome}`);
    // The reads above: analyst masked (person + chart), investigator and supervisor allowed.
    expect(seen).toEqual(expect.arrayContaining(['ANALYST:DENIED', 'INVESTIGATOR:ALLOWED', 'SUPERVISOR:ALLOWED']));
  });
});
