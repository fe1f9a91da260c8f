import { readFileSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import type { Statement } from '../../src/db/cypher.registry.js';

/** Test-only statements live in test/security/cypher/, one per file like the service's own. */
export function testStatement(name: string): Statement {
  const text = readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n')
    .trim();
  return { name: `test-security/${name}`, text };
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A short random suffix so that each test's records and fixtures are its own. */
export const unique = () => randomUUID().slice(0, 8);
