import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { sha256, testStatement, unique } from './support.js';

const byHash = testStatement('audit-events-by-hash');

/**
 * A nullable variable may stand for a non-null argument that has a default (`first: Int! = 20`
 * given `$n: Int`); GraphiQL sends a cleared variable as null. Such a null used to fail inside
 * graphql-js while executing the field, and the analyst saw INTERNAL_SERVER_ERROR "Internal
 * error". It is the caller's input: BAD_USER_INPUT naming the argument, before any statement.
 */
let app: TestApp;
let license: string;
let personId: string;
beforeAll(async () => {
  app = await startTestApp();
  const example = inject('manifest').traceExamples[0]!;
  license = example.dealerLicense;
  personId = example.purchaserId;
});
afterAll(async () => {
  await app.close();
});

describe('null sent for a non-null argument with a default', () => {
  const cases: Array<[string, () => string, Record<string, unknown>, string]> = [
    ['a page size', () => 'query($n: Int) { scenes(first: $n) { totalCount } }', { n: null }, 'first'],
    ['a nested page size', () => `query($n: Int) { ffl(license: "${license}") { sales(first: $n) { totalCount } } }`, { n: null }, 'first'],
    ['a score threshold', () => 'query($m: Float) { duplicateCandidates(minScore: $m) { totalCount } }', { m: null }, 'minScore'],
    [
      'a flag',
      () => `query($b: Boolean) { shortestPaths(from: "Ffl:${license}", to: "Person:${personId}", timeOrdered: $b) { hops } }`,
      { b: null },
      'timeOrdered',
    ],
    ['an enum', () => 'query($s: MetricScope) { agencyMetrics(scope: $s) { __typename } }', { s: null }, 'scope'],
    [
      'a field of an input object',
      () => 'query($n: Int) { mostConnected(filter: { state: "FL", maxSeeds: $n }) { chartNodes } }',
      { n: null },
      'filter.maxSeeds',
    ],
  ];

  it.each(cases)('%s: BAD_USER_INPUT naming the argument, no statement run', async (_what, query, variables, field) => {
    const before = app.gateway.statements;
    const res = await app.gqlRaw(query(), variables, [Role.INVESTIGATOR]);
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0]!.message).toBe(`${field}: must not be null; leave it out to use its default`);
    expect(app.gateway.statements).toBe(before);
  });

  it('a mutation is refused the same way, before it writes, and the refusal is on the audit trail', async () => {
    const doc = `mutation WildShare_${unique()}($a: Boolean) { shareInvestigation(id: "wild-none", agency: $a) { id } }`;
    const res = await app.gqlRaw(doc, { a: null }, [Role.INVESTIGATOR]);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'agency' });
    const db = testGateway();
    try {
      const stored = await db.read<{ event: Record<string, unknown> }>(byHash, { hash: sha256(doc) });
      expect(stored.map((r) => [r.event.outcome, r.event.errorCodes, r.event.wrote])).toEqual([['ERROR', ['BAD_USER_INPUT'], false]]);
    } finally {
      await db.close();
    }
  });

  it('the same variable left out takes the default, and null for a nullable argument is fine', async () => {
    const res = await app.gqlRaw('query($n: Int, $a: String) { scenes(first: $n, after: $a) { edges { cursor } } }', { a: null }, [Role.INVESTIGATOR]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.scenes.edges).toHaveLength(20);
  });

  it('only the operation that runs is checked: another operation of the document may leave its variable null', async () => {
    const query = `query A($n: Int) { scenes(first: $n) { totalCount } } query B($n: Int) { linkChart(seeds: ["Ffl:${license}"], depth: $n, limit: 2) { truncated } }`;
    const post = async (operationName: string) => {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${await app.token([Role.INVESTIGATOR])}` };
      const res = await fetch(app.url, { method: 'POST', headers, body: JSON.stringify({ query, operationName, variables: { n: null } }) });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: Record<string, unknown> }> };
    };
    expect((await post('A')).errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const b = await post('B');
    expect(b.errors).toBeUndefined();
    expect(b.data!.linkChart).toEqual({ truncated: true });
  });
});
