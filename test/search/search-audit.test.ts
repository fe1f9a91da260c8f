import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { Gateway } from '../../src/db/gateway.js';
import type { Statement } from '../../src/db/cypher.registry.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { testStatement, unique } from '../security/support.js';
import { importRecords, resolutionPeople } from './people.fixtures.js';

/**
 * A search that shows people stores its audit record in the transaction that read them (one
 * commit; src/search/search.data.ts, src/audit/write-audit.ts readAuditRecorder): exactly one
 * record per request, naming the people shown, read back by "who looked at this person", and
 * no answer when that record cannot be stored (CJIS AU-3, fail closed).
 */
const auditOfRequest: Statement = {
  name: 'test-search/audit-of-request',
  text: readFileSync(new URL('./cypher/audit-of-request.cypher', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n'),
};
const createConstraint = testStatement('create-request-id-constraint');
const dropConstraint = testStatement('drop-request-id-constraint');

interface Stored {
  part: number;
  outcome: string;
  wrote: boolean;
  operation: string;
  rootFields: string[];
  errorCodes: string[];
  personIds: string[];
  touched: string[];
}

const SEARCH = `query AuditedSearch($text: String!, $kinds: [SearchKind!]) {
  search(text: $text, kinds: $kinds, first: 20) { edges { node { kind key label } } }
}`;
const WHO_READ = `query WhoRead($id: ID!) { auditEvents(filter: { personId: $id }, first: 20) { totalCount edges { node { operation outcome personIds requestId wrote } } } }`;

let app: TestApp;
let db: Gateway;
const fx = resolutionPeople(`A${Date.now().toString(36).toUpperCase()}`);
beforeAll(async () => {
  app = await startTestApp();
  db = testGateway();
  await importRecords(app.gateway, fx.records);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

type Body = { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
async function post(query: string, variables: Record<string, unknown>, roles: Role[], requestId = `search-audit-${unique()}`) {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token(roles)}`, 'x-request-id': requestId },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, text: await res.text(), requestId };
}
const stored = (requestId: string) => db.read<Stored>(auditOfRequest, { requestId });

describe('search audited in its own read', () => {
  it('stores one record per search naming exactly the people shown, found again by who read them', async () => {
    const res = await post(SEARCH, { text: 'Dana Whitfordley', kinds: ['PERSON', 'FFL'] }, [Role.INVESTIGATOR]);
    expect(res.status).toBe(200);
    const edges = (JSON.parse(res.text) as Body).data.search.edges as Array<{ node: { kind: string; key: string } }>;
    const shown = edges.filter((e) => e.node.kind === 'PERSON').map((e) => e.node.key);
    expect(shown).toEqual(expect.arrayContaining([fx.id('DANA1'), fx.id('DANA2')]));
    const records = await stored(res.requestId);
    // One record, written in the search's transaction (part 1): no second record after the answer.
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ part: 1, outcome: 'ALLOWED', wrote: false, operation: 'AuditedSearch', rootFields: ['search'], errorCodes: [] });
    expect(records[0]!.personIds).toEqual([...shown].sort());
    expect([...records[0]!.touched].sort()).toEqual([...shown].sort());
    const who = await post(WHO_READ, { id: fx.id('DANA1') }, [Role.SUPERVISOR]);
    const events = (JSON.parse(who.text) as Body).data.auditEvents.edges.map((e: { node: unknown }) => e.node);
    expect(events).toContainEqual({ operation: 'AuditedSearch', outcome: 'ALLOWED', personIds: [...shown].sort(), requestId: res.requestId, wrote: false });
  });

  it('writes no record for a search that shows nobody', async () => {
    const res = await post(SEARCH, { text: fx.serialOf('G2'), kinds: ['FIREARM', 'PERSON'] }, [Role.INVESTIGATOR]);
    expect(res.status).toBe(200);
    const kinds = ((JSON.parse(res.text) as Body).data.search.edges as Array<{ node: { kind: string } }>).map((e) => e.node.kind);
    expect(kinds).not.toContain('PERSON');
    expect(await stored(res.requestId)).toEqual([]);
  });

  it('withholds the people when their record cannot be stored in the search transaction', async () => {
    const requestId = `search-audit-refused-${unique()}`;
    await db.write(createConstraint);
    try {
      const first = await post(SEARCH, { text: 'Whitfordley', kinds: ['PERSON'] }, [Role.INVESTIGATOR], requestId);
      expect(first.text).toContain('Whitfordley');
      // Same request id: Neo4j refuses the second in-transaction record (requestId, part 1), so
      // the search rolls back and its answer carries no name.
      const second = await post(SEARCH, { text: 'Whitfordley', kinds: ['PERSON'] }, [Role.INVESTIGATOR], requestId);
      expect(second.text).not.toContain('Whitfordley');
      expect((JSON.parse(second.text) as Body).errors?.map((e) => e.extensions?.code)).toEqual(['AUDIT_UNAVAILABLE']);
    } finally {
      await db.write(dropConstraint);
    }
    // The first search's record, and the refused one's after-answer record (part 0, ERROR): nothing half-written.
    const records = await stored(requestId);
    expect(records.map((r) => [r.part, r.outcome])).toEqual([
      [0, 'ERROR'],
      [1, 'ALLOWED'],
    ]);
    expect(records[0]!.errorCodes).toEqual(['AUDIT_UNAVAILABLE']);
  });
});
