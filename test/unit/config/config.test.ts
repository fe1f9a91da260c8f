import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, LOCAL_JWT_SECRET } from '../../../src/config/config.js';

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('configuration from the environment', () => {
  it('has defaults that run locally with the embedded Neo4j', () => {
    const config = loadConfig({});
    expect(config.embeddedNeo4j).toBe(true);
    expect(config.PORT).toBe(4000);
    expect(config.graphiql).toBe(true);
    expect(config.AUTH_JWT_SECRET).toBe(LOCAL_JWT_SECRET);
  });

  it('names each bad value', () => {
    const found = problems({ PORT: '70000', NEO4J_URI: 'http://x', NEO4J_TX_TIMEOUT_MS: 'soon', LOG_LEVEL: 'loud' });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'NEO4J_TX_TIMEOUT_MS', 'NEO4J_URI', 'PORT']);
  });

  it('needs a password with NEO4J_URI', () => {
    expect(problems({ NEO4J_URI: 'neo4j://db.example:7687' })).toEqual(['NEO4J_PASSWORD: required when NEO4J_URI is set']);
  });

  it('refuses the local secret, and no secret at all, in production', () => {
    const idp = { AUTH_ISSUER: 'https://idp.example.org', AUTH_AUDIENCE: 'crimegun-graph' };
    expect(problems({ NODE_ENV: 'production', AUTH_JWT_SECRET: LOCAL_JWT_SECRET, ...idp })).toEqual([
      'AUTH_JWT_SECRET: production refuses the local development secret',
    ]);
    expect(problems({ NODE_ENV: 'production', ...idp })[0]).toMatch(/AUTH_JWT_SECRET or AUTH_JWKS_URL/);
    const prod = loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(40), ...idp });
    expect(prod.graphiql).toBe(false);
    expect(prod.introspection).toBe(false);
  });
});
