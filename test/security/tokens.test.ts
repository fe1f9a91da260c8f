import { exportJWK, generateKeyPair, SignJWT, exportSPKI, type JWK } from 'jose';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { ConfigError, LOCAL_JWT_SECRET, loadConfig } from '../../src/config/config.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

const VIEWER = '{ viewer { subject agencyOri roles canSeePersonalData } }';
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

async function ask(url: string, token: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: VIEWER }) });
  return {
    status: res.status,
    body: (await res.json()) as { data?: { viewer: Record<string, unknown> }; errors?: Array<{ message: string; extensions: { code: string } }> },
  };
}

function hs256(secret: string, claims: Record<string, unknown>, alg = 'HS256') {
  return new SignJWT({ ori: 'NY0303000', roles: ['INVESTIGATOR'], ...claims }).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

describe('local HS256 tokens', () => {
  let app: TestApp;
  const base = () => ({ sub: 'alice', iss: app.config.AUTH_ISSUER, aud: app.config.AUTH_AUDIENCE, iat: now(), exp: now() + 600 });
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('accepts a well-formed token and reads subject, agency and roles from it', async () => {
    const res = await ask(app.url, await hs256(app.config.AUTH_JWT_SECRET!, base()));
    expect(res.status).toBe(200);
    expect(res.body.data!.viewer).toEqual({ subject: 'alice', agencyOri: 'NY0303000', roles: ['INVESTIGATOR'], canSeePersonalData: true });
  });

  it('accepts an expiry inside the clock tolerance and refuses one past it', async () => {
    const tolerance = app.config.AUTH_CLOCK_TOLERANCE_S;
    const inside = await ask(app.url, await hs256(app.config.AUTH_JWT_SECRET!, { ...base(), iat: now() - 120, exp: now() - Math.floor(tolerance / 2) }));
    expect(inside.status).toBe(200);
    const outside = await ask(app.url, await hs256(app.config.AUTH_JWT_SECRET!, { ...base(), iat: now() - 120, exp: now() - tolerance - 5 }));
    expect(outside.status).toBe(401);
  });

  const refused: Array<[string, (secret: string, claims: ReturnType<typeof base>) => Promise<string> | string]> = [
    ['no token', () => ''],
    ['a token signed with another secret (forged)', (_s, c) => hs256('x'.repeat(48), c)],
    [
      'a signature altered after signing',
      async (s, c) => {
        const t = await hs256(s, c);
        return `${t.slice(0, -4)}${t.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
      },
    ],
    [
      'claims altered after signing (roles raised)',
      async (s, c) => {
        const [h, , sig] = (await hs256(s, c)).split('.');
        return `${h}.${b64({ ...c, ori: 'NY0303000', roles: ['SUPERVISOR'] })}.${sig}`;
      },
    ],
    ['an expired token', (s, c) => hs256(s, { ...c, iat: now() - 7200, exp: now() - 3600 })],
    ['a token not valid yet (nbf in the future)', (s, c) => hs256(s, { ...c, nbf: now() + 3600 })],
    ['a token older than the maximum age, whatever its exp', (s, c) => hs256(s, { ...c, iat: now() - 13 * 3600, exp: now() + 3600 })],
    ['a token without exp', (s, c) => hs256(s, { ...c, exp: undefined })],
    ['a token for another audience', (s, c) => hs256(s, { ...c, aud: 'some-other-service' })],
    ['a token from another issuer', (s, c) => hs256(s, { ...c, iss: 'https://evil.example' })],
    ['an unsigned token (alg: none)', (_s, c) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...c, ori: 'NY0303000', roles: ['INVESTIGATOR'] })}.`],
    ['a token with another HMAC algorithm (HS512)', (s, c) => hs256(s, c, 'HS512')],
    ['a token without an agency ORI', (s, c) => hs256(s, { ...c, ori: undefined })],
    ['a token with only unknown roles', (s, c) => hs256(s, { ...c, roles: ['ROOT'] })],
    ['a token without a subject', (s, c) => hs256(s, { ...c, sub: undefined })],
  ];
  it.each(refused)('refuses %s with 401 UNAUTHENTICATED and one message for every failure', async (_name, make) => {
    const token = await make(app.config.AUTH_JWT_SECRET!, base());
    const res = await ask(app.url, token || null);
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('production tokens from a JWKS (RS256, ES256)', () => {
  let jwksServer: http.Server;
  let jwksUrl: string;
  let app: TestApp;
  let rsa: Awaited<ReturnType<typeof generateKeyPair>>;
  let ec: Awaited<ReturnType<typeof generateKeyPair>>;
  let stranger: Awaited<ReturnType<typeof generateKeyPair>>;
  const ISSUER = 'https://idp.test.example';
  const AUDIENCE = 'crimegun-graph-test';

  const sign = (key: CryptoKey, alg: string, kid: string, claims: Record<string, unknown> = {}) =>
    new SignJWT({ ori: 'TX0000000', roles: ['ANALYST'], ...claims })
      .setProtectedHeader({ alg, kid, typ: 'JWT' })
      .setSubject('bob')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key);

  beforeAll(async () => {
    rsa = await generateKeyPair('RS256', { extractable: true });
    ec = await generateKeyPair('ES256', { extractable: true });
    stranger = await generateKeyPair('RS256', { extractable: true });
    const keys: JWK[] = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    jwksServer = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((r) => jwksServer.listen(0, '127.0.0.1', r));
    jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
    app = await startTestApp({ AUTH_JWKS_URL: jwksUrl, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });
  });
  afterAll(async () => {
    await app.close();
    await new Promise((r) => jwksServer.close(r));
  });

  it('accepts RS256 and ES256 tokens signed with keys from the JWKS', async () => {
    for (const token of [await sign(rsa.privateKey, 'RS256', 'rsa-1'), await sign(ec.privateKey, 'ES256', 'ec-1')]) {
      const res = await ask(app.url, token);
      expect(res.status).toBe(200);
      expect(res.body.data!.viewer).toEqual({ subject: 'bob', agencyOri: 'TX0000000', roles: ['ANALYST'], canSeePersonalData: false });
    }
  });

  it('refuses a token signed with a key that is not in the JWKS', async () => {
    expect((await ask(app.url, await sign(stranger.privateKey, 'RS256', 'rsa-1'))).status).toBe(401);
    expect((await ask(app.url, await sign(stranger.privateKey, 'RS256', 'unknown-kid'))).status).toBe(401);
  });

  it('refuses HS256 tokens in JWKS mode: the local secret, and the public key used as an HMAC secret (algorithm confusion)', async () => {
    const local = await new SignJWT({ ori: 'TX0000000', roles: ['SUPERVISOR'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(LOCAL_JWT_SECRET));
    expect((await ask(app.url, local)).status).toBe(401);
    const pem = await exportSPKI(rsa.publicKey);
    const confused = await new SignJWT({ ori: 'TX0000000', roles: ['SUPERVISOR'] })
      .setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' })
      .setSubject('mallory')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(pem));
    expect((await ask(app.url, confused)).status).toBe(401);
  });

  it('refuses a JWKS token for another audience or from another issuer, and an expired one', async () => {
    const key = rsa.privateKey;
    const other = await new SignJWT({ ori: 'TX0000000', roles: ['ANALYST'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' })
      .setSubject('bob')
      .setIssuer(ISSUER)
      .setAudience('another-service')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key);
    expect((await ask(app.url, other)).status).toBe(401);
    const foreign = await new SignJWT({ ori: 'TX0000000', roles: ['ANALYST'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' })
      .setSubject('bob')
      .setIssuer('https://other-idp.example')
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key);
    expect((await ask(app.url, foreign)).status).toBe(401);
    const expired = await new SignJWT({ ori: 'TX0000000', roles: ['ANALYST'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' })
      .setSubject('bob')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now() - 7200)
      .setExpirationTime(now() - 3600)
      .sign(key);
    expect((await ask(app.url, expired)).status).toBe(401);
  });

  it('answers 503 SERVICE_UNAVAILABLE, not 401, when the identity provider cannot be reached', async () => {
    const down = await startTestApp({ AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json', AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });
    try {
      const res = await ask(down.url, await sign(rsa.privateKey, 'RS256', 'rsa-1'));
      expect(res.status).toBe(503);
      expect(res.body.errors![0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await down.close();
    }
  });
});

describe('production configuration', () => {
  const prod = {
    NODE_ENV: 'production',
    NEO4J_URI: 'bolt://db.example:7687',
    NEO4J_PASSWORD: 'x',
    AUTH_ISSUER: 'https://idp.example',
    AUTH_AUDIENCE: 'crimegun-graph',
  };
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems;
    }
  };

  it('refuses to start with the local development secret, or with no way to verify tokens', () => {
    expect(problems({ ...prod, AUTH_JWT_SECRET: LOCAL_JWT_SECRET }).join()).toMatch(/AUTH_JWT_SECRET: production refuses the local development secret/);
    expect(problems(prod).join()).toMatch(/AUTH_JWT_SECRET or AUTH_JWKS_URL/);
  });

  it('needs an explicit issuer and audience, and keys over https', () => {
    const { AUTH_ISSUER: _i, AUTH_AUDIENCE: _a, ...bare } = prod;
    const found = problems({ ...bare, AUTH_JWKS_URL: 'https://idp.example/jwks.json' }).join();
    expect(found).toMatch(/AUTH_ISSUER/);
    expect(found).toMatch(/AUTH_AUDIENCE/);
    expect(problems({ ...prod, AUTH_JWKS_URL: 'http://idp.example/jwks.json' }).join()).toMatch(/https only/);
  });

  it('turns GraphiQL and introspection off unless enabled', () => {
    const off = loadConfig({ ...prod, AUTH_JWKS_URL: 'https://idp.example/jwks.json' });
    expect([off.graphiql, off.introspection]).toEqual([false, false]);
    const on = loadConfig({ ...prod, AUTH_JWKS_URL: 'https://idp.example/jwks.json', GRAPHIQL: 'true', INTROSPECTION: 'true' });
    expect([on.graphiql, on.introspection]).toEqual([true, true]);
  });

  it('serves no introspection, no GraphiQL page and no field suggestions when running in production', async () => {
    // Trusted documents off: these layers must hold on their own when a deployment runs without
    // them (test/frontend/trusted-documents.test.ts covers production with them on).
    const app = await startTestApp({
      NODE_ENV: 'production',
      TRUSTED_DOCUMENTS: 'false',
      AUTH_JWT_SECRET: 'p'.repeat(40),
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'crimegun-graph',
    });
    try {
      const intro = await app.gql(
        graphql(`
          query Tokens1 {
            __schema {
              queryType {
                name
              }
            }
          }
        `),
        {},
        [Role.ANALYST],
      );
      expect(intro.data ?? null).toBeNull();
      expect(intro.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await app.gqlRaw('{ viewer { subjct } }', {}, [Role.ANALYST]);
      expect(typo.errors![0]!.message).not.toMatch(/Did you mean|subject/);
      const page = await fetch(app.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toMatch(/html/);
      expect(await page.text()).not.toMatch(/<html|graphiql/i);
    } finally {
      await app.close();
    }
  });

  it('shows field suggestions outside production, where introspection is on anyway', async () => {
    const app = await startTestApp();
    try {
      const typo = await app.gqlRaw('{ viewer { subjct } }', {}, [Role.ANALYST]);
      expect(typo.errors![0]!.message).toMatch(/Did you mean "subject"/);
    } finally {
      await app.close();
    }
  });
});
