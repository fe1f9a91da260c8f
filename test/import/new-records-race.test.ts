import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/importer.js';
import { writeRetries } from '../../src/telemetry/service-metrics.js';
import { newWriteSource } from '../../src/import/write-source.js';
import type { TestApp } from '../support/app.js';
import { rejectsOf } from './chronology-cases.js';
import { IMPORT_TX, decisionRace } from './decision-race-cases.js';
import { tempDir, writeNdjson } from './fixtures.js';
import { OTHER_AGENCY, ingestAs, startConflictApp } from './import-api.js';
import { TransactionGates } from './transaction-gates.js';

/**
 * Two imports creating records that depend on each other at the same moment (docs/import.md, "Checks
 * and decisions do not overtake each other"; src/import/gun-links.data.ts). Each checks its records in
 * reads of its own, where the other's are not committed yet; creating moves no decision epoch. Each test
 * holds the first import's transaction open, written and uncommitted, until Neo4j lists the second as
 * blocked by it (transaction-gates.ts: no timing):
 * - a recovery checked against a gun with no sale, while another import writes the gun's sale dated after
 *   it, is checked again and refused (an importRecords call and a file import), and so is a sale checked
 *   against a gun with no recovery while another import writes a recovery before it. Before, both were
 *   written: the gun recovered before it was sold, a negative time-to-crime. A recovery and its trace
 *   checked against the gun's stored sale, while another import writes an earlier one, are checked again
 *   and the trace's time-to-crime refused. Before, it was written from the sale no longer the first;
 * - a buyer created by two agencies at once with different dates of birth: the second's handgun sale was
 *   checked against its own date of birth, which the conflict rules do not write (the first source's is
 *   kept). Its import is checked again against the stored one and the sale refused. Before, it was written
 *   to a buyer of 20.
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

describe('two imports creating records that depend on each other at once', () => {
  const { tag, id, base, ori, of, recovery, accepted, stored } = decisionRace(() => app, 'NR');
  const gun = (k: string) => ({ ...of('firearm'), id: id(k), serial: `IMP${k}${tag}` });
  const sale = (k: string, firearm: string, soldOn: string, changes: Record<string, unknown> = {}) => ({
    ...of('sale'),
    id: id(k),
    firearmId: id(firearm),
    soldOn,
    ...changes,
  });

  beforeAll(async () => {
    await accepted(ori, [...base, gun('G1'), gun('G2'), gun('G3'), gun('G4'), gun('G5')]);
  });

  /** How often importRecords writes were checked again (crimegun_write_retries_total{reason="checked-again"}). */
  const checkedAgain = async () =>
    (await writeRetries.get()).values.find((v) => v.labels.writer === 'importRecords' && v.labels.reason === 'checked-again')?.value ?? 0;

  it("a recovery checked before another import's sale of its gun committed is checked again, and refused", async () => {
    const before = await checkedAgain();
    // The sale written and held open, uncommitted: its transaction holds the gun.
    const selling = gates.holdOpen(app.gateway, IMPORT_TX);
    try {
      const sold = ingestAs(app, ori, [sale('S1', 'G1', '2025-03-01')]);
      await selling.reached;
      // Checked against a gun with no sale on record: recovered before the sale being written.
      const recovered = ingestAs(app, ori, [recovery('R1', '2025-01-15', { firearmId: id('G1') })]);
      await gates.blocked(IMPORT_TX, recovered);
      selling.release();
      expect((await sold).errors).toBeUndefined();
      const sent = await recovered;
      expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].recoveredOn' });
      expect(sent.errors![0]!.message).toMatch(/2025-03-01/);
    } finally {
      selling.restore();
    }
    expect(await stored('Recovery', id('R1'))).toBeUndefined();
    expect(await stored('Sale', id('S1'))).toBeDefined();
    // Operators see it on /metrics: the recovery's write found the gun's records counted again, once.
    expect((await checkedAgain()) - before).toBe(1);
  });

  it("a sale checked before another import's recovery of its gun committed is checked again, and refused", async () => {
    const recovering = gates.holdOpen(app.gateway, IMPORT_TX);
    try {
      const recovered = ingestAs(app, ori, [recovery('R4', '2025-05-01', { firearmId: id('G4') })]);
      await recovering.reached;
      // Checked against a gun with no recovery on record: sold after the recovery being written.
      const sold = ingestAs(app, ori, [sale('S4', 'G4', '2025-06-01')]);
      await gates.blocked(IMPORT_TX, sold);
      recovering.release();
      expect((await recovered).errors).toBeUndefined();
      const sent = await sold;
      expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].soldOn' });
      expect(sent.errors![0]!.message).toMatch(/2025-05-01/);
    } finally {
      recovering.restore();
    }
    expect(await stored('Sale', id('S4'))).toBeUndefined();
  });

  it("a recovery and its trace checked against the gun's stored sale, while another import writes an earlier sale, are checked again", async () => {
    await accepted(ori, [sale('S5', 'G5', '2025-01-10')]);
    const selling = gates.holdOpen(app.gateway, IMPORT_TX);
    try {
      // An earlier sale of the gun written and held open: the gun's first sale moves to 2024-12-01.
      const sold = ingestAs(app, ori, [sale('S6', 'G5', '2024-12-01')]);
      await selling.reached;
      // Checked against the first sale 2025-01-10: recovered 142 days after it, and the trace says so.
      const completed = {
        ...of('trace'),
        id: id('T5'),
        recoveryId: id('R5'),
        requestedAt: '2025-06-02T10:00:00.000Z',
        dealerRequestedAt: '2025-06-02T13:00:00.000Z',
        dealerRespondedAt: '2025-06-02T16:00:00.000Z',
        completedAt: '2025-06-03T09:00:00.000Z',
        timeToCrimeDays: 142,
        resolvedPurchaserId: id('P1'),
      };
      const traced = ingestAs(app, ori, [recovery('R5', '2025-06-01', { firearmId: id('G5') }), completed]);
      await gates.blocked(IMPORT_TX, traced);
      selling.release();
      expect((await sold).errors).toBeUndefined();
      const sent = await traced;
      expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[1].timeToCrimeDays' });
      expect(sent.errors![0]!.message).toMatch(/2024-12-01/);
    } finally {
      selling.restore();
    }
    expect(await stored('Trace', id('T5'))).toBeUndefined();
  });

  it("a file import's recovery checked before another import's sale of its gun committed is refused on its line", async () => {
    const file = writeNdjson(path.join(tempDir(), 'recovery.ndjson'), [recovery('R2', '2025-02-01', { firearmId: id('G2') })]);
    const selling = gates.holdOpen(app.gateway, IMPORT_TX);
    try {
      const sold = ingestAs(app, ori, [sale('S2', 'G2', '2025-04-01')]);
      await selling.reached;
      const imported = importFile(app.gateway, file, { source: newWriteSource('IMPORT', ori, 'new-records race test', file) });
      await gates.blocked('import:recovery', imported);
      selling.release();
      expect((await sold).errors).toBeUndefined();
      const summary = await imported;
      expect(summary).toMatchObject({ accepted: 0, rejected: 1 });
      expect(rejectsOf(summary.rejectFile!)).toMatchObject([{ line: 1, field: 'recoveredOn', reason: expect.stringMatching(/2025-04-01/) }]);
    } finally {
      selling.restore();
    }
    expect(await stored('Recovery', id('R2'))).toBeUndefined();
  });

  it('a buyer created by two agencies at once: the second is checked again against the date of birth kept, and its handgun sale refused', async () => {
    const buyer = (dateOfBirth: string) => ({ ...of('person'), id: id('P3'), firstName: 'Twice', dateOfBirth });
    // The first agency's record of the buyer, born 2004-06-01, written and held open.
    const creating = gates.holdOpen(app.gateway, IMPORT_TX);
    try {
      const first = ingestAs(app, ori, [buyer('2004-06-01')]);
      await creating.reached;
      // Checked with its own date of birth (35 on the day of the sale); the first agency's value is the one kept.
      const second = ingestAs(app, OTHER_AGENCY, [buyer('1990-01-01'), sale('S3', 'G3', '2025-03-01', { purchaserId: id('P3') })]);
      await gates.blocked(IMPORT_TX, second);
      creating.release();
      expect((await first).errors).toBeUndefined();
      const sent = await second;
      expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[1].purchaserId' });
      expect(sent.errors![0]!.message).toMatch(/was 20/);
    } finally {
      creating.restore();
    }
    expect(await stored('Sale', id('S3'))).toBeUndefined();
    expect(String((await stored('Person', id('P3')))!.props.dateOfBirth)).toBe('2004-06-01');
  });
});
