import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { Gateway } from '../../src/db/gateway.js';
import { documentSha256 } from '../../src/documents/document-manifest.js';
import { withTypename } from '../../src/documents/operations-manifest.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { testStatement, unique } from '../security/support.js';
import { startProductionApp } from './production-app.js';

const byHash = testStatement('audit-events-by-hash');
const example = inject('manifest').traceExamples[0]!;
const NODE_REFETCH = readFileSync('schema/operations/NodeRefetch.graphql', 'utf8');
const PERSON_PURCHASES = readFileSync('schema/operations/PersonPurchases.graphql', 'utf8');

let prod: TestApp;
let dev: TestApp;
let db: Gateway;
beforeAll(async () => {
  prod = await startProductionApp();
  dev = await startTestApp();
  db = testGateway();
});
afterAll(async () => {
  await prod.close();
  await dev.close();
  await db.close();
});

async function post(app: TestApp, body: Record<string, unknown>, roles = [Role.INVESTIGATOR]) {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token(roles)}` },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}
const codes = (r: Awaited<ReturnType<typeof post>>) => (r.body.errors ?? []).map((e) => e.extensions?.code);
const audit = async (hash: string) => (await db.read<{ event: Record<string, unknown> }>(byHash, { hash })).map((r) => r.event);

describe('trusted documents in production', () => {
  it('refuses a document nobody registered, before parsing it, and puts the refusal on record', async () => {
    const adhoc = `query Adhoc_${unique()} { serviceInfo { version } }`;
    const res = await post(prod, { query: adhoc });
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['UNTRUSTED_DOCUMENT']);
    expect(res.body.data).toBeUndefined();
    // Not even valid GraphQL: the same refusal, never a parse error.
    expect(codes(await post(prod, { query: `{{{ ${unique()}` }))).toEqual(['UNTRUSTED_DOCUMENT']);
    const records = await audit(documentSha256(adhoc));
    expect(records).toMatchObject([{ outcome: 'DENIED', errorCodes: ['UNTRUSTED_DOCUMENT'], subject: 'test-user' }]);
    // No registered document ran (Neo4j stores no null property).
    expect(records[0]!.documentId ?? null).toBeNull();
  });

  it('runs a registered document sent whole, and by hash alone (APQ, documentId, GET)', async () => {
    const variables = { id: `Ffl:${example.dealerLicense}` };
    const whole = await post(prod, { query: NODE_REFETCH, variables });
    expect(whole.body.errors).toBeUndefined();
    expect(whole.body.data!.node).toMatchObject({ id: `Ffl:${example.dealerLicense}`, license: example.dealerLicense });

    // Apollo Client's persisted-query link: the hash of the document as it sends it.
    const apolloHash = documentSha256(withTypename(NODE_REFETCH));
    const apq = await post(prod, { variables, extensions: { persistedQuery: { version: 1, sha256Hash: apolloHash } } });
    expect(apq.status).toBe(200);
    expect(apq.body.errors).toBeUndefined();
    expect(apq.body.data!.node).toMatchObject({ __typename: 'Ffl', id: `Ffl:${example.dealerLicense}`, license: example.dealerLicense });

    const byId = await post(prod, { documentId: `sha256:${documentSha256(NODE_REFETCH)}`, variables });
    expect(byId.body.data).toEqual(whole.body.data);

    const search = new URLSearchParams({
      variables: JSON.stringify(variables),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: apolloHash } }),
    });
    const get = await fetch(`${prod.url}?${search}`, { headers: { authorization: `Bearer ${await prod.token()}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: unknown }).data).toEqual(apq.body.data);
  });

  it('answers an unknown hash PERSISTED_QUERY_NOT_FOUND (APQ), and the full text retry is refused', async () => {
    const res = await post(prod, { extensions: { persistedQuery: { version: 1, sha256Hash: documentSha256(`nothing ${unique()}`) } } });
    expect(codes(res)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(res.body.errors![0]!.message).toBe('PersistedQueryNotFound');
  });

  it("a Relay-style refetch: an object's id from one registered operation refetched with node(id:)", async () => {
    const chain = await post(prod, {
      documentId: documentSha256(readFileSync('schema/operations/FirearmTraceChain.graphql', 'utf8')),
      variables: { id: example.firearmId },
    });
    expect(chain.body.errors).toBeUndefined();
    const purchaser = chain.body.data!.firearm.traceChain.purchaser as { id: string; personId: string; lastName: string };
    const again = await post(prod, { documentId: documentSha256(NODE_REFETCH), variables: { id: purchaser.id } });
    expect(again.body.data!.node).toMatchObject({ id: purchaser.id, personId: purchaser.personId, lastName: purchaser.lastName });
  });

  it('audit records name the registered document that ran', async () => {
    const hash = documentSha256(PERSON_PURCHASES);
    const before = (await audit(hash)).length;
    const res = await post(prod, { documentId: hash, variables: { id: example.purchaserId } }, [Role.ANALYST]);
    expect(res.body.errors).toBeUndefined();
    const records = await audit(hash);
    expect(records.length).toBe(before + 1);
    expect(records.at(-1)).toMatchObject({ documentId: hash, operation: 'PersonPurchases', outcome: 'DENIED' });
  });
});

describe('development keeps free-form documents', () => {
  it('runs an unregistered document, and a registered one by hash without sending it first', async () => {
    const adhoc = await post(dev, { query: `query Adhoc_${unique()} { viewer { roles } }` });
    expect(adhoc.body.errors).toBeUndefined();
    expect(adhoc.body.data!.viewer.roles).toEqual(['INVESTIGATOR']);
    const byHashOnly = await post(dev, {
      variables: { id: `Person:${example.purchaserId}` },
      extensions: { persistedQuery: { version: 1, sha256Hash: documentSha256(NODE_REFETCH) } },
    });
    expect(byHashOnly.body.data!.node).toMatchObject({ id: `Person:${example.purchaserId}` });
  });
});
