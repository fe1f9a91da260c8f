import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCypher } from '../../src/db/cypher.registry.js';
import { MODEL_LABELS, MODEL_PROPERTY_KEYS, MODEL_RELATIONSHIP_TYPES } from '../../src/import/graph-model.js';

/**
 * Every statement in cypher/ is EXPLAINed against the real, seeded database: it must parse and
 * plan with its parameters, and name no label, relationship type or property key that is neither
 * in the model (src/import/graph-model.ts) nor in the seeded graph (Neo4j warns about unknown
 * names in a plan). Migrations are schema commands (not EXPLAINable); every test run applies them.
 * The one other schema command, system/index-drop, runs in test/import/bulk-search-indexes.test.ts.
 */
const SCHEMA_COMMAND = /^\s*(CREATE|DROP)\s+(\w+\s+)?(INDEX|CONSTRAINT)\b/i;
// network/absent-gds-procedure names a procedure that is meant not to exist (it tests the service without GDS).
const statements = [...loadCypher().entries()].filter(
  ([name, text]) => !name.startsWith('migrations/') && !SCHEMA_COMMAND.test(text) && name !== 'network/absent-gds-procedure',
);
const UNKNOWN = /Unknown(Label|RelationshipType|PropertyKey)Warning$/;

let driver: Driver;
const known = { labels: new Set<string>(MODEL_LABELS), types: new Set<string>(MODEL_RELATIONSHIP_TYPES), keys: new Set<string>(MODEL_PROPERTY_KEYS) };
beforeAll(async () => {
  const db = inject('neo4j');
  driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
  const session = driver.session({ database: db.database });
  try {
    for (const [proc, set] of [
      ['db.labels', known.labels],
      ['db.relationshipTypes', known.types],
      ['db.propertyKeys', known.keys],
    ] as const) {
      const res = await session.run(`CALL ${proc}()`);
      for (const r of res.records) set.add(String(r.get(0)));
    }
  } finally {
    await session.close();
  }
});
afterAll(() => driver.close());

describe('every statement in cypher/', () => {
  it('has statements to check', () => expect(statements.length).toBeGreaterThan(80));

  it.each(statements.map(([name, text]) => [name, text] as const))('%s plans, and names only what the model knows', async (_name, text) => {
    const params = Object.fromEntries([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => [m[1]!, null]));
    const session = driver.session({ database: inject('neo4j').database });
    try {
      const result = await session.run(`EXPLAIN ${text}`, params);
      const unknown = result.summary.notifications
        .filter((n) => UNKNOWN.test(n.code))
        .map((n) => /the missing \w+ (?:name|type|key) is: (\w+)/i.exec(n.description)?.[1] ?? n.description)
        .filter((name) => !known.labels.has(name) && !known.types.has(name) && !known.keys.has(name));
      expect(unknown).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
