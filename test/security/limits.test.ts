import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Rejected {
  status: number;
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function expectRejectedBeforeNeo4j(query: string, limit: string, variables: Record<string, unknown> = {}) {
  const before = app.gateway.statements;
  const res = (await app.gqlRaw(query, variables, [Role.SUPERVISOR])) as Rejected;
  expect(res.status).toBe(400);
  expect(res.data ?? null).toBeNull();
  expect(res.errors!.length).toBeGreaterThan(0);
  const rejections = res.errors!.filter((e) => e.extensions!.code === 'QUERY_REJECTED');
  expect(rejections.map((e) => e.extensions!.limit)).toContain(limit);
  // Limits are not revealed: no number in any message.
  for (const e of res.errors!) expect(e.message).not.toMatch(/\d/);
  expect(app.gateway.statements).toBe(before);
}

describe('query limits', () => {
  it('answers a normal query (the limits are not in the way)', async () => {
    const before = app.gateway.statements;
    const res = await app.gql(
      graphql(`
        query Limits1 {
          serviceInfo {
            version
            neo4jVersion
          }
          viewer {
            subject
          }
        }
      `),
      {},
      [Role.ANALYST],
    );
    expect(res.errors).toBeUndefined();
    expect(app.gateway.statements).toBeGreaterThan(before);
  });

  it('rejects a query 50 levels deep before any statement reaches Neo4j', async () => {
    // Depth is measured on the document, before types are checked: the same chain is refused
    // whether or not each level exists in the schema (today's schema has no recursive type).
    let deep = 'version';
    for (let i = 0; i < 50; i += 1) deep = `serviceInfo { ${deep} }`;
    await expectRejectedBeforeNeo4j(`{ ${deep} }`, 'DEPTH');
  });

  it('rejects fragment fan-out (each fragment spreading the previous one twice, 2^30 selections) before Neo4j', async () => {
    let fragments = 'fragment F0 on Query { serviceInfo { version } }\n';
    for (let i = 1; i < 30; i += 1) fragments += `fragment F${i} on Query { ...F${i - 1} viewer { subject } ...F${i - 1} }\n`;
    await expectRejectedBeforeNeo4j(`{ ...F29 }\n${fragments}`, 'DEPTH');
  });

  it('rejects 200 aliases before any statement reaches Neo4j', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: serviceInfo { version }`).join(' ');
    await expectRejectedBeforeNeo4j(`{ ${aliases} }`, 'ALIASES');
  });

  it('rejects a cost bomb (nested pages of 100) before any statement reaches Neo4j', async () => {
    const page = (inner: string) => `auditEvents(first: 100) { edges { node { id at subject operation ${inner} } } }`;
    // Three nested lists cannot be built from auditEvents alone; aliases of big pages add up instead.
    const bomb = Array.from({ length: 25 }, (_, i) => `p${i}: ${page('')}`).join(' ');
    await expectRejectedBeforeNeo4j(`{ ${bomb} }`, 'COST');
  });

  it('rejects the same cost bomb when its page sizes come in variables, and answers it with small pages', async () => {
    const page = (i: number) => `p${i}: highRiskDealers(first: $n) { edges { node { license score rank traces } } }`;
    const bomb = `query VariableBomb($n: Int!) { ${Array.from({ length: 25 }, (_, i) => page(i)).join(' ')} }`;
    await expectRejectedBeforeNeo4j(bomb, 'COST', { n: 100 });
    // A variable's default counts like a value sent.
    await expectRejectedBeforeNeo4j(bomb.replace('$n: Int!', '$n: Int = 100'), 'COST');
    const small = (await app.gqlRaw(bomb, { n: 1 }, [Role.SUPERVISOR])) as Rejected;
    expect(small.errors).toBeUndefined();
  });

  it('rejects a document with too many tokens before it is even parsed in full', async () => {
    const fields = Array.from({ length: app.config.LIMIT_MAX_TOKENS + 10 }, () => '__typename').join(' ');
    await expectRejectedBeforeNeo4j(`{ ${fields} }`, 'TOKENS');
  });

  it('refuses batched requests (a JSON array of operations)', async () => {
    const token = await app.token([Role.ANALYST]);
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ viewer { subject } }' }, { query: '{ viewer { subject } }' }]),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toMatch(/batch/i);
  });

  it('never sends a stack trace, even for a request the server cannot make sense of', async () => {
    const token = await app.token([Role.ANALYST]);
    for (const body of [
      '{"query": 42}',
      '{"query": "{ viewer { subject } }", "variables": "nope"}',
      '{"query": "query($x: Int!) { viewer { subject } }", "variables": {"x": "a"}}',
    ]) {
      const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const text = await res.text();
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(text).not.toMatch(/stacktrace|\.ts:\d+|node_modules|at \w+ \(/);
    }
  });
});

describe('rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After once a subject has spent its budget, and only for that subject', async () => {
    const limited = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const ask = async (subject: string) => {
        const token = await limited.token([Role.ANALYST], { subject });
        return fetch(limited.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ viewer { subject } }' }),
        });
      };
      for (let i = 0; i < 5; i += 1) expect((await ask('busy')).status).toBe(200);
      const over = await ask('busy');
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await over.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
      expect(body.errors[0]!.message).not.toMatch(/\d/);
      // Another user is not held back by the first one's budget.
      expect((await ask('calm')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('limits requests with bad tokens per source address, before they can fill the audit trail', async () => {
    const limited = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const res = await fetch(limited.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
          body: JSON.stringify({ query: '{ viewer { subject } }' }),
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
