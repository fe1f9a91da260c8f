import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCypher } from '../../src/db/cypher.registry.js';

/**
 * A lock taken with apoc.lock in a statement orders it after another transaction's commit only for what the
 * statement reads after the lock. Neo4j's planner reads (caches) a node's properties where it first finds
 * the node, which may be before the lock call: the statement then waits for the other transaction and goes on
 * with the values it replaced (two reviewers of one lead both acting on UNREVIEWED). Every statement in
 * cypher/ that locks a node it names is planned against the real database, and no operator planned before
 * the lock may read a property of that node (its key, read by the index seek that finds it, excepted).
 */
interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}
const LOCK_CALL = /apoc\.lock\.(?:read\.)?(?:nodes|rels)\(/;
const locking = [...loadCypher().entries()].filter(([, text]) => LOCK_CALL.test(text));

/** Variables the lock call names in a list literal (`[l]`, `ELSE [old] END`). */
const lockedVariables = (details: string) => [...details.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
const below = (plan: Plan): Plan[] => plan.children.flatMap((c) => [c, ...below(c)]);
const detailsOf = (plan: Plan) => String(plan.arguments.Details ?? '');

/** Operators planned before a lock call that read a property of a node it locks, as `operator: details`. */
function readsBeforeLock(plan: Plan): string[] {
  const found: string[] = [];
  for (const op of [plan, ...below(plan)]) {
    if (op.operatorType.split('@')[0] !== 'ProcedureCall' || !LOCK_CALL.test(detailsOf(op))) continue;
    for (const v of lockedVariables(detailsOf(op))) {
      const read = new RegExp(`\\b(?:cache\\[)?${v}\\.\\w+`);
      for (const earlier of below(op)) {
        const kind = earlier.operatorType.split('@')[0]!;
        // An index seek reads the key it finds the node by; nothing else of it is read there.
        if (/IndexSeek|IndexScan/.test(kind)) continue;
        // A property the operator sets (`SET e.value = 0`, `, e.x = …`) is written, not read.
        const reads = detailsOf(earlier).replace(new RegExp(`(?:SET|,)\\s*${v}\\.\\w+\\s*=`, 'g'), '');
        if (read.test(reads)) found.push(`${kind}: ${detailsOf(earlier).slice(0, 160)}`);
      }
    }
  }
  return found;
}

let driver: Driver;
beforeAll(() => {
  const db = inject('neo4j');
  driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
});
afterAll(() => driver.close());

describe('statements that lock a node read it after the lock', () => {
  it('has statements to check', () => expect(locking.length).toBeGreaterThanOrEqual(5));

  it.each(locking.map(([name, text]) => [name, text] as const))('%s', async (_name, text) => {
    const params = Object.fromEntries([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => [m[1]!, null]));
    const session = driver.session({ database: inject('neo4j').database });
    try {
      const result = await session.run(`EXPLAIN ${text}`, params);
      expect(readsBeforeLock(result.summary.plan as unknown as Plan)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
