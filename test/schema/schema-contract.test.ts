import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl, SCHEMA_FILE } from '../../src/schema/sdl.js';

describe('the schema as a contract', () => {
  it('schema/schema.graphql is what the type-graphql classes build (run `npm run schema:emit` after changing them)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printSchemaSdl());
  });
});

describe('typed documents of the example operations', () => {
  it('test/generated/operations.ts is what `npm run codegen` makes of schema/operations/', async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const { default: config } = await import('../../codegen.js');
    const outputs = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
    expect(outputs).toHaveLength(1);
    expect(readFileSync(outputs[0]!.filename, 'utf8')).toBe(outputs[0]!.content);
  });
});
