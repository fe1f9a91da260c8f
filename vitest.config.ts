import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One throwaway Neo4j for the whole run, started and seeded once (test/setup/neo4j.global.ts).
    globalSetup: ['test/setup/neo4j.global.ts'],
    setupFiles: ['test/setup/per-file.ts'],
    // Files share that database and some of them write to it: run them one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ['default'],
  },
});
