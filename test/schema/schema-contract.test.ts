import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl, SCHEMA_FILE } from '../../src/schema/sdl.js';

describe('the schema as a contract', () => {
  it('schema/schema.graphql is what the type-graphql classes build (run `npm run schema:emit` after changing them)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printSchemaSdl());
  });
});
