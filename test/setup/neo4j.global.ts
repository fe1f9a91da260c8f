import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.js';
import { loadCypher } from '../../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../../src/db/gateway.js';
import { migrate } from '../../src/db/migrate.js';
import type { SeedManifest } from '../../seeds/manifest.js';
import { seedGraph } from '../../seeds/seed.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    /** Planted truth of the scale-S, seed-42 graph every test run starts with (seeds/). */
    manifest: SeedManifest;
  }
}

let local: LocalNeo4j | undefined;
let home: string | undefined;

/**
 * Starts a throwaway Neo4j (free port, temporary folder) for the whole test run, or uses
 * NEO4J_URI when it is set (that database is then written to by the tests).
 */
export async function setup(project: TestProject) {
  let target: TestNeo4j;
  if (process.env.NEO4J_URI) {
    target = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
  } else {
    home = mkdtempSync(path.join(os.tmpdir(), 'crimegun-test-neo4j-'));
    const password = 'test-password-1';
    local = await startLocalNeo4j({
      home,
      port: await freePort(),
      password,
      heap: process.env.TEST_NEO4J_HEAP ?? '1g',
      pagecache: '256m',
      log: (m) => console.log(`[test neo4j] ${m}`),
    });
    target = { uri: local.uri, user: 'neo4j', password, database: 'neo4j' };
  }
  loadCypher();
  const gateway = new Gateway(createDriver(target.uri, target.user, target.password), { database: target.database, txTimeoutMs: 120_000 });
  let manifest: SeedManifest;
  try {
    await migrate(gateway);
    // Scale S, seed 42: a few seconds; MERGE makes it harmless on a reused NEO4J_URI database.
    const seeded = await seedGraph(gateway, { scale: 'S', seed: 42 });
    manifest = seeded.manifest;
    console.log(
      `[test neo4j] seeded scale S seed 42: ${seeded.nodes} nodes, ${seeded.relationships} relationships in ${(seeded.elapsedMs / 1000).toFixed(1)} s`,
    );
  } finally {
    await gateway.close();
  }
  project.provide('neo4j', target);
  project.provide('manifest', manifest);
}

export async function teardown() {
  await local?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
