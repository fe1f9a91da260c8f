import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { CONFLICTS, ingestAs, RESOLVE_CONFLICT } from '../import/import-api.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { leadRecord, nibinWorld, SHOOTINGS } from './fixtures.js';

/**
 * A supervisor's decision on a lead moves its NIBIN series as an import of the same value would
 * (docs/import.md, "A decision moves the NIBIN series"): a confirmed hit on any casing of a series
 * ties the test-fired gun to the whole series, so keeping another agency's confirmation links the
 * gun to the series' shootings, and going back to the unreviewed lead unlinks them.
 */
let app: TestApp;
beforeAll(async () => {
  // The first import plans the NIBIN follow-up statements cold: seconds each on a loaded 2-core machine.
  app = await startTestApp({ NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' });
});
afterAll(() => app.close());

const RUN = Date.now().toString(36).toUpperCase();

describe("a decision on a lead's review", () => {
  it("keeping the other agency's confirmation ties the test-fired gun to the series, and going back unties it", { timeout: 240_000 }, async () => {
    const tag = `DS${RUN}`;
    const w = nibinWorld(tag, 'UNREVIEWED');
    expect((await ingestAs(app, w.oriA, w.records)).errors).toBeUndefined();
    const shootings = async () => (await app.gql(SHOOTINGS, { id: w.id('F') })).data!.firearm!.shootings.map((s) => s.id);
    const series = [1, 2, 3, 4].map((n) => w.id(`S${n}`));
    expect(await shootings()).not.toEqual(series);
    const before = await shootings();

    // Agency B's examiner confirmed the test-fire lead in its own system: a conflict on the review, not written.
    const confirmed = leadRecord(w.id('LT4'), w.id('T'), w.id('C4'), '2025-05-22T12:00:00.000Z', 'CONFIRMED', 88);
    expect((await ingestAs(app, w.oriB, [confirmed])).data!.importRecords).toMatchObject({ conflicted: 1 });
    const open = await app.gql(CONFLICTS, { o: w.oriB, recordType: 'LEAD', status: 'OPEN' }, [Role.SUPERVISOR]);
    const mine = open.data!.conflicts.edges.map((e) => e.node).filter((c) => c.key === w.id('LT4'));
    expect(mine.map((c) => c.field).sort()).toEqual(['reviewedAt', 'status']);
    // The status alone would break the lead's rule (CONFIRMED needs its review time): the review time the same send
    // brought is decided with it (docs/import.md, "Fields the rules tie are decided together").
    const status = mine.find((c) => c.field === 'status')!;
    const kept = await app.gql(RESOLVE_CONFLICT, { id: status.id, keep: 'INCOMING' }, [Role.SUPERVISOR]);
    expect(kept.errors).toBeUndefined();
    const decided = await app.gql(CONFLICTS, { o: w.oriB, recordType: 'LEAD', status: 'RESOLVED' }, [Role.SUPERVISOR]);
    const both = decided.data!.conflicts.edges.map((e) => e.node).filter((c) => c.key === w.id('LT4'));
    expect(both.map((c) => [c.field, c.kept]).sort()).toEqual([
      ['reviewedAt', 'INCOMING'],
      ['status', 'INCOMING'],
    ]);
    // Before, the status changed and the series did not: the gun showed none of the shootings.
    expect(await shootings()).toEqual(series);

    // The supervisor changes their mind: the unreviewed lead (and its empty review time) ties nothing.
    expect((await app.gql(RESOLVE_CONFLICT, { id: status.id, keep: 'CURRENT' }, [Role.SUPERVISOR])).errors).toBeUndefined();
    expect(await shootings()).toEqual(before);
  });
});
