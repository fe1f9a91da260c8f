import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('server on the real Neo4j', () => {
  it('answers /healthz and /readyz with JSON', async () => {
    const base = app.url.replace('/graphql', '');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, neo4j: true, migrations: true, stopping: false });
  });

  it('reports Neo4j 5.26 with GDS and APOC callable through the driver', async () => {
    const res = await app.gql(
      graphql(`
        query Server1 {
          serviceInfo {
            neo4jVersion
            neo4jEdition
            gdsVersion
            apocVersion
          }
        }
      `),
      {},
      [Role.ANALYST],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.serviceInfo.neo4jVersion).toMatch(/^5\.26\./);
    expect(res.data!.serviceInfo.gdsVersion).toMatch(/^2\.13\./);
    expect(res.data!.serviceInfo.apocVersion).toMatch(/^5\.26\./);
  });

  it('refuses a request without a token with UNAUTHENTICATED', async () => {
    const res = await app.gql(
      graphql(`
        query Server2 {
          serviceInfo {
            neo4jVersion
          }
        }
      `),
      {},
      null,
    );
    expect(res.status).toBe(401);
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('answers a malformed query with a code and no stack trace', async () => {
    const res = await app.gqlRaw('{ serviceInfo { ', {}, [Role.ANALYST]);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});

describe('request errors', () => {
  it("an operation name the document does not define is the client's error: BAD_REQUEST, not an internal one", async () => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token([Role.ANALYST])}` },
      body: JSON.stringify({ query: 'query A { viewer { subject } }', operationName: 'B' }),
    });
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });
});
