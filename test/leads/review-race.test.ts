import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import { CONFLICTS, ingestAs } from '../import/import-api.js';
import { IMPORT_TX } from '../import/decision-race-cases.js';
import { TransactionGates } from '../import/transaction-gates.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { leadRecord, nibinWorld } from './fixtures.js';

/**
 * An import's review of a lead and the lead workflow acting on it at the same moment (docs/import.md, "A
 * lead's review belongs to the workflow"). The import decides whether the review is still its own from the
 * lead's transitions; it reads them under the lead's lock (cypher/import/upsert-lead.cypher), the lock the
 * workflow takes before it reads the state it acts on. The workflow's transaction is held open, its
 * confirmation written and uncommitted, until Neo4j lists the import as blocked (transaction-gates.ts: no
 * timing). Before, the import read the lead with no transition yet, waited only at its write, and then wrote
 * its own review over the examiner's committed confirmation: a rejected lead with a confirmation in its
 * history and no conflict for a supervisor. Two examiners reviewing one lead at once are ordered by the same lock:
 * the second decides on the first's verdict (cypher/lead/lock-state.cypher reads the lead after its lock). Before,
 * it decided on the state read before the lock, and its rejection was written over the confirmation, its history
 * entry saying it started from UNREVIEWED.
 */
let app: TestApp;
const gates = new TransactionGates();
beforeAll(async () => {
  // The first import plans the NIBIN follow-up statements cold: seconds each on a loaded 2-core machine.
  app = await startTestApp({ NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_TIMEOUT_MS: '120000' });
});
afterAll(async () => {
  await gates.close();
  await app.close();
});

const RUN = Date.now().toString(36).toUpperCase();
const SLOW = 240_000;

const CONFIRM = graphql(`
  mutation RaceConfirmLead($id: NonEmptyString!) {
    confirmLead(leadId: $id, note: "same breech face marks") {
      id
      status
    }
  }
`);
const REJECT = graphql(`
  mutation RaceRejectLead($id: NonEmptyString!) {
    rejectLead(leadId: $id, note: "different firing pin drag") {
      id
      status
    }
  }
`);
const LEAD = graphql(`
  query RaceLead($id: NonEmptyString!) {
    lead(id: $id) {
      id
      status
      history(first: 5) {
        totalCount
        edges {
          node {
            action
            toStatus
          }
        }
      }
    }
  }
`);

describe('an import and the lead workflow reviewing one lead at once', () => {
  it(
    "an import's review checked while an examiner's confirmation is uncommitted is kept as a conflict, not written over it",
    async () => {
      const tag = `RR${RUN}`;
      const w = nibinWorld(tag, 'UNREVIEWED');
      const lead = w.id('LT4');
      expect((await ingestAs(app, w.oriA, w.records)).errors).toBeUndefined();

      // The examiner's confirmation written and held open, uncommitted: its transaction holds the lead.
      const confirming = gates.holdOpen(app.gateway, 'lead:CONFIRM');
      try {
        const confirmed = app.gql(CONFIRM, { id: lead }, [Role.EXAMINER]);
        await confirming.reached;
        // The importing agency's own system rejecting the same lead, sent meanwhile.
        const rejected = leadRecord(lead, w.id('T'), w.id('C4'), '2025-05-22T12:00:00.000Z', 'REJECTED', 88);
        const sent = ingestAs(app, w.oriA, [rejected]);
        await gates.blocked(IMPORT_TX, sent);
        confirming.release();
        expect((await confirmed).data!.confirmLead.status).toBe('CONFIRMED');
        const res = await sent;
        expect(res.errors).toBeUndefined();
        expect(res.data!.importRecords).toMatchObject({ created: 0, updated: 0, unchanged: 0, conflicted: 1 });
      } finally {
        confirming.restore();
      }

      const stored = await app.gql(LEAD, { id: lead }, [Role.INVESTIGATOR]);
      expect(stored.errors).toBeUndefined();
      expect(stored.data!.lead).toMatchObject({
        status: 'CONFIRMED',
        history: { totalCount: 1, edges: [{ node: { action: 'CONFIRM', toStatus: 'CONFIRMED' } }] },
      });
      // The agency's review is listed for a supervisor, against the examiner's.
      const open = await app.gql(CONFLICTS, { o: w.oriA, recordType: 'LEAD', status: 'OPEN' }, [Role.SUPERVISOR]);
      expect(open.errors).toBeUndefined();
      const status = open.data!.conflicts.edges.map((e) => e.node).find((c) => c.key === lead && c.field === 'status');
      expect(status).toMatchObject({ currentValue: 'CONFIRMED', incomingValue: 'REJECTED', kept: 'CURRENT', status: 'OPEN' });
    },
    SLOW,
  );

  it(
    "a second examiner's review waits for the first's and is decided on it: a reviewed lead is refused until reopened",
    async () => {
      const tag = `RE${RUN}`;
      const w = nibinWorld(tag, 'UNREVIEWED');
      const lead = w.id('LT4');
      expect((await ingestAs(app, w.oriA, w.records)).errors).toBeUndefined();

      const confirming = gates.holdOpen(app.gateway, 'lead:CONFIRM');
      try {
        const confirmed = app.gql(CONFIRM, { id: lead }, [Role.EXAMINER]);
        await confirming.reached;
        const rejected = app.gql(REJECT, { id: lead }, [Role.EXAMINER]);
        await gates.blocked('lead:REJECT', rejected);
        confirming.release();
        expect((await confirmed).data!.confirmLead.status).toBe('CONFIRMED');
        const second = await rejected;
        expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', field: 'leadId', status: 'CONFIRMED' });
        expect(second.errors![0]!.message).toMatch(/reopen/);
      } finally {
        confirming.restore();
      }

      const stored = await app.gql(LEAD, { id: lead }, [Role.INVESTIGATOR]);
      expect(stored.data!.lead).toMatchObject({
        status: 'CONFIRMED',
        history: { totalCount: 1, edges: [{ node: { action: 'CONFIRM', toStatus: 'CONFIRMED' } }] },
      });
    },
    SLOW,
  );
});
