import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../../src/db/cypher.registry.js';
import { MODEL_RELATIONSHIP_TYPES } from '../../../src/import/graph-model.js';
import { RECORD_LINKS, RECORD_TYPES } from '../../../src/model/records/index.js';

/**
 * The fields each record writes as links are declared once, in the model (src/model/records: `links`;
 * docs/import.md, Conflicts on links). The statements name them literally: a pattern's relationship type
 * and label are part of the statement Neo4j plans, not parameters. So every copy is held to the model
 * here, and a link added, renamed or turned around in one place and not the other fails CI: in each
 * cypher/import/upsert-<type>.cypher the conflict's link (`linkTypes`), the stored links compared
 * (`linked`) and the links written or replaced; in cypher/provenance/resolve-conflict.cypher the node a
 * decided link reaches and its direction; in cypher/provenance/decision-record.cypher the records with
 * links and their direction.
 */
const statement = (name: string) =>
  readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
const list = (text: string) => [...text.matchAll(/'(\w+)'/g)].map((m) => m[1]!).sort();
const sorted = <T>(values: Iterable<T>) => [...new Set(values)].sort();

const declared = Object.entries(RECORD_LINKS).flatMap(([, links]) => Object.values(links));
const inbound = sorted(declared.filter((l) => l.inbound).map((l) => l.type));

describe('the link of each linked field: declared in the model, named alike by every statement', () => {
  it('declares only relationship types of the graph model', () => {
    expect(declared.filter((l) => !(MODEL_RELATIONSHIP_TYPES as readonly string[]).includes(l.type))).toEqual([]);
    expect(declared.length).toBeGreaterThanOrEqual(20);
  });

  it.each(RECORD_TYPES.map((t) => [t] as const))('upsert-%s.cypher compares, conflicts and writes the links the model declares', (type) => {
    const text = statement(`import/upsert-${type}`);
    const links = RECORD_LINKS[type];
    const fields = Object.keys(links).sort();
    // The conflict's link: {field: 'TYPE'} AS linkTypes.
    const literal = /\{([^{}]*)\} AS linkTypes/.exec(text)?.[1];
    const conflicted = Object.fromEntries([...(literal ?? '').matchAll(/(\w+): '(\w+)'/g)].map((m) => [m[1]!, m[2]!]));
    expect(conflicted).toEqual(Object.fromEntries(fields.map((f) => [f, links[f]!.type])));
    // The stored links compared with the incoming ones: {field: [(old)-[:TYPE]->(x:Label) | …]} AS linked.
    const compared = [...text.matchAll(/(\w+): (?:apoc\.coll\.sort\()?\[\(old\)(<?)-\[\w*:(\w+)\]-(>?)\(x:(\w+)\)/g)].map((m) => ({
      field: m[1]!,
      link: { type: m[3]!, to: m[5]!, ...(m[2] ? { inbound: true } : {}) },
    }));
    expect(Object.fromEntries(compared.map((c) => [c.field, c.link]))).toEqual(links);
    expect(compared.length).toBe(fields.length);
    // The links replaced when the field changes (left alone while a decision holds the field) …
    const replaced = [...text.matchAll(/NOT '(\w+)' IN coalesce\(n\.decidedFields, \[\]\) THEN \[\(n\)(<?)-\[e:(\w+)\]-(>?)\(y\)/g)].map((m) => [
      m[1]!,
      { type: m[3]!, inbound: m[2] === '<' },
    ]);
    expect(Object.fromEntries(replaced)).toEqual(Object.fromEntries(fields.map((f) => [f, { type: links[f]!.type, inbound: links[f]!.inbound === true }])));
    // … and the links written.
    const written = [...text.matchAll(/MERGE \((n|t)\)-\[x:(\w+)\]->\((?:n|t)\)/g)].map((m) => `${m[2]!}${m[1] === 't' ? '<' : '>'}`);
    expect(sorted(written)).toEqual(sorted(fields.map((f) => `${links[f]!.type}${links[f]!.inbound ? '<' : '>'}`)));
  });

  it('resolve-conflict.cypher re-points a decided link to the node the model says it reaches, in its direction', () => {
    const text = statement('provenance/resolve-conflict');
    const byLabel = [...text.matchAll(/WITH c, key WHERE c\.link IN \[([^\]]*)\]\s+MATCH \(t:(\w+) /g)].map((m) => [m[2]!, list(m[1]!)]);
    const expected = new Map<string, string[]>();
    for (const l of declared) expected.set(l.to, sorted([...(expected.get(l.to) ?? []), l.type]));
    expect(Object.fromEntries(byLabel)).toEqual(Object.fromEntries(expected));
    expect(list(/c\.link IN \[([^\]]*)\] AS inbound/.exec(text)?.[1] ?? '')).toEqual(inbound);
  });

  it('decision-record.cypher reads the links of every record that has some, in their direction', () => {
    const text = statement('provenance/decision-record');
    const labelOf = (t: string) => /MERGE \(n:(\w+) \{/.exec(statement(`import/upsert-${t}`))![1]!;
    const linked = RECORD_TYPES.filter((t) => Object.keys(RECORD_LINKS[t]).length > 0).map(labelOf);
    expect(list(/c\.label IN \[([^\]]*)\]/.exec(text)?.[1] ?? '')).toEqual(sorted(linked));
    expect(list(/type\(o\) IN \[([^\]]*)\]/.exec(text)?.[1] ?? '')).toEqual(inbound);
  });
});
