import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Gateway, QueryMeta, TransactionReader } from '../../src/db/gateway.js';

/** `holdOpen`'s `at` for the transaction's first statement, whatever it is. */
export const FIRST_STATEMENT = Symbol('first statement');

/**
 * Interleaves two write transactions the same way on every run, with no timing: one is held open at a
 * known point (a gate in the gateway's write transaction) until Neo4j lists the other as blocked by it
 * (SHOW TRANSACTIONS).
 */
export class TransactionGates {
  private driver: Driver | undefined;

  /**
   * Holds the gateway's write transaction `label` open at one point: after its work (`at` omitted) or just
   * before it runs statement `at` (a cypher/ name, or FIRST_STATEMENT). `reached` settles when it gets
   * there; the transaction goes on at `release`. Only the first transaction of the label to get there is
   * held: another one of the label, or the same one run again, passes.
   */
  holdOpen = (gateway: Gateway, label: string, at?: string | typeof FIRST_STATEMENT) => {
    const original = gateway.writeInTransaction.bind(gateway);
    let reached!: () => void;
    let release!: () => void;
    const there = new Promise<void>((r) => (reached = r));
    const gate = new Promise<void>((r) => (release = r));
    // Only the first transaction to get there is held; the others of the label (another call, a run again) go on.
    let claimed = false;
    const hold = async () => {
      if (claimed) return;
      claimed = true;
      reached();
      await gate;
    };
    gateway.writeInTransaction = <T>(l: string, work: (run: TransactionReader) => Promise<T>, meta?: QueryMeta) => {
      if (l !== label) return original(l, work, meta);
      return original(
        l,
        async (run) => {
          let first = true;
          const gated: TransactionReader = async (statement, params) => {
            if (at === FIRST_STATEMENT ? first : statement.name === at) await hold();
            first = false;
            return run(statement, params);
          };
          const out = await work(at ? gated : run);
          if (!at) await hold();
          return out;
        },
        meta,
      );
    };
    return { reached: there, release, restore: () => Reflect.deleteProperty(gateway, 'writeInTransaction') };
  };

  /**
   * Waits until Neo4j lists a transaction of the gateway's `label` as blocked (waiting for a lock). With
   * `unless`: fails if that settles first (the transaction was never held back, it finished).
   */
  blocked = async (label: string, unless?: Promise<unknown>): Promise<void> => {
    let finished = false;
    void unless?.then(
      () => (finished = true),
      () => (finished = true),
    );
    const db = inject('neo4j');
    this.driver ??= neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
    const session = this.driver.session({ database: db.database });
    try {
      for (;;) {
        const res = await session.run("SHOW TRANSACTIONS YIELD status, metaData WHERE status STARTS WITH 'Blocked' RETURN metaData");
        if (res.records.some((r) => (r.get('metaData') as { statement?: string } | null)?.statement === label)) return;
        if (finished) throw new Error(`${label} finished without waiting for the transaction held open`);
        await new Promise((r) => setTimeout(r, 25));
      }
    } finally {
      await session.close();
    }
  };

  close = async (): Promise<void> => {
    await this.driver?.close();
  };
}
