import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/importer.js';
import { newWriteSource } from '../../src/import/write-source.js';
import type { TestApp } from '../support/app.js';
import { rejectsOf } from './chronology-cases.js';
import { DECISION_TX, IMPORT_TX, decisionRace } from './decision-race-cases.js';
import { tempDir, writeNdjson } from './fixtures.js';
import { ingestAs, startConflictApp } from './import-api.js';
import { FIRST_STATEMENT, TransactionGates } from './transaction-gates.js';

/**
 * An import checks its records in reads of its own and writes them in another transaction; a
 * supervisor's decision landing in between changes a record those checks read (docs/import.md, "A
 * decision is checked like an import"; src/import/decision-epoch.data.ts). Each test holds one
 * transaction at a known point (transaction-gates.ts) so the interleaving is the same on every run:
 * - checked before a decision and written after it, an importRecords call and a file import each check
 *   their trace again, find the recovery it traces moved past its request, and write nothing of it.
 *   Before, both wrote the trace as checked against the old date: a trace requested before its recovery;
 * - a decision under way makes an import that writes a record its check reads, but not the decided
 *   record itself (a sale of the decided recovery's gun), wait; the import is then checked against the
 *   decided date and refused. Before, only the decided record was locked: the sale was written beside
 *   the decision, and the gun was recovered before it was sold;
 * - two imports race the same way when one is the owning agency's correction of a value the other's
 *   record depends on: the correction waits for an import writing a dependent and is checked again under
 *   the lock, and an import checked before a correction committed is checked again. Before, both wrote.
 */
let app: TestApp;
const gates = new TransactionGates();
beforeAll(async () => {
  app = await startConflictApp();
});
afterAll(async () => {
  await gates.close();
  await app.close();
});

describe('an import and a decision landing between its checks and its write', () => {
  const { tag, id, base, ori, of, recovery, trace, accepted, stored, openConflict, keepIncoming: decide } = decisionRace(() => app, 'CE');

  beforeAll(async () => {
    // FB: a gun recovered 2025-06-01 with no sale on record.
    const gun = { ...of('firearm'), id: id('FB'), serial: `IMPB${tag}` };
    await accepted(ori, [...base, gun, recovery('R1', '2025-07-01'), recovery('R2', '2025-08-01'), recovery('R3', '2025-06-01', { firearmId: id('FB') })]);
  });

  it('an importRecords call checked before the decision is checked again, and its trace now before the recovery refused', async () => {
    const conflict = await openConflict('R1', '2025-07-10');
    const importing = gates.holdOpen(app.gateway, IMPORT_TX, FIRST_STATEMENT);
    try {
      // Checked against 2025-07-01 (requested after it), held before its write transaction runs anything.
      const imported = ingestAs(app, ori, [trace('T1', 'R1', '2025-07-05T12:00:00.000Z')]);
      await importing.reached;
      const res = await decide(conflict);
      expect(res.errors).toBeUndefined();
      expect(res.data!.resolveConflict).toMatchObject({ status: 'RESOLVED', kept: 'INCOMING' });
      importing.release();
      const sent = await imported;
      expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].requestedAt' });
      expect(sent.errors![0]!.message).toMatch(/2025-07-10/);
    } finally {
      importing.restore();
    }
    expect(await stored('Trace', id('T1'))).toBeUndefined();
    expect(String((await stored('Recovery', id('R1')))!.props.recoveredOn)).toBe('2025-07-10');
  });

  it("a file import's batch checked before the decision is checked again, and the trace refused on its line", async () => {
    const conflict = await openConflict('R2', '2025-08-10');
    const file = writeNdjson(path.join(tempDir(), 'trace.ndjson'), [trace('T2', 'R2', '2025-08-05T12:00:00.000Z')]);
    const importing = gates.holdOpen(app.gateway, 'import:trace', FIRST_STATEMENT);
    try {
      const imported = importFile(app.gateway, file, { source: newWriteSource('IMPORT', ori, 'decision-epoch test', file) });
      await importing.reached;
      expect((await decide(conflict)).errors).toBeUndefined();
      importing.release();
      const summary = await imported;
      expect(summary).toMatchObject({ accepted: 0, rejected: 1 });
      expect(rejectsOf(summary.rejectFile!)).toMatchObject([{ line: 1, field: 'requestedAt', reason: expect.stringMatching(/2025-08-10/) }]);
    } finally {
      importing.restore();
    }
    expect(await stored('Trace', id('T2'))).toBeUndefined();
  });

  it("an import writing a sale of the decided recovery's gun waits for the decision, and is refused against the decided date", async () => {
    const conflict = await openConflict('R3', '2025-05-01', { firearmId: id('FB') });
    // Held once its check has read the gun (no sale yet), before it writes.
    const deciding = gates.holdOpen(app.gateway, DECISION_TX, 'provenance/resolve-conflict');
    try {
      const decided = decide(conflict);
      await deciding.reached;
      // Sold 2025-05-15: before the stored recovery (2025-06-01), after the decided one (2025-05-01).
      const imported = ingestAs(app, ori, [{ ...of('sale'), id: id('SB'), firearmId: id('FB'), soldOn: '2025-05-15' }]);
      await gates.blocked(IMPORT_TX, imported);
      deciding.release();
      const res = await decided;
      expect(res.errors).toBeUndefined();
      expect(res.data!.resolveConflict).toMatchObject({ status: 'RESOLVED', kept: 'INCOMING' });
      const sent = await imported;
      expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].soldOn' });
    } finally {
      deciding.restore();
    }
    expect(await stored('Sale', id('SB'))).toBeUndefined();
    expect(String((await stored('Recovery', id('R3')))!.props.recoveredOn)).toBe('2025-05-01');
  });

  it("an owning agency's correction waits for an import writing a dependent, and is refused against it", async () => {
    await accepted(ori, [recovery('R4', '2025-09-01')]);
    // A trace of R4 written and held open, uncommitted (its import holds the epoch's shared lock).
    const tracing = gates.holdOpen(app.gateway, IMPORT_TX);
    try {
      const traced = ingestAs(app, ori, [trace('T4', 'R4', '2025-09-05T12:00:00.000Z')]);
      await tracing.reached;
      // The correction's check cannot see the trace; it corrects a date a trace depends on, so it waits for the lock.
      const corrected = ingestAs(app, ori, [recovery('R4', '2025-09-10')]);
      await gates.blocked(IMPORT_TX, corrected);
      tracing.release();
      expect((await traced).errors).toBeUndefined();
      const sent = await corrected;
      expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].recoveredOn' });
      expect(sent.errors![0]!.message).toMatch(/-T4 was requested/);
    } finally {
      tracing.restore();
    }
    expect(String((await stored('Recovery', id('R4')))!.props.recoveredOn)).toBe('2025-09-01');
  });

  it("an import checked before an owning agency's correction committed is checked again against it", async () => {
    await accepted(ori, [recovery('R5', '2025-10-01')]);
    const tracing = gates.holdOpen(app.gateway, IMPORT_TX, FIRST_STATEMENT);
    try {
      // Checked against 2025-10-01, held before its write transaction runs anything.
      const traced = ingestAs(app, ori, [trace('T5', 'R5', '2025-10-05T12:00:00.000Z')]);
      await tracing.reached;
      await accepted(ori, [recovery('R5', '2025-10-10')]);
      tracing.release();
      const sent = await traced;
      expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].requestedAt' });
    } finally {
      tracing.restore();
    }
    expect(await stored('Trace', id('T5'))).toBeUndefined();
    expect(String((await stored('Recovery', id('R5')))!.props.recoveredOn)).toBe('2025-10-10');
  });

  it('new records, a gun sold and recovered in one call, correct nothing: they share the lock with an import being written', async () => {
    await accepted(ori, [recovery('R6', '2025-11-01')]);
    // Another import's transaction, written and held open: it holds the epoch's shared lock.
    const holding = gates.holdOpen(app.gateway, IMPORT_TX);
    try {
      const held = ingestAs(app, ori, [trace('T6', 'R6', '2025-11-05T12:00:00.000Z')]);
      await holding.reached;
      const gun = { ...of('firearm'), id: id('FN'), serial: `IMPN${tag}` };
      const sale = { ...of('sale'), id: id('SN'), firearmId: id('FN'), soldOn: '2025-01-15' };
      const sent = ingestAs(app, ori, [gun, sale, recovery('RN', '2025-11-01', { firearmId: id('FN') })]);
      // Written while the other is held (a correction would wait for the exclusive lock: the test above).
      const outcome = await Promise.race([
        sent.then(() => 'written'),
        gates.blocked(IMPORT_TX, sent).then(
          () => 'waited',
          () => 'written',
        ),
      ]);
      expect(outcome).toBe('written');
      expect((await sent).errors).toBeUndefined();
      holding.release();
      expect((await held).errors).toBeUndefined();
    } finally {
      holding.restore();
    }
    expect(await stored('Sale', id('SN'))).toBeDefined();
  });
});
