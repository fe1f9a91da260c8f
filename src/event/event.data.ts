import { cypher, type Statement } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta, TransactionReader } from '../db/gateway.js';

const append = cypher('event/append-lead-events');
const after = cypher('event/after');
const head = cypher('event/head');

/** Bound on the casings an event names (a series larger than this is a data error, not a series). */
export const MAX_EVENT_SCOPE = 500;

export type LeadEventKind = 'LEAD_CREATED' | 'HIT_CONFIRMED' | 'LEAD_REJECTED' | 'LEAD_REOPENED' | 'LEAD_REFERRED' | 'OUTCOME_RECORDED' | 'LEAD_CLOSED';

export interface NewLeadEvent {
  kind: LeadEventKind;
  leadId: string;
  actor: string | null;
  actorAgencyOri: string | null;
  assignee: string | null;
}

/** An outbox event as stored: what happened to which lead, and the scope subscribers are matched on. */
export interface StoredEvent {
  seq: number;
  at: string;
  kind: LeadEventKind;
  leadId: string;
  status: string;
  actor: string | null;
  actorAgencyOri: string | null;
  assignee: string | null;
  evidenceIds: string[];
  leadAgencyOris: string[];
  agencyOris: string[];
  firearmIds: string[];
  dealerLicenses: string[];
  personIds: string[];
}

/** The outbox step of a write: one statement, to run inside the transaction of the change. */
export function appendEventsStep(events: NewLeadEvent[], at: string): { statement: Statement; params: Record<string, unknown> } {
  return { statement: append, params: { events, at, max: MAX_EVENT_SCOPE } };
}

export async function appendEvents(run: TransactionReader, events: NewLeadEvent[], at: string): Promise<number[]> {
  if (!events.length) return [];
  const step = appendEventsStep(events, at);
  return (await run<{ seq: number }>(step.statement, step.params)).map((r) => r.seq);
}

export async function eventsAfter(gateway: Gateway, seq: number, limit: number, meta: QueryMeta = { operation: 'outbox' }): Promise<StoredEvent[]> {
  return (await gateway.read<{ event: StoredEvent }>(after, { after: seq, limit }, meta)).map((r) => r.event);
}

export async function outboxHead(gateway: Gateway, meta: QueryMeta = { operation: 'outbox' }): Promise<number> {
  return (await gateway.read<{ seq: number }>(head, {}, meta))[0]?.seq ?? 0;
}
