import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl, SCHEMA_FILE } from '../../src/schema/sdl.js';

describe('the schema as a contract', () => {
  it('schema/schema.graphql is what the type-graphql classes build (run `npm run schema:emit` after changing them)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printSchemaSdl());
  });
});

describe('typed documents of the example operations and of the tests', () => {
  it('test/generated/operations.ts, test/generated/graphql/, schema/possible-types.json and schema/apollo-type-policies.json are what `npm run codegen` makes', async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const { default: config } = await import('../../codegen.js');
    const outputs = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
    expect(outputs.map((o) => o.filename).sort()).toEqual([
      'schema/apollo-type-policies.json',
      'schema/possible-types.json',
      'test/generated/graphql/gql.ts',
      'test/generated/graphql/graphql.ts',
      'test/generated/graphql/index.ts',
      'test/generated/operations.ts',
    ]);
    for (const output of outputs) expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
  });
});
