import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { importFile } from '../../src/import/importer.js';
import { newWriteSource } from '../../src/import/write-source.js';
import { graphql } from '../generated/graphql/index.js';
import { CONFLICTS, ingestAs, type Raw } from '../import/import-api.js';
import { tempDir, writeNdjson } from '../import/fixtures.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { leadRecord, nibinWorld, SHOOTINGS } from './fixtures.js';

/**
 * A lead's review belongs to the lead workflow once an examiner or investigator has acted on it
 * (docs/import.md, "A lead's review belongs to the workflow"): the importing agency re-sending its
 * original record (a routine re-export) must not undo a confirmation and referral, and a different
 * review it sends is kept as a conflict for a supervisor, not written over the workflow's.
 */
let app: TestApp;
beforeAll(async () => {
  // The first import plans the NIBIN follow-up statements cold: seconds each on a loaded 2-core machine.
  app = await startTestApp({ NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' });
});
afterAll(async () => {
  await app.close();
});

const RUN = Date.now().toString(36).toUpperCase();
// Each case imports a world, runs two transitions and imports again: the first plans the lead upsert and the series
// follow-up cold, over a minute on a loaded 2-core machine.
const SLOW = 240_000;

const CONFIRM = graphql(`
  mutation ReimportConfirmLead($id: NonEmptyString!) {
    confirmLead(leadId: $id, note: "same firing pin impression") {
      id
      status
    }
  }
`);
const REFER = graphql(`
  mutation ReimportReferLead($id: NonEmptyString!, $assignee: NonEmptyString!) {
    referLead(leadId: $id, assignee: $assignee) {
      id
      workflow {
        stage
      }
    }
  }
`);
const LEAD = graphql(`
  query ReimportLead($id: NonEmptyString!) {
    lead(id: $id) {
      id
      status
      reviewedAt
      score
      workflow {
        stage
        reviewedBy
        assignee
      }
      history(first: 0) {
        totalCount
      }
    }
  }
`);
const RESOLVE = graphql(`
  mutation ReimportResolveConflict($id: NonEmptyString!, $keep: ConflictSide!) {
    resolveConflict(id: $id, keep: $keep) {
      status
      kept
    }
  }
`);

const codeOf = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;

/** A world of agency A with the test-fire lead T-C4 UNREVIEWED, imported through `send`; then confirmed by an examiner and referred. */
async function confirmedAndReferred(tag: string, send: (records: Raw[]) => Promise<void>) {
  const w = nibinWorld(tag, 'UNREVIEWED');
  await send(w.records);
  const lead = w.id('LT4');
  expect((await app.gql(CONFIRM, { id: lead }, [Role.EXAMINER])).data!.confirmLead.status).toBe('CONFIRMED');
  expect((await app.gql(REFER, { id: lead, assignee: 'det-7' }, [Role.INVESTIGATOR])).data!.referLead.workflow.stage).toBe('REFERRED');
  const state = async () => {
    const res = await app.gql(LEAD, { id: lead }, [Role.INVESTIGATOR]);
    expect(res.errors).toBeUndefined();
    return res.data!.lead!;
  };
  const shootings = async () => (await app.gql(SHOOTINGS, { id: w.id('F') })).data!.firearm!.shootings.map((s) => s.id);
  const decided = await state();
  expect(decided).toMatchObject({ status: 'CONFIRMED', workflow: { stage: 'REFERRED', reviewedBy: 'test-user', assignee: 'det-7' } });
  expect(decided.reviewedAt).not.toBeNull();
  expect(await shootings()).toEqual([1, 2, 3, 4].map((n) => w.id(`S${n}`)));
  return { w, lead, decided, state, shootings };
}

const sendAs = (ori: string) => async (records: Raw[]) => {
  const res = await ingestAs(app, ori, records);
  expect(res.errors).toBeUndefined();
};

describe('a re-sent import after the lead workflow acted (importRecords)', () => {
  it(
    'the original record re-sent leaves the confirmation, referral and derived shootings as they are, and counts as unchanged',
    async () => {
      const tag = `RA${RUN}`;
      const oriA = nibinWorld(tag).oriA;
      const { w, decided, state, shootings } = await confirmedAndReferred(tag, sendAs(oriA));

      // The whole original export again, as agency A sends it.
      const again = await ingestAs(app, oriA, w.records);
      expect(again.errors).toBeUndefined();
      expect(again.data!.importRecords).toMatchObject({ created: 0, updated: 0, conflicted: 0, unchanged: w.records.length });
      expect(await state()).toEqual(decided);
      expect(await shootings()).toEqual([1, 2, 3, 4].map((n) => w.id(`S${n}`)));

      // The agency's own system recording the same outcome (another review time) agrees with the workflow: unchanged too.
      const agreeing = leadRecord(w.id('LT4'), w.id('T'), w.id('C4'), '2025-05-22T12:00:00.000Z', 'CONFIRMED', 88);
      expect((await ingestAs(app, oriA, [agreeing])).data!.importRecords).toMatchObject({ updated: 0, conflicted: 0, unchanged: 1 });
      expect(await state()).toEqual(decided);

      const open = await app.gql(CONFLICTS, { o: oriA, recordType: 'LEAD', status: null }, [Role.SUPERVISOR]);
      expect(open.data!.conflicts.edges.filter((e) => e.node.key === w.id('LT4'))).toEqual([]);
    },
    SLOW,
  );

  it(
    "a non-review field the agency corrects is still written; the review stays the workflow's",
    async () => {
      const tag = `RS${RUN}`;
      const oriA = nibinWorld(tag).oriA;
      const { w, decided, state, shootings } = await confirmedAndReferred(tag, sendAs(oriA));
      const original = w.records.find((r) => r.type === 'lead' && 'id' in r && r.id === w.id('LT4'))!;
      const res = await ingestAs(app, oriA, [{ ...original, score: 93 }]);
      expect(res.data!.importRecords).toMatchObject({ updated: 1, conflicted: 0, unchanged: 0 });
      expect(await state()).toEqual({ ...decided, score: 93 });
      expect(await shootings()).toEqual([1, 2, 3, 4].map((n) => w.id(`S${n}`)));
    },
    SLOW,
  );

  it(
    'a different review outcome is kept as an open conflict, listed for a supervisor; only CURRENT resolves it',
    async () => {
      const tag = `RC${RUN}`;
      const oriA = nibinWorld(tag).oriA;
      const { w, decided, state, shootings } = await confirmedAndReferred(tag, sendAs(oriA));
      const rejected = leadRecord(w.id('LT4'), w.id('T'), w.id('C4'), '2025-05-22T12:00:00.000Z', 'REJECTED', 88);

      const first = await ingestAs(app, oriA, [rejected]);
      expect(first.data!.importRecords).toMatchObject({ created: 0, updated: 0, unchanged: 0, conflicted: 1 });
      expect(await state()).toEqual(decided);
      expect(await shootings()).toEqual([1, 2, 3, 4].map((n) => w.id(`S${n}`)));

      const listed = async () => {
        const res = await app.gql(CONFLICTS, { o: oriA, recordType: 'LEAD', status: 'OPEN' }, [Role.SUPERVISOR]);
        expect(res.errors).toBeUndefined();
        return res.data!.conflicts.edges.map((e) => e.node).filter((c) => c.key === w.id('LT4'));
      };
      const conflicts = await listed();
      expect(conflicts.map((c) => c.field).sort()).toEqual(['reviewedAt', 'status']);
      const status = conflicts.find((c) => c.field === 'status')!;
      // The current value is the workflow's: its examiner's agency, no import source.
      expect(status).toMatchObject({ currentValue: 'CONFIRMED', incomingValue: 'REJECTED', currentOri: 'NY0303000', incomingOri: oriA, kept: 'CURRENT' });

      // Sent again: conflicted again, nothing new written.
      expect((await ingestAs(app, oriA, [rejected])).data!.importRecords).toMatchObject({ conflicted: 1 });
      expect((await listed()).map((c) => c.id).sort()).toEqual(conflicts.map((c) => c.id).sort());

      // Keeping the incoming review would change a referred hit outside the workflow: refused.
      const incoming = await app.gql(RESOLVE, { id: status.id, keep: 'INCOMING' }, [Role.SUPERVISOR]);
      expect(codeOf(incoming)).toBe('CONFLICT');
      expect(incoming.errors![0]!.extensions!.field).toBe('keep');
      expect(await state()).toEqual(decided);
      const current = await app.gql(RESOLVE, { id: status.id, keep: 'CURRENT' }, [Role.SUPERVISOR]);
      expect(current.data!.resolveConflict).toEqual({ status: 'RESOLVED', kept: 'CURRENT' });
      expect(await state()).toEqual(decided);
      expect(await shootings()).toEqual([1, 2, 3, 4].map((n) => w.id(`S${n}`)));
    },
    SLOW,
  );
});

describe('a re-imported file after the lead workflow acted (npm run import)', () => {
  it(
    'the same file again leaves the workflow decision and its shootings, and reports every lead unchanged',
    async () => {
      const tag = `RF${RUN}`;
      const oriA = nibinWorld(tag).oriA;
      const file = writeNdjson(path.join(tempDir(), 'nibin.ndjson'), nibinWorld(tag).records);
      const importAsA = async () =>
        importFile(app.gateway, file, { batchSize: 2, source: newWriteSource('IMPORT', oriA, 'test-import', `npm run import ${file}`) });
      const { decided, state, shootings, w } = await confirmedAndReferred(tag, async () => {
        expect((await importAsA()).rejected).toBe(0);
      });
      const again = await importAsA();
      expect(again.rejected).toBe(0);
      expect(again.statuses.lead).toEqual({ created: 0, updated: 0, unchanged: 4, conflicted: 0 });
      expect(await state()).toEqual(decided);
      expect(await shootings()).toEqual([1, 2, 3, 4].map((n) => w.id(`S${n}`)));
    },
    SLOW,
  );
});

describe('re-imports of leads no workflow has touched', () => {
  it(
    'are idempotent, and the sending agency still corrects its own review',
    async () => {
      const tag = `RN${RUN}`;
      const w = nibinWorld(tag, 'UNREVIEWED');
      const first = await ingestAs(app, w.oriA, w.records);
      expect(first.data!.importRecords).toMatchObject({ created: w.records.length, updated: 0, conflicted: 0 });
      const again = await ingestAs(app, w.oriA, w.records);
      expect(again.data!.importRecords).toMatchObject({ created: 0, updated: 0, conflicted: 0, unchanged: w.records.length });
      const lead = await app.gql(LEAD, { id: w.id('LT4') }, [Role.INVESTIGATOR]);
      expect(lead.data!.lead).toMatchObject({ status: 'UNREVIEWED', reviewedAt: null, history: { totalCount: 0 } });

      // Before any transition the review is the import's: the agency's confirmation is a correction of its own record.
      const confirmed = nibinWorld(tag, 'CONFIRMED').records.filter((r) => r.type === 'lead' && 'id' in r && r.id === w.id('LT4'));
      expect((await ingestAs(app, w.oriA, confirmed)).data!.importRecords).toMatchObject({ updated: 1, conflicted: 0 });
      expect((await app.gql(LEAD, { id: w.id('LT4') }, [Role.INVESTIGATOR])).data!.lead).toMatchObject({ status: 'CONFIRMED', history: { totalCount: 0 } });
      expect((await app.gql(SHOOTINGS, { id: w.id('F') })).data!.firearm!.shootings.map((s) => s.id)).toEqual([1, 2, 3, 4].map((n) => w.id(`S${n}`)));
    },
    SLOW,
  );
});
