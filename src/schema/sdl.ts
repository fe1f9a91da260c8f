import { lexicographicSortSchema, printSchema } from 'graphql';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAppSchema } from './build-schema.js';

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');

/** The SDL as committed in schema/schema.graphql: sorted, so that diffs show real changes only. */
export async function printSchemaSdl(): Promise<string> {
  const header = '# Emitted from the type-graphql classes by `npm run schema:emit`. Do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
