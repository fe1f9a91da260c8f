import type { Role, AuthUser } from '../src/core/role.js';
import type { Gateway } from '../src/db/gateway.js';
import type { Scale, SeedManifest } from '../seeds/manifest.js';

/**
 * What `npm run bench` (bench/run.ts) hands every `bench/*.bench.ts` module. The graph is
 * scale M seed 42 (unless --scale/--seed say otherwise), already migrated and seeded.
 */
export interface BenchContext {
  /** The one gateway to the bench database. */
  gateway: Gateway;
  /** The app server, started in-process against the same database: POST GraphQL here. */
  appUrl: string;
  /** A bearer token for the given roles (default INVESTIGATOR) at agency NY0303000. */
  token(roles?: Role[], user?: Partial<AuthUser>): Promise<string>;
  /** The seeded graph's planted truth; absent when only the import bench runs (it seeds nothing). */
  manifest: SeedManifest;
  scale: Scale;
  /** Connection details, for modules that compare with the raw driver. */
  neo4j: { uri: string; user: string; password: string; database: string };
  /** Present when this run started the bench Neo4j itself (NEO4J_URI unset). */
  localNeo4jHome?: string;
  /** The bench Neo4j's process id when this run started it (for its resident memory). */
  localNeo4jPid?: number;
  log(message: string): void;
}

export interface BenchResult {
  name: string;
  metrics: Record<string, number | string>;
  notes?: string[];
  /** Optional markdown section for bench/results/SUMMARY.md (otherwise a metrics table is written). */
  markdown?: string;
}

export type BenchModule = (ctx: BenchContext) => Promise<BenchResult>;
