import { readFileSync } from 'node:fs';
import type { Statement } from '../../src/db/cypher.registry.js';

/** Test-only statements of these tests, in test/operations/cypher/, one per file. */
export function opsStatement(name: string): Statement {
  const text = readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n')
    .trim();
  return { name: `test-operations/${name}`, text };
}
