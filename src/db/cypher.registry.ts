import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every Cypher statement lives in cypher/<area>/<name>.cypher, one per file, parameters only.
 * Code names a statement with `cypher('area/name')` at module load; `loadCypher()` at start
 * reads every file once and fails the start (not a request) when a named file is missing.
 */
export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

export interface Statement {
  readonly name: string;
  /** The statement text; throws if loadCypher() has not run. */
  readonly text: string;
}

const texts = new Map<string, string>();
const named = new Set<string>();

export function cypher(name: string): Statement {
  named.add(name);
  return {
    name,
    get text() {
      const text = texts.get(name);
      if (text === undefined) throw new Error(`Cypher statement ${name} is not loaded (call loadCypher at start)`);
      return text;
    },
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : full.endsWith('.cypher') ? [full] : [];
  });
}

/** Reads every statement file; throws listing each statement the code names but the folder lacks. */
export function loadCypher(dir = CYPHER_DIR): Map<string, string> {
  texts.clear();
  for (const file of walk(dir)) {
    const name = path
      .relative(dir, file)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    texts.set(name, stripComments(readFileSync(file, 'utf8')));
  }
  const missing = [...named].filter((n) => !texts.has(n));
  if (missing.length) {
    throw new Error(`Missing Cypher statement files in ${dir}: ${missing.map((m) => `${m}.cypher`).join(', ')}`);
  }
  return texts;
}

/** Files may start with `//` comment lines that say what the statement is for. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** Statement names under one folder, in file-name order (used for migrations). */
export function statementsUnder(prefix: string): string[] {
  return [...texts.keys()].filter((n) => n.startsWith(`${prefix}/`)).sort();
}

export function statementText(name: string): string {
  const text = texts.get(name);
  if (text === undefined) throw new Error(`Cypher statement ${name} is not loaded`);
  return text;
}
