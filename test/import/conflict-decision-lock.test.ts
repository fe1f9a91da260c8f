import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { cypher } from '../../src/db/cypher.registry.js';
import type { Gateway, QueryMeta, TransactionReader } from '../../src/db/gateway.js';
import type { TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, validRecords } from './fixtures.js';
import { CONFLICTS, OTHER_AGENCY, RESOLVE_CONFLICT, ingestAs, startConflictApp, type Raw } from './import-api.js';

/**
 * A decision is checked in its own write transaction, after it has locked the conflict's record
 * (docs/import.md, A decision is checked like an import; cypher/provenance/decision-lock.cypher). Each
 * test holds one transaction open at a known point (a gate in the gateway's write transaction, no
 * timing) and waits until Neo4j lists the other one as blocked by it (SHOW TRANSACTIONS) before letting
 * the first go on, so the interleaving is the same on every run:
 * - an import that has linked a trace to the recovery (its FOR_RECOVERY link locks the recovery) and
 *   not yet committed makes the decision wait; the decision's check then sees the trace and refuses a
 *   recovery date after its request. Before, the check read in transactions of its own: it saw no
 *   trace, passed, and the decision's write, waiting only for its own lock, wrote the date anyway;
 * - a decision that has locked the record and not yet read it makes an import writing the record
 *   (a property, and a link to it) wait until the decision has committed.
 */
const snapshot = cypher('import/record-snapshot');
const DECISION_TX = 'provenance/resolve-conflict';
const IMPORT_TX = 'importRecords';

let app: TestApp;
let driver: Driver;
beforeAll(async () => {
  app = await startConflictApp();
  const db = inject('neo4j');
  driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
});
afterAll(async () => {
  await driver.close();
  await app.close();
});

/**
 * Holds the gateway's write transaction `label` open at one point: after its work (`at` omitted) or just
 * before it runs statement `at`. `reached` settles when it gets there; the transaction goes on at `release`.
 */
function holdOpen(gateway: Gateway, label: string, at?: string) {
  const original = gateway.writeInTransaction.bind(gateway);
  let reached!: () => void;
  let release!: () => void;
  const there = new Promise<void>((r) => (reached = r));
  const gate = new Promise<void>((r) => (release = r));
  gateway.writeInTransaction = <T>(l: string, work: (run: TransactionReader) => Promise<T>, meta?: QueryMeta) => {
    if (l !== label) return original(l, work, meta);
    return original(
      l,
      async (run) => {
        const gated: TransactionReader = async (statement, params) => {
          if (statement.name === at) {
            reached();
            await gate;
          }
          return run(statement, params);
        };
        const out = await work(at ? gated : run);
        if (!at) {
          reached();
          await gate;
        }
        return out;
      },
      meta,
    );
  };
  return { reached: there, release, restore: () => Reflect.deleteProperty(gateway, 'writeInTransaction') };
}

/** Waits until Neo4j lists a transaction of the gateway's `label` as blocked (waiting for a lock). */
async function blocked(label: string): Promise<void> {
  const session = driver.session({ database: inject('neo4j').database });
  try {
    for (;;) {
      const res = await session.run("SHOW TRANSACTIONS YIELD status, metaData WHERE status STARTS WITH 'Blocked' RETURN metaData");
      if (res.records.some((r) => (r.get('metaData') as { statement?: string } | null)?.statement === label)) return;
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    await session.close();
  }
}

describe("a decision and an import writing the decision's record", () => {
  const tag = `CL${RUN}${unique()}`;
  const id = (k: string) => `IMPTEST-${tag}-${k}`;
  const base = validRecords(tag) as unknown as Raw[];
  const ori = String(base.find((r) => r.type === 'agency')!.ori);
  const of = (t: string) => base.find((r) => r.type === t)!;
  const recovery = (k: string, recoveredOn: string, changes: Raw = {}): Raw => ({
    ...of('recovery'),
    id: id(k),
    firearmId: id('FA'),
    recoveredOn,
    sceneId: null,
    possessorId: null,
    ...changes,
  });
  const trace = (k: string, recoveryKey: string, requestedAt: string): Raw => ({
    ...of('trace'),
    id: id(k),
    recoveryId: id(recoveryKey),
    requestedAt,
    completedAt: null,
    outcome: 'PENDING',
    dealerRequestedAt: null,
    dealerRespondedAt: null,
    timeToCrimeDays: null,
    resolvedDealerLicense: null,
    resolvedPurchaserId: null,
  });
  const accepted = async (agency: string, records: Raw[]) => expect((await ingestAs(app, agency, records)).errors).toBeUndefined();
  const stored = async (key: string) =>
    (await app.gateway.read<{ props: Record<string, unknown>; links: Array<{ type: string; target: string }> }>(snapshot, { label: 'Recovery', key }))[0]!;

  /** Another agency's recovery date for `key`, kept as an OPEN conflict: its id. */
  async function openConflict(key: string, recoveredOn: string): Promise<string> {
    await accepted(OTHER_AGENCY, [recovery(key, recoveredOn)]);
    const res = await app.gql(CONFLICTS, { o: OTHER_AGENCY, recordType: 'RECOVERY', status: 'OPEN' }, [Role.SUPERVISOR]);
    const found = res.data!.conflicts.edges.map((e) => e.node).find((c) => c.key === id(key) && c.field === 'recoveredOn');
    expect(found).toBeDefined();
    return found!.id;
  }

  beforeAll(async () => {
    await accepted(ori, [...base, recovery('R1', '2025-02-01'), recovery('R2', '2025-03-01')]);
  });

  it('the decision waits for an import that linked a trace to the record, and its check sees the trace', async () => {
    const conflict = await openConflict('R1', '2025-02-10');
    const importing = holdOpen(app.gateway, IMPORT_TX);
    try {
      // The trace's own check passes (the recovery holds 2025-02-01); its transaction is held open once written.
      const imported = ingestAs(app, ori, [trace('T1', 'R1', '2025-02-05T12:00:00.000Z')]);
      await importing.reached;
      const decided = app.gql(RESOLVE_CONFLICT, { id: conflict, keep: 'INCOMING' }, [Role.SUPERVISOR]);
      await blocked(DECISION_TX);
      importing.release();
      expect((await imported).errors).toBeUndefined();
      const res = await decided;
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'keep' });
      expect(res.errors![0]!.message).toMatch(/recoveredOn: recoveredOn 2025-02-10 is after trace .*-T1 was requested/);
    } finally {
      importing.restore();
    }
    expect(String((await stored(id('R1'))).props.recoveredOn)).toBe('2025-02-01');
    const open = await app.gql(CONFLICTS, { o: OTHER_AGENCY, recordType: 'RECOVERY', status: 'OPEN' }, [Role.SUPERVISOR]);
    expect(open.data!.conflicts.edges.map((e) => e.node.id)).toContain(conflict);
  });

  it('an import writing the record, or linking to it, waits until the decision has committed', async () => {
    const conflict = await openConflict('R2', '2025-03-10');
    // Held once the record is locked, before the decision reads it.
    const deciding = holdOpen(app.gateway, DECISION_TX, 'provenance/decision-record');
    try {
      const decided = app.gql(RESOLVE_CONFLICT, { id: conflict, keep: 'INCOMING' }, [Role.SUPERVISOR]);
      await deciding.reached;
      // The record's own agency: a new address (a property of the record) and a trace of it (a link to it).
      const imported = ingestAs(app, ori, [recovery('R2', '2025-03-01', { address: '9 Federal St' }), trace('T2', 'R2', '2025-03-20T12:00:00.000Z')]);
      await blocked(IMPORT_TX);
      deciding.release();
      const res = await decided;
      expect(res.errors).toBeUndefined();
      expect(res.data!.resolveConflict).toMatchObject({ status: 'RESOLVED', kept: 'INCOMING' });
      expect((await imported).errors).toBeUndefined();
    } finally {
      deciding.restore();
    }
    // Both are written: the decided date stays decided (the import re-sent the overruled one), the address and the trace are the import's.
    const r2 = await stored(id('R2'));
    expect(String(r2.props.recoveredOn)).toBe('2025-03-10');
    expect(r2.props.address).toBe('9 Federal St');
    expect(r2.links.filter((l) => l.type === 'FOR_RECOVERY').map((l) => l.target)).toEqual([id('T2')]);
  });
});
