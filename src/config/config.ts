import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './client-address.js';

/**
 * Every setting comes from the environment and is validated once at start.
 * `.env.example` lists each of them with its default; keep the two in step.
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const port = z.coerce.number().int().min(1).max(65535);
const memory = z.string().regex(/^\d+[kmgKMG]$/, 'expected a size such as 512m or 2g');
const trustProxy = z.string().transform((value, ctx): TrustProxy => {
  const parsed = parseTrustProxy(value);
  if ('problem' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  }
  return parsed.trust;
});

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'expected bolt://, neo4j:// (or +s/+ssc) URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),

  LOCAL_NEO4J_HOME: z.string().min(1).default('.data/neo4j'),
  LOCAL_NEO4J_BOLT_PORT: port.default(7687),
  LOCAL_NEO4J_PASSWORD: z.string().min(8).default('crimegun-local'),
  LOCAL_NEO4J_HEAP: memory.default('1g'),
  LOCAL_NEO4J_PAGECACHE: memory.default('512m'),

  SEED_DEMO_DATA: bool.default(true),
  /** Re-run the analysis job after writes through the API (importRecords), once they have paused for ANALYSIS_AFTER_INGEST_MS. */
  ANALYSIS_AFTER_INGEST: bool.default(true),
  ANALYSIS_AFTER_INGEST_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  GRAPHIQL: bool.optional(),
  INTROSPECTION: bool.optional(),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Searches run at start before requests are taken, so the first analysts do not wait for Neo4j to compile its code (src/search/search-warm-up.ts); 0 skips. */
  SEARCH_WARM_UP_SECONDS: z.coerce.number().int().min(0).max(600).default(20),
  /** How long /readyz waits for Neo4j to answer its ping before saying 503 (docs/operations.md). */
  READINESS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  /** Local Neo4j supervision: first and longest wait between restart attempts (doubling in between; docs/operations.md). */
  LOCAL_NEO4J_RESTART_MIN_MS: z.coerce.number().int().min(100).max(600_000).default(1_000),
  LOCAL_NEO4J_RESTART_MAX_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** Behind a reverse proxy: which X-Forwarded-For hops to believe (src/config/client-address.ts); off by default. */
  TRUST_PROXY: trustProxy.default(false),
  /** Run only registered documents (src/documents); on by default in production. */
  TRUSTED_DOCUMENTS: bool.optional(),
  /** Extra manifests of registered documents (comma-separated paths; Codegen persisted-documents.json or Apollo's format). */
  TRUSTED_DOCUMENTS_MANIFESTS: z.string().optional(),

  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ISSUER: z.string().min(1).default('crimegun-graph-local'),
  AUTH_AUDIENCE: z.string().min(1).default('crimegun-graph'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /** Bearer token a Prometheus scraper sends to GET /metrics; unset: /metrics answers loopback peers only (docs/operations-metrics.md). */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Leeway for exp/nbf/iat against clock skew between the identity provider and this host. */
  AUTH_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(300).default(30),
  /** Longest token life accepted, counted from iat, whatever exp says. */
  AUTH_MAX_TOKEN_AGE_S: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 86_400)
    .default(43_200),
  /** Query limits (src/limits): rejected at validation, before any statement reaches Neo4j. */
  LIMIT_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(15),
  LIMIT_MAX_ALIASES: z.coerce.number().int().min(1).max(1_000).default(30),
  LIMIT_MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
  LIMIT_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(5_000),
  LIMIT_MAX_DIRECTIVES: z.coerce.number().int().min(1).max(1_000).default(20),
});

export type Config = z.infer<typeof schema> & {
  /** GraphiQL page served at GET /graphql: on unless production, where it must be enabled explicitly. */
  graphiql: boolean;
  /** Only registered documents run (TRUSTED_DOCUMENTS; default: production). */
  trustedDocumentsOnly: boolean;
  introspection: boolean;
  /** True when no NEO4J_URI is given and the service starts its own local Neo4j. */
  embeddedNeo4j: boolean;
};

/** The secret used in local mode; production refuses to start with it. */
export const LOCAL_JWT_SECRET = 'crimegun-graph-local-development-secret-do-not-use';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  const problems: string[] = [];
  if (c.NEO4J_URI && !c.NEO4J_PASSWORD) problems.push('NEO4J_PASSWORD: required when NEO4J_URI is set');
  if (production && !c.AUTH_JWT_SECRET && !c.AUTH_JWKS_URL) {
    problems.push('AUTH_JWT_SECRET or AUTH_JWKS_URL: production needs one of them');
  }
  if (production && c.AUTH_JWT_SECRET === LOCAL_JWT_SECRET) {
    problems.push('AUTH_JWT_SECRET: production refuses the local development secret');
  }
  // Production tokens come from the agency's identity provider: its issuer and this
  // service's audience must be named, never the local defaults.
  if (production && !cleaned.AUTH_ISSUER) problems.push("AUTH_ISSUER: production needs the identity provider's issuer");
  if (production && !cleaned.AUTH_AUDIENCE) problems.push("AUTH_AUDIENCE: production needs this service's audience");
  if (production && c.AUTH_JWKS_URL && !isHttpsOrLoopback(c.AUTH_JWKS_URL)) {
    problems.push('AUTH_JWKS_URL: production fetches keys over https only');
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    ...c,
    AUTH_JWT_SECRET: c.AUTH_JWT_SECRET ?? (c.AUTH_JWKS_URL ? undefined : LOCAL_JWT_SECRET),
    trustedDocumentsOnly: c.TRUSTED_DOCUMENTS ?? production,
    graphiql: c.GRAPHIQL ?? !production,
    introspection: c.INTROSPECTION ?? !production,
    embeddedNeo4j: !c.NEO4J_URI,
  };
}

function isHttpsOrLoopback(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

/** For entry points (npm start, the command-line tools): a bad configuration prints one line per problem and exits 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
