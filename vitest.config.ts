import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql module for everyone: Vite would hand our ESM imports graphql's .mjs build while
    // type-graphql require()s the CommonJS one ("Cannot use GraphQLObjectType from another realm").
    // Node itself (npm start) resolves both to the CommonJS build.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
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
