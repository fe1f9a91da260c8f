import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver, Transaction } from 'neo4j-driver';
import { createDriver } from '../../src/db/gateway.js';
import { DatabaseBusyError, mapNeo4jError } from '../../src/errors/neo4j-error.map.js';

/**
 * Two writers locking the same two nodes in opposite order: Neo4j detects the deadlock and rolls
 * one back with a transient error. The service must read that as "busy, try again" (not as Neo4j
 * down, not as an internal error): bulk writers retry exactly that error (src/db/transient-retry.ts).
 */
describe('a real deadlock', () => {
  let driver: Driver;
  const database = inject('neo4j').database;
  const keys = [`deadlock-a-${Date.now()}`, `deadlock-b-${Date.now()}`];
  beforeAll(async () => {
    const db = inject('neo4j');
    driver = createDriver(db.uri, db.user, db.password);
    await driver.executeQuery('UNWIND $keys AS k CREATE (:DeadlockProbe {key: k, n: 0})', { keys }, { database });
  });
  afterAll(async () => {
    await driver.executeQuery('MATCH (p:DeadlockProbe) DELETE p', {}, { database });
    await driver.close();
  });

  const bump = (tx: Transaction, key: string) => tx.run('MATCH (p:DeadlockProbe {key: $key}) SET p.n = p.n + 1', { key });

  /** Opposite lock orders, each writer holding its first lock until the other has its own. */
  async function collide(): Promise<unknown[]> {
    const sessions = [driver.session({ database }), driver.session({ database })];
    const txs = sessions.map((s) => s.beginTransaction());
    try {
      await bump(txs[0]!, keys[0]!);
      await bump(txs[1]!, keys[1]!);
      const outcomes = await Promise.allSettled([bump(txs[0]!, keys[1]!).then(() => txs[0]!.commit()), bump(txs[1]!, keys[0]!).then(() => txs[1]!.commit())]);
      return outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason);
    } finally {
      for (const tx of txs) if (tx.isOpen()) await tx.rollback().catch(() => {});
      for (const s of sessions) await s.close();
    }
  }

  it('is mapped to a busy answer that keeps the Neo4j code for the log', async () => {
    const failures = await collide();
    expect(failures).toHaveLength(1);
    const mapped = mapNeo4jError(failures[0]);
    expect(mapped).toBeInstanceOf(DatabaseBusyError);
    expect(mapped.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(String(mapped.extensions.cause)).toMatch(/DeadlockDetected/);
  });
});
