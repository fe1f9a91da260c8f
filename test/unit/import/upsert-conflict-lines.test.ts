import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../../src/db/cypher.registry.js';
import { RECORD_LINKS, RECORD_TYPES, type RecordType } from '../../../src/model/records/index.js';

/**
 * The rule every upsert applies to a value that differs from the stored one (docs/import.md, Provenance
 * and conflicts: the owning agency wins, otherwise the current value stays; a field a supervisor decided
 * changes only by another decision; the other value is kept as a Conflict with both sources) is written
 * out in each cypher/import/upsert-<type>.cypher: Cypher has no shared subquery across files, and a
 * statement's labels are part of its plan. So the copies are held to each other here: once the record's
 * label, type name and key are set aside, every node record with links carries the same conflict lines,
 * and every node record without links the same ones; a line changed in one copy and not in the others
 * fails CI. The lead (its review workflow's fields) and the association (a relationship, no owning
 * agency) differ by design and are held only to the lines every copy shares.
 */
const text = (type: RecordType) =>
  readFileSync(path.join(CYPHER_DIR, 'import', `upsert-${type}.cypher`), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'));

/** The conflict lines of one upsert: from the split of the changed fields into free and decided ones to the last Conflict line. */
function conflictLines(type: RecordType): string[] {
  const lines = text(type);
  const from = lines.findIndex((l) => /\[k IN diff WHERE NOT k IN coalesce\(old\.decidedFields, \[\]\)\] AS free/.test(l));
  const to = lines.reduce((last, l, i) => (l.includes('c.resolvedBy') ? i : last), -1);
  expect(from, `upsert-${type}: no free/decided split`).toBeGreaterThanOrEqual(0);
  expect(to, `upsert-${type}: no conflict record`).toBeGreaterThan(from);
  const merge = lines.find((l) => /^MERGE \(n:\w+ \{\w+: r\.\w+\}\)$/.test(l));
  const [, label, , key] = /^MERGE \(n:(\w+) \{(\w+): r\.(\w+)\}\)$/.exec(merge ?? '') ?? [];
  return lines.slice(from, to + 1).map((l) =>
    l
      .replaceAll(`'${label}'`, "'<Label>'")
      .replace(/^MERGE \(n:\w+ \{\w+: r\.\w+\}\)$/, 'MERGE (n:<Label> {<key>: r.<key>})')
      .replaceAll(`'${type}'`, "'<type>'")
      .replaceAll(`r.${key},`, 'r.<key>,')
      // The lead calls its decided fields `decided` (`held` there is the review workflow's hold).
      .replaceAll(type === 'lead' ? 'k IN decided' : '\0', 'k IN held')
      .replace(/^ON CREATE SET n\.ownerOri = .*$/, 'ON CREATE SET n.ownerOri = <owner>'),
  );
}

const NODE_TYPES = RECORD_TYPES.filter((t) => t !== 'association' && t !== 'lead');
const linked = NODE_TYPES.filter((t) => Object.keys(RECORD_LINKS[t]).length > 0);
const unlinked = NODE_TYPES.filter((t) => Object.keys(RECORD_LINKS[t]).length === 0);

describe('the conflict rule, written out in every upsert, is the same in each copy', () => {
  it('sorts the node records into those with links and those without', () => {
    expect(linked.length).toBeGreaterThanOrEqual(6);
    expect(unlinked.length).toBeGreaterThanOrEqual(3);
  });

  it.each(linked.slice(1).map((t) => [t] as const))(`upsert-%s.cypher has the conflict lines of upsert-${linked[0]}.cypher`, (type) => {
    expect(conflictLines(type)).toEqual(conflictLines(linked[0]!));
  });

  it.each(unlinked.slice(1).map((t) => [t] as const))(`upsert-%s.cypher has the conflict lines of upsert-${unlinked[0]}.cypher`, (type) => {
    expect(conflictLines(type)).toEqual(conflictLines(unlinked[0]!));
  });

  it.each(RECORD_TYPES.map((t) => [t] as const))('upsert-%s.cypher keeps a conflict the way every copy does', (type) => {
    const lines = conflictLines(type);
    // The lines of a value conflict that every record type writes alike (both sides, their sources, when).
    for (const shared of [
      '    c.currentValue = toString(before[k]), c.currentTyped = before[k], c.currentSourceId = CASE WHEN k IN held THEN null ELSE before.valueSourceId END, c.currentOri = CASE WHEN k IN held THEN null ELSE before.valueSourceOri END,',
      '    c.incomingValue = toString(props[k]), c.incomingTyped = props[k], c.incomingSourceId = $source.id, c.incomingOri = $source.agencyOri,',
    ])
      expect(lines, `upsert-${type}`).toContain(shared);
    expect(text(type), `upsert-${type}`).toContain(
      'SET n.sourceIds = CASE WHEN $source.id IN coalesce(n.sourceIds, []) THEN n.sourceIds ELSE coalesce(n.sourceIds, [])[-49..] + $source.id END',
    );
  });
});
