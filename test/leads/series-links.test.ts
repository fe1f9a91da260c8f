import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsAfter, outboxHead } from '../../src/event/event.data.js';
import { importFile, ImportInterrupted } from '../../src/import/importer.js';
import { RECORD_TYPES } from '../../src/import/record.types.js';
import { tempDir, writeNdjson } from '../import/fixtures.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { importRecords, nibinWorld, SHOOTINGS } from './fixtures.js';

/** NIBIN: a confirmed test-fire hit on any casing of a confirmed series ties the gun to the whole series. */
let app: TestApp;
beforeAll(async () => {
  // The first import plans the NIBIN follow-up statements cold: seconds each on a loaded 2-core machine.
  app = await startTestApp({ NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' });
});
afterAll(async () => {
  await app.close();
});

const RUN = Date.now().toString(36).toUpperCase();

describe('derived gun links over a confirmed series (imports)', () => {
  it('T -> C4 confirmed: the gun reaches C1..C4, shootings and time to first shooting from C1; a re-import is idempotent', async () => {
    const w = nibinWorld(`SL${RUN}`, 'CONFIRMED');
    await importRecords(app, w.records);
    const res = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.firearm!.shootings.map((s) => s.id)).toEqual([1, 2, 3, 4].map((n) => w.id(`S${n}`)));
    expect(res.data!.firearm!.casings.map((c) => c.evidenceId)).toEqual([1, 2, 3, 4].map((n) => w.id(`C${n}`)));
    // Sold 2025-01-10, first shooting (C1's homicide) 2025-02-01: 22 days, not C4's 111.
    expect(res.data!.firearm!.traceChain.timeToFirstShootingDays).toBe(22);
    await importRecords(app, w.records);
    const again = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(again.data).toEqual(res.data);
  });

  it('an unreviewed T -> C4 lead links nothing; an imported rejection of a confirmed one undoes every derived link', async () => {
    const w = nibinWorld(`SU${RUN}`, 'UNREVIEWED');
    await importRecords(app, w.records);
    const before = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(before.data!.firearm!.shootings).toEqual([]);
    expect(before.data!.firearm!.traceChain.timeToFirstShootingDays).toBeNull();

    const confirmed = nibinWorld(`SU${RUN}`, 'CONFIRMED').records.filter((r) => r.type === 'lead');
    await importRecords(app, confirmed);
    const linked = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(linked.data!.firearm!.shootings).toHaveLength(4);

    const rejected = nibinWorld(`SU${RUN}`, 'REJECTED').records.filter((r) => r.type === 'lead');
    await importRecords(app, rejected);
    const undone = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(undone.data!.firearm!.shootings).toEqual([]);
    expect(undone.data!.firearm!.casings).toEqual([]);
  });

  it('a series split by a rejected link keeps the gun only on its own side', async () => {
    const w = nibinWorld(`SS${RUN}`, 'CONFIRMED');
    await importRecords(app, w.records);
    // Reject C2-C3: the series is now C1-C2 | C3-C4-T.
    const split = w.records.map((r) => ('id' in r && r.id === w.id('L23') ? { ...r, status: 'REJECTED' } : r)).filter((r) => r.type === 'lead');
    await importRecords(app, split);
    const res = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(res.data!.firearm!.shootings.map((s) => s.id)).toEqual([w.id('S3'), w.id('S4')]);
  });
});

// The file importer writes each record type in its own transactions (casings, test-fires among
// them, before leads), and skips the series walk for casings it creates and for new leads that are
// not CONFIRMED: the series must come out the same as through one importRecords call.
describe('derived gun links over a confirmed series (file imports)', () => {
  const importAsFile = async (records: Array<Record<string, unknown>>) => {
    const file = writeNdjson(path.join(tempDir(), 'nibin.ndjson'), records);
    const summary = await importFile(app.gateway, file, { batchSize: 2 });
    expect(summary.rejected).toBe(0);
  };

  it('a confirmed series imported from a file reaches the test-fired gun on every casing', async () => {
    const w = nibinWorld(`SF${RUN}`, 'CONFIRMED');
    await importAsFile(w.records);
    const res = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.firearm!.casings.map((c) => c.evidenceId)).toEqual([1, 2, 3, 4].map((n) => w.id(`C${n}`)));
  });

  it('a new unreviewed lead from a file links nothing; the same lead confirmed by a later file links the series', async () => {
    const w = nibinWorld(`SG${RUN}`, 'UNREVIEWED');
    await importAsFile(w.records);
    expect((await app.gql(SHOOTINGS, { id: w.id('F') })).data!.firearm!.casings).toEqual([]);
    await importAsFile(nibinWorld(`SG${RUN}`, 'CONFIRMED').records.filter((r) => r.type === 'lead'));
    const linked = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(linked.data!.firearm!.casings.map((c) => c.evidenceId)).toEqual([1, 2, 3, 4].map((n) => w.id(`C${n}`)));
  });

  it('an import stopped once its leads were committed, before the series were walked, links and announces them when resumed', async () => {
    const w = nibinWorld(`SR${RUN}`, 'CONFIRMED');
    const file = writeNdjson(path.join(tempDir(), 'nibin.ndjson'), w.records);
    // Every batch up to the last lead batch is committed; the run stops there, so the series pass
    // is left to the resumed run, which writes nothing new and must still walk them.
    const upToLeads = RECORD_TYPES.slice(0, RECORD_TYPES.indexOf('lead') + 1);
    const batches = upToLeads.reduce((n, t) => n + Math.ceil(w.records.filter((r) => r.type === t).length / 2), 0);
    const head = await outboxHead(app.gateway);
    const announced = async () => (await eventsAfter(app.gateway, head, 1_000)).filter((e) => e.leadId.startsWith(w.id(''))).map((e) => e.leadId);
    await expect(importFile(app.gateway, file, { batchSize: 2, stopAfterBatches: batches })).rejects.toBeInstanceOf(ImportInterrupted);
    expect((await app.gql(SHOOTINGS, { id: w.id('F') })).data!.firearm!.casings).toEqual([]);
    expect(await announced()).toEqual([]);
    const resumed = await importFile(app.gateway, file, { batchSize: 2 });
    expect(resumed.resumedRecords).toBeGreaterThan(0);
    const res = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(res.data!.firearm!.casings.map((c) => c.evidenceId)).toEqual([1, 2, 3, 4].map((n) => w.id(`C${n}`)));
    // The resumed run announces the leads the stopped one wrote, each once.
    expect(await announced()).toEqual(['L12', 'L23', 'L34', 'LT4'].map((l) => w.id(l)));
  });

  it("a lead's outbox event names the whole series, even when the series' other leads are in a later batch", async () => {
    const w = nibinWorld(`SE${RUN}`, 'CONFIRMED');
    const file = writeNdjson(path.join(tempDir(), 'nibin.ndjson'), w.records);
    const head = await outboxHead(app.gateway);
    // One batch at a time, two leads a batch: L12 and L23 commit before L34 and the test-fire hit
    // T-C4 exist, so a scope computed in L12's batch would hold neither the gun nor agency B's C4.
    await importFile(app.gateway, file, { batchSize: 2, concurrency: 1 });
    const events = (await eventsAfter(app.gateway, head, 1_000)).filter((e) => e.leadId.startsWith(w.id('')));
    expect(events.map((e) => [e.leadId, e.kind])).toEqual(['L12', 'L23', 'L34', 'LT4'].map((l) => [w.id(l), 'HIT_CONFIRMED']));
    for (const event of events) {
      expect([...event.evidenceIds].sort()).toEqual(['C1', 'C2', 'C3', 'C4', 'T'].map((c) => w.id(c)).sort());
      expect(event.firearmIds).toEqual([w.id('F')]);
      expect(event.dealerLicenses).toEqual([w.license]);
      expect([...event.agencyOris].sort()).toEqual([w.oriA, w.oriB].sort());
      expect([...event.personIds].sort()).toEqual([w.id('P1'), w.id('P2')].sort());
    }
    // A re-import changes no status: nothing more is announced.
    const again = await outboxHead(app.gateway);
    await importFile(app.gateway, file, { batchSize: 2, concurrency: 1 });
    expect((await eventsAfter(app.gateway, again, 1_000)).filter((e) => e.leadId.startsWith(w.id('')))).toEqual([]);
  });
});
