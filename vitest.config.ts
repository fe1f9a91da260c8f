import { defineConfig } from 'vitest/config';

// One graphql module for everyone: Vite would hand our ESM imports graphql's .mjs build while
// type-graphql require()s the CommonJS one ("Cannot use GraphQLObjectType from another realm").
// Node itself (npm start) resolves both to the CommonJS build.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  resolve,
  test: {
    reporters: ['default'],
    projects: [
      {
        // Pure logic: no database, no server; the whole project answers in seconds.
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/setup/unit.ts'],
          testTimeout: 10_000,
          // Pure modules hold no state between files: one module graph for all of them is faster.
          isolate: false,
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/unit/**', '**/node_modules/**'],
          // One throwaway Neo4j for the whole run, started and seeded once (test/setup/neo4j.global.ts);
          // Debian's Chromium for the browser tests, installed when missing (test/setup/chromium.global.ts).
          globalSetup: ['test/setup/chromium.global.ts', 'test/setup/neo4j.global.ts'],
          setupFiles: ['test/setup/per-file.ts'],
          // Files share that database and some of them write to it: run them one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
