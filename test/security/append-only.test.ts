import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/db/cypher.registry.js';

/**
 * The audit trail is append-only (docs/security.md): no statement of the service updates or
 * deletes an AuditEvent, an AuditTouch or a TOUCHED link, and none deletes nodes of any label
 * wholesale (which would take the audit trail with it).
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = path.join(dir, e);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.cypher') ? [full] : [];
  });
}

const code = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n');

describe('audit trail is append-only in the code base', () => {
  const all = files(CYPHER_DIR).map((f) => ({ name: path.relative(CYPHER_DIR, f), text: code(f) }));

  it('finds the statements to check', () => {
    expect(all.map((s) => s.name)).toContain('audit/record-event.cypher');
  });

  it('no statement that names the audit trail sets, removes, merges or deletes anything', () => {
    const offending = all
      .filter((s) => /AuditEvent|AuditTouch|TOUCHED/.test(s.text) && !s.name.startsWith('migrations/'))
      .filter((s) => /\b(SET|REMOVE|DELETE|MERGE)\b/i.test(s.text))
      .map((s) => s.name);
    expect(offending).toEqual([]);
  });

  it('no statement deletes nodes it matched without a label', () => {
    const offending = all
      // bench/ statements run only in the benchmarks' own throwaway databases (wiped between seeds).
      .filter((s) => /\bDELETE\b/i.test(s.text) && !s.name.startsWith('bench/'))
      .filter((s) => {
        const deleted = [...s.text.matchAll(/DELETE\s+(\w+)/gi)].map((m) => m[1]!);
        // Labelled somewhere in the statement, e.g. MATCH (r:DealerRisk): scoped to that label; a
        // relationship is scoped by its type, e.g. MATCH ()-[d:FIRED_FROM {derived: true}]->().
        // A FOREACH over a pattern comprehension of one relationship type, e.g.
        // FOREACH (o IN [(n)-[e:SOLD]->(y) WHERE ... | e] | DELETE o), deletes only that type; a
        // relationship compared with a conflict's recorded link (type(o) = c.link) is one the
        // import's link rules wrote, never an audit relationship.
        const typedList = (v: string) =>
          new RegExp(`FOREACH\\s*\\(\\s*${v}\\s+IN\\s+.*\\[\\s*(\\w+)\\s*:\\s*[A-Z_]+\\s*\\][^|]*\\|\\s*\\1\\s*\\]`).test(s.text);
        const conflictLink = (v: string) => new RegExp(`type\\(\\s*${v}\\s*\\)\\s*=\\s*c\\.link\\b`).test(s.text);
        return deleted.some((v) => !new RegExp(`[([]\\s*${v}\\s*:`).test(s.text) && !typedList(v) && !conflictLink(v));
      })
      .map((s) => s.name);
    expect(offending).toEqual([]);
  });
});
