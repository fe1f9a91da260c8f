import { startTestApp, type TestApp } from '../support/app.js';

/**
 * The real server as production runs it (NODE_ENV=production: trusted documents only, no
 * GraphiQL, no introspection), with an own HS256 secret, issuer and audience as production
 * requires of a deployment without a JWKS.
 */
export function startProductionApp(env: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp({
    NODE_ENV: 'production',
    AUTH_JWT_SECRET: 'frontend-test-secret-of-at-least-32-characters',
    AUTH_ISSUER: 'https://idp.test.example/',
    AUTH_AUDIENCE: 'crimegun-graph-test',
    // These tests are about what is answered, not how fast: a machine shared with other test
    // runs must not turn a link chart or a trace chain into a TIMEOUT.
    REQUEST_TIMEOUT_MS: '120000',
    NEO4J_TX_TIMEOUT_MS: '120000',
    ...env,
  });
}
