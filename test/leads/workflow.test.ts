import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import { importRecords, nibinWorld, SHOOTINGS } from './fixtures.js';

/** The lead workflow through the API: examiner review, referral, outcome, close; validated, idempotent, audited, with history. */
let app: TestApp;
beforeAll(async () => {
  // The first import plans the NIBIN follow-up statements cold: seconds each on a loaded 2-core machine.
  app = await startTestApp({ NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' });
});
afterAll(async () => {
  await app.close();
});

const RUN = Date.now().toString(36).toUpperCase();
// Every transition answers with the lead's status, workflow and timeliness.
graphql(`
  fragment WorkflowLeadFields on Lead {
    id
    status
    reviewedAt
    workflow {
      stage
      reviewedBy
      assignee
      dueAt
      referredAt
      outcome
      closedAt
    }
    timeliness {
      recoveryToEntryHours
      entryToCorrelationHours
      correlationToReviewHours
      reviewToReferralHours
      entryLate
      referralOverdue
      actionOverdue
      overdue
    }
  }
`);
const CONFIRM = graphql(`
  mutation ConfirmLead($id: NonEmptyString!) {
    confirmLead(leadId: $id, note: "same breech face") {
      ...WorkflowLeadFields
    }
  }
`);
const REJECT = graphql(`
  mutation RejectLead($id: NonEmptyString!) {
    rejectLead(leadId: $id) {
      ...WorkflowLeadFields
    }
  }
`);
const REOPEN = graphql(`
  mutation ReopenLead($id: NonEmptyString!, $reason: NonEmptyString!) {
    reopenLead(leadId: $id, reason: $reason) {
      ...WorkflowLeadFields
    }
  }
`);
const REFER = graphql(`
  mutation ReferLead($id: NonEmptyString!, $assignee: NonEmptyString!) {
    referLead(leadId: $id, assignee: $assignee) {
      ...WorkflowLeadFields
    }
  }
`);
const OUTCOME = graphql(`
  mutation RecordLeadOutcome($id: NonEmptyString!, $outcome: LeadOutcome!) {
    recordLeadOutcome(leadId: $id, outcome: $outcome) {
      ...WorkflowLeadFields
    }
  }
`);
const CLOSE = graphql(`
  mutation CloseLead($id: NonEmptyString!) {
    closeLead(leadId: $id) {
      ...WorkflowLeadFields
    }
  }
`);
const HISTORY = graphql(`
  query History($id: NonEmptyString!, $after: String) {
    lead(id: $id) {
      history(first: 2, after: $after) {
        totalCount
        edges {
          node {
            n
            action
            actor
            fromStatus
            toStatus
            note
            assignee
            outcome
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const codeOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;

describe('lead review and referral', () => {
  it('runs the whole cycle: confirm (derived gun links), refer, outcome, close; repeats change nothing; history pages in order', async () => {
    const w = nibinWorld(`WF${RUN}`);
    await importRecords(app, w.records);
    const lead = w.id('LT4');
    const before = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(before.data!.firearm!.shootings).toEqual([]);

    // Refusals by role and by state.
    expect(codeOf(await app.gql(CONFIRM, { id: lead }, [Role.SUPERVISOR]))).toBe('FORBIDDEN');
    const early = await app.gql(REFER, { id: lead, assignee: 'det-1' }, [Role.INVESTIGATOR]);
    expect(codeOf(early)).toBe('INVALID_TRANSITION');
    expect(early.errors![0]!.extensions!.field).toBe('leadId');

    const confirmed = await app.gql(CONFIRM, { id: lead }, [Role.EXAMINER]);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmLead.status).toBe('CONFIRMED');
    expect(confirmed.data!.confirmLead.workflow).toMatchObject({ stage: 'REVIEWED', reviewedBy: 'test-user' });
    const linked = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(linked.data!.firearm!.shootings.map((s) => s.id)).toEqual([1, 2, 3, 4].map((n) => w.id(`S${n}`)));
    expect(linked.data!.firearm!.traceChain.timeToFirstShootingDays).toBe(22);
    // Idempotent: the same confirmation again is not a new transition.
    expect((await app.gql(CONFIRM, { id: lead }, [Role.EXAMINER])).errors).toBeUndefined();
    // A verdict does not flip without a reopen.
    expect(codeOf(await app.gql(REJECT, { id: lead }, [Role.EXAMINER]))).toBe('INVALID_TRANSITION');
    // No outcome before referral.
    const noRef = await app.gql(OUTCOME, { id: lead, outcome: 'ARREST' }, [Role.INVESTIGATOR]);
    expect(codeOf(noRef)).toBe('INVALID_TRANSITION');

    const referred = await app.gql(REFER, { id: lead, assignee: 'det-1' }, [Role.INVESTIGATOR]);
    expect(referred.errors).toBeUndefined();
    const wf = referred.data!.referLead.workflow;
    expect(wf).toMatchObject({ stage: 'REFERRED', assignee: 'det-1' });
    expect(Date.parse(wf.dueAt!) - Date.parse(wf.referredAt!)).toBe(48 * 3_600_000);
    expect((await app.gql(REFER, { id: lead, assignee: 'det-1' }, [Role.SUPERVISOR])).errors).toBeUndefined();
    expect(codeOf(await app.gql(REFER, { id: lead, assignee: 'det-2' }, [Role.SUPERVISOR]))).toBe('INVALID_TRANSITION');
    // Referred: the examiner cannot withdraw it silently.
    expect(codeOf(await app.gql(REOPEN, { id: lead, reason: 'second look' }, [Role.EXAMINER]))).toBe('INVALID_TRANSITION');
    expect(codeOf(await app.gql(CLOSE, { id: lead }, [Role.INVESTIGATOR]))).toBe('INVALID_TRANSITION');

    const outcome = await app.gql(OUTCOME, { id: lead, outcome: 'SHOOTER_IDENTIFIED' }, [Role.INVESTIGATOR]);
    expect(outcome.data!.recordLeadOutcome.workflow).toMatchObject({ stage: 'OUTCOME_RECORDED', outcome: 'SHOOTER_IDENTIFIED' });
    const closed = await app.gql(CLOSE, { id: lead }, [Role.INVESTIGATOR]);
    expect(closed.data!.closeLead.workflow.stage).toBe('CLOSED');
    expect((await app.gql(CLOSE, { id: lead }, [Role.INVESTIGATOR])).errors).toBeUndefined();

    // Timeliness: T entered 6 h after the test-fire; correlated 20 h after entry (fixture times).
    const t = closed.data!.closeLead.timeliness;
    expect(t!.recoveryToEntryHours).toBe(6);
    expect(t!.entryToCorrelationHours).toBe(20);
    expect(t!.entryLate).toBe(false);
    // Correlated in 2025, reviewed now: far past the 48 h target.
    expect(t!.referralOverdue).toBe(true);

    // History: four transitions (the repeats left none), oldest first, two per page.
    const p1 = await app.gql(HISTORY, { id: lead });
    expect(p1.data!.lead!.history.totalCount).toBe(4);
    const p2 = await app.gql(HISTORY, { id: lead, after: p1.data!.lead!.history.pageInfo.endCursor });
    const all = [...p1.data!.lead!.history.edges, ...p2.data!.lead!.history.edges].map((e) => e.node);
    expect(all.map((h) => h.action)).toEqual(['CONFIRM', 'REFER', 'RECORD_OUTCOME', 'CLOSE']);
    expect(all.map((h) => h.n)).toEqual([1, 2, 3, 4]);
    expect(all[0]).toMatchObject({ fromStatus: 'UNREVIEWED', toStatus: 'CONFIRMED', actor: 'test-user' });
    expect(all[1]!.assignee).toBe('det-1');
    expect(p2.data!.lead!.history.pageInfo.hasNextPage).toBe(false);

    // Every transition, refused ones included, is on the audit trail.
    const audited = await app.gateway.read<{ n: number }>({
      name: 'test',
      text: "MATCH (e:AuditEvent) WHERE e.rootFields = ['confirmLead'] AND e.at > datetime() - duration('PT10M') RETURN count(e) AS n",
    });
    expect(audited[0]!.n).toBeGreaterThanOrEqual(3);
  });

  it('a confirmed test-fire hit undone: reopen (with a reason) then reject removes the derived gun links', async () => {
    const w = nibinWorld(`WR${RUN}`);
    await importRecords(app, w.records);
    const lead = w.id('LT4');
    await app.gql(CONFIRM, { id: lead }, [Role.EXAMINER]);
    expect((await app.gql(SHOOTINGS, { id: w.id('F') })).data!.firearm!.shootings).toHaveLength(4);
    // A blank reason is refused by the NonEmptyString argument itself.
    expect(codeOf(await app.gql(REOPEN, { id: lead, reason: ' ' }, [Role.EXAMINER]))).toBe('BAD_USER_INPUT');
    const reopened = await app.gql(REOPEN, { id: lead, reason: 'firing pin drag differs on review' }, [Role.EXAMINER]);
    expect(reopened.data!.reopenLead.status).toBe('UNREVIEWED');
    expect((await app.gql(SHOOTINGS, { id: w.id('F') })).data!.firearm!.shootings).toEqual([]);
    await app.gql(REJECT, { id: lead }, [Role.EXAMINER]);
    const after = await app.gql(SHOOTINGS, { id: w.id('F') });
    expect(after.data!.firearm!.shootings).toEqual([]);
    expect(after.data!.firearm!.traceChain.timeToFirstShootingDays).toBeNull();
  });

  it('an unknown lead is NOT_FOUND; a reviewed lead can be read by an examiner', async () => {
    expect(codeOf(await app.gql(CONFIRM, { id: 'LEADTEST-NOPE' }, [Role.EXAMINER]))).toBe('NOT_FOUND');
  });
});
