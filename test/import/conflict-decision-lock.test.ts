import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { TestApp } from '../support/app.js';
import { CONFLICTS, OTHER_AGENCY, ingestAs, startConflictApp } from './import-api.js';
import { DECISION_TX, IMPORT_TX, decisionRace } from './decision-race-cases.js';
import { TransactionGates } from './transaction-gates.js';

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
let app: TestApp;
const gates = new TransactionGates();
const { holdOpen, blocked } = gates;
beforeAll(async () => {
  app = await startConflictApp();
});
afterAll(async () => {
  await gates.close();
  await app.close();
});

describe("a decision and an import writing the decision's record", () => {
  const { id, base, ori, recovery, trace, accepted, stored, openConflict, keepIncoming } = decisionRace(() => app, 'CL');

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
      const decided = keepIncoming(conflict);
      await blocked(DECISION_TX);
      importing.release();
      expect((await imported).errors).toBeUndefined();
      const res = await decided;
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'keep' });
      expect(res.errors![0]!.message).toMatch(/recoveredOn: recoveredOn 2025-02-10 is after trace .*-T1 was requested/);
    } finally {
      importing.restore();
    }
    expect(String((await stored('Recovery', id('R1')))!.props.recoveredOn)).toBe('2025-02-01');
    const open = await app.gql(CONFLICTS, { o: OTHER_AGENCY, recordType: 'RECOVERY', status: 'OPEN' }, [Role.SUPERVISOR]);
    expect(open.data!.conflicts.edges.map((e) => e.node.id)).toContain(conflict);
  });

  it('an import writing the record, or linking to it, waits until the decision has committed', async () => {
    const conflict = await openConflict('R2', '2025-03-10');
    // Held once the record is locked, before the decision reads it.
    const deciding = holdOpen(app.gateway, DECISION_TX, 'provenance/decision-record');
    try {
      const decided = keepIncoming(conflict);
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
    const r2 = (await stored('Recovery', id('R2')))!;
    expect(String(r2.props.recoveredOn)).toBe('2025-03-10');
    expect(r2.props.address).toBe('9 Federal St');
    expect(r2.links.filter((l) => l.type === 'FOR_RECOVERY').map((l) => l.target)).toEqual([id('T2')]);
  });
});
