import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { importRecords, nibinWorld } from './fixtures.js';
import { LEAD_EVENTS, settle, Subscriber } from './ws-client.js';

let app: TestApp;
const open: Subscriber[] = [];
beforeAll(async () => {
  app = await startTestApp({ NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' });
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()));
  await app.close();
});
const RUN = Date.now().toString(36).toUpperCase();

async function subscriber(roles: Role[], user: { subject: string; agencyOri: string }, variables: Record<string, unknown> = {}) {
  const s = new Subscriber(app.url, await app.token(roles, user));
  open.push(s);
  s.subscribe(LEAD_EVENTS, variables);
  return s;
}

const as = async (roles: Role[], subject: string, agencyOri: string, query: string, variables: Record<string, unknown>) => {
  const token = await app.token(roles, { subject, agencyOri });
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
};

describe('leadEvents over graphql-ws: the whole cycle, each subscriber exactly what concerns it, masked by role', () => {
  it('evidence in, confirmation, referral, outcome, close', async () => {
    const w = nibinWorld(`WS${RUN}`);
    await importRecords(app, w.records);
    const lead = w.id('LT4');
    const P1 = w.id('P1');

    // Analyst at B watching the buyer; investigator at A (no watches); the assignee; an outsider.
    const watch = await as([Role.ANALYST], `an-${RUN}`, w.oriB, `mutation W($key: NonEmptyString!) { addWatch(kind: PERSON, key: $key) { id kind key } }`, {
      key: P1,
    });
    expect(watch.errors).toBeUndefined();
    const again = await as([Role.ANALYST], `an-${RUN}`, w.oriB, `mutation W($key: NonEmptyString!) { addWatch(kind: PERSON, key: $key) { id } }`, { key: P1 });
    expect((again.data!.addWatch as { id: string }).id).toBe((watch.data!.addWatch as { id: string }).id);
    const analyst = await subscriber([Role.ANALYST], { subject: `an-${RUN}`, agencyOri: w.oriB });
    const investigatorA = await subscriber([Role.INVESTIGATOR], { subject: `inv-${RUN}`, agencyOri: w.oriA });
    const assignee = await subscriber([Role.INVESTIGATOR], { subject: `det-${RUN}`, agencyOri: 'NY0303000' });
    const outsider = await subscriber([Role.INVESTIGATOR], { subject: `out-${RUN}`, agencyOri: 'NY0303000' });
    const examiner = await subscriber([Role.EXAMINER], { subject: `ex-${RUN}`, agencyOri: w.oriA });
    await settle();

    const step = async (roles: Role[], query: string, variables: Record<string, unknown>) => {
      const res = await as(roles, `actor-${RUN}`, w.oriA, query, variables);
      expect(res.errors).toBeUndefined();
    };
    await step([Role.EXAMINER], `mutation($id: NonEmptyString!) { confirmLead(leadId: $id) { id } }`, { id: lead });
    await step([Role.SUPERVISOR], `mutation($id: NonEmptyString!, $a: NonEmptyString!) { referLead(leadId: $id, assignee: $a) { id } }`, {
      id: lead,
      a: `det-${RUN}`,
    });
    await step([Role.INVESTIGATOR], `mutation($id: NonEmptyString!) { recordLeadOutcome(leadId: $id, outcome: ARREST) { id } }`, { id: lead });
    await step([Role.INVESTIGATOR], `mutation($id: NonEmptyString!) { closeLead(leadId: $id) { id } }`, { id: lead });

    await analyst.waitFor(4);
    await investigatorA.waitFor(1);
    await assignee.waitFor(1);
    await settle(2_000); // anything extra would have arrived by now
    const mine = (s: Subscriber) => s.events.filter((e) => e.leadId.startsWith(`LEADTEST-WS${RUN}`));

    expect(mine(analyst).map((e) => e.kind)).toEqual(['HIT_CONFIRMED', 'LEAD_REFERRED', 'OUTCOME_RECORDED', 'LEAD_CLOSED']);
    expect(mine(analyst)[0]!.reasons.sort()).toEqual(['CROSS_AGENCY_HIT', 'WATCHED_PERSON']);
    expect(mine(investigatorA).map((e) => [e.kind, e.reasons])).toEqual([['HIT_CONFIRMED', ['CROSS_AGENCY_HIT']]]);
    expect(mine(assignee).map((e) => [e.kind, e.reasons])).toEqual([['LEAD_REFERRED', ['ASSIGNED_TO_YOU']]]);
    expect(mine(outsider)).toEqual([]);
    // Ids increase: the outbox order.
    const ids = analyst.events.map((e) => Number(e.id));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);

    // Masking: the purchaser's name is null for the analyst, visible to the investigator.
    const purchaserOf = (e: Record<string, unknown>) =>
      (e.lead as { casings: Array<{ firearm: { traceChain: { purchaser: { id: string; firstName: string | null } | null } } | null }> }).casings.find(
        (c) => c.firearm,
      )?.firearm?.traceChain.purchaser ?? null;
    expect(purchaserOf(mine(analyst)[0]!)).toEqual({ id: P1, firstName: null });
    expect(purchaserOf(mine(investigatorA)[0]!)).toEqual({ id: P1, firstName: 'Ima' });

    // The examiner may not subscribe (no ANALYST role): one FORBIDDEN error, nothing else.
    await examiner.waitFor(1);
    expect(examiner.errored ?? examiner.received[0]?.errors).toBeTruthy();

    // Audit: each delivery that named the buyer is on record for the one who received it.
    const audit = await app.gateway.read<{ subject: string; outcome: string }>(
      {
        name: 'test',
        text: "MATCH (e:AuditEvent) WHERE e.rootFields = ['leadEvents'] AND $p IN e.personIds RETURN e.subject AS subject, e.outcome AS outcome",
      },
      { p: P1 },
    );
    expect(audit).toContainEqual({ subject: `inv-${RUN}`, outcome: 'ALLOWED' });
    expect(audit).toContainEqual({ subject: `an-${RUN}`, outcome: 'DENIED' });
  });

  it('a subscriber that reconnects with its last event id receives exactly what it missed, in order', async () => {
    const w = nibinWorld(`WR${RUN}`);
    await importRecords(app, w.records);
    const subject = `rc-${RUN}`;
    await as([Role.INVESTIGATOR], subject, w.oriA, `mutation W($key: NonEmptyString!) { addWatch(kind: SERIES, key: $key) { id } }`, { key: w.id('C1') });
    const first = await subscriber([Role.INVESTIGATOR], { subject, agencyOri: 'NY0303000' });
    await settle();
    await as([Role.EXAMINER], 'ex', w.oriA, `mutation($id: NonEmptyString!) { confirmLead(leadId: $id) { id } }`, { id: w.id('LT4') });
    // Other tests' leads may also concern this agency: only this world's lead counts here.
    const ours = (e: { leadId: string }) => e.leadId === w.id('LT4');
    const until = async (s: typeof first, done: () => boolean) => {
      for (let i = 0; i < 60 && !done(); i++) await settle(500);
    };
    // The last event the first connection saw: the confirmation (an earlier event of the same lead may precede it).
    const confirmed = () => first.events.find((e) => ours(e) && e.kind === 'HIT_CONFIRMED');
    await until(first, () => !!confirmed());
    const last = confirmed()!.id;
    await first.close();
    // Missed while disconnected: referral and outcome.
    await as([Role.SUPERVISOR], 'sup', w.oriA, `mutation($id: NonEmptyString!) { referLead(leadId: $id, assignee: "det-x") { id } }`, { id: w.id('LT4') });
    await as([Role.SUPERVISOR], 'sup', w.oriA, `mutation($id: NonEmptyString!) { recordLeadOutcome(leadId: $id, outcome: NO_ACTION) { id } }`, {
      id: w.id('LT4'),
    });
    const back = await subscriber([Role.INVESTIGATOR], { subject, agencyOri: 'NY0303000' }, { lastEventId: last });
    await until(back, () => back.events.filter(ours).length >= 2);
    await settle(1_000);
    expect(back.events.filter(ours).map((e) => e.kind)).toEqual(['LEAD_REFERRED', 'OUTCOME_RECORDED']);
    expect(back.events.every((e) => Number(e.id) > Number(last))).toBe(true);
    // An id from the future is refused.
    const bad = await subscriber([Role.INVESTIGATOR], { subject, agencyOri: 'NY0303000' }, { lastEventId: '999999999999' });
    await bad.waitFor(1);
    expect(JSON.stringify(bad.errored ?? bad.received[0])).toContain('lastEventId');
  });
});
