import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * The GraphQL-over-HTTP conformance audits of graphql-http against the running server, with
 * a valid bearer token on every request (without one the server answers 401 before any
 * GraphQL handling, by design). Every MUST passes; the SHOULDs that do not are listed in the
 * README (Security, "GraphQL over HTTP") with the reason, and pinned here so that a change
 * in either direction is noticed.
 */
let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp();
  token = await app.token([Role.ANALYST]);
});
afterAll(() => app.close());

const withToken = (input: RequestInfo | URL, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

/** SHOULD audits this server does not meet, by id, with the reason (same list as docs/security.md). */
export const KNOWN_SHOULD_FAILURES: Record<string, string> = {
  // Apollo Server answers a document it cannot parse or validate, and variables it cannot
  // coerce, with HTTP 400 for every media type (the spec asks for 4xx with
  // application/graphql-response+json and recommends 200 only for legacy application/json).
  // One status per failure whatever the Accept header: proxies, logs and clients can tell a
  // refused request from an answered one without reading the body.
  '572B': 'SHOULD use 200 status code on document parsing failure when accepting application/json',
  FDE2: 'SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B': 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
};

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it('passes every MUST audit', async () => {
    const results = await Promise.all(serverAudits({ url: () => app.url, fetchFn: withToken }).map((a) => a.fn()));
    const report = results.map((r) => ({ id: r.id, name: r.name, status: r.status, reason: 'reason' in r ? r.reason : undefined }));
    const mustFailures = report.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(mustFailures).toEqual([]);
    const shouldFailures = Object.fromEntries(report.filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok').map((r) => [r.id, r.name]));
    expect(Object.keys(shouldFailures).sort()).toEqual(Object.keys(KNOWN_SHOULD_FAILURES).sort());
  });
});
