import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import type { Gateway } from '../../src/db/gateway.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { sha256, testStatement, unique } from './support.js';

/**
 * TRUST_PROXY against the running server: the address in the audit record (and the per-address
 * rate limit) is the peer of the connection unless the service is told it sits behind a proxy;
 * then it is the client the proxy forwarded for, and what a client wrote into X-Forwarded-For
 * itself is never believed.
 */
const byHash = testStatement('audit-events-by-hash');
let db: Gateway;
const apps: TestApp[] = [];
beforeAll(() => {
  db = testGateway();
});
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await db.close();
});

async function app(env: Record<string, string>) {
  const started = await startTestApp(env);
  apps.push(started);
  return started;
}

/** An audited request (a read of the audit trail) with the given X-Forwarded-For; returns the recorded source address. */
async function recordedAddress(target: TestApp, forwardedFor?: string): Promise<string> {
  const document = `query Proxy_${unique()} { auditEvents(first: 1) { totalCount } }`;
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${await target.token([Role.SUPERVISOR])}` };
  if (forwardedFor !== undefined) headers['x-forwarded-for'] = forwardedFor;
  const res = await fetch(target.url, { method: 'POST', headers, body: JSON.stringify({ query: document }) });
  expect(res.status).toBe(200);
  const [stored] = await db.read<{ event: { sourceAddress: string } }>(byHash, { hash: sha256(document) });
  return stored!.event.sourceAddress;
}

/** Statuses of requests with a bad token (these spend the per-address budget) from the given forwarded addresses. */
async function badTokenStatuses(target: TestApp, forwardedFor: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const xff of forwardedFor) {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token', 'x-forwarded-for': xff },
      body: JSON.stringify({ query: '{ viewer { subject } }' }),
    });
    statuses.push(res.status);
  }
  return statuses;
}

describe('TRUST_PROXY', () => {
  it('off (the default): X-Forwarded-For is ignored, the audit names the connection peer', async () => {
    const direct = await app({});
    expect(direct.config.TRUST_PROXY).toBe(false);
    expect(await recordedAddress(direct, '203.0.113.9')).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(await recordedAddress(direct)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('one hop: the audit names the client the proxy forwarded for, not what the client claimed', async () => {
    const proxied = await app({ TRUST_PROXY: '1' });
    expect(await recordedAddress(proxied, '203.0.113.9')).toBe('203.0.113.9');
    // The client sent "X-Forwarded-For: 10.0.0.1"; the proxy appended the address it saw.
    expect(await recordedAddress(proxied, '10.0.0.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(await recordedAddress(proxied)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('a list of proxies: trusted hops are skipped from the right, the first untrusted address is the client', async () => {
    const proxied = await app({ TRUST_PROXY: 'loopback, 10.20.0.0/16' });
    expect(await recordedAddress(proxied, '198.51.100.7, 10.20.3.4')).toBe('198.51.100.7');
    expect(await recordedAddress(proxied, '10.0.0.1, 198.51.100.7, 10.20.3.4')).toBe('198.51.100.7');
  });

  it('rate-limits bad-token requests per forwarded client behind a proxy, and per peer when off', async () => {
    const proxied = await app({ TRUST_PROXY: '1', RATE_LIMIT_PER_MINUTE: '2' });
    expect(await badTokenStatuses(proxied, ['203.0.113.20', '203.0.113.20', '203.0.113.20', '203.0.113.21'])).toEqual([401, 401, 429, 401]);
    const direct = await app({ RATE_LIMIT_PER_MINUTE: '2' });
    // Off, a changed header does not buy a fresh budget.
    expect(await badTokenStatuses(direct, ['203.0.113.20', '203.0.113.20', '203.0.113.21'])).toEqual([401, 401, 429]);
  });

  it('validates the setting', () => {
    const load = (TRUST_PROXY: string) => loadConfig({ NODE_ENV: 'test', TRUST_PROXY });
    expect(load('false').TRUST_PROXY).toBe(false);
    expect(load('0').TRUST_PROXY).toBe(false);
    expect(load('2').TRUST_PROXY).toBe(2);
    expect(load('10.0.0.0/8, loopback, ::1').TRUST_PROXY).toEqual(['10.0.0.0/8', 'loopback', '::1']);
    for (const bad of ['true', '11', 'proxy.example.org', '10.0.0.0/99']) expect(() => load(bad), bad).toThrow(ConfigError);
  });
});
