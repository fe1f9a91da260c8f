import type { RequestContext } from '../core/context.js';
import { cypher } from '../db/cypher.registry.js';
import type { Gateway, TransactionReader } from '../db/gateway.js';
import type { PageRequest } from '../pagination/page-args.js';
import { pagedList } from '../pagination/paged-list.js';
import type { AuditEvent } from './audit-event.type.js';
import type { AuditRecord } from './audit-record.js';

const recordEvent = cypher('audit/record-event');

/** Each filter starts from its own index: person (audit_touch_person_at), subject (audit_event_subject), else (agencyOri, at). */
const byPerson = { page: cypher('audit/events-by-person'), count: cypher('audit/count-by-person') };
const bySubject = { page: cypher('audit/events-by-subject'), count: cypher('audit/count-by-subject') };
const byTime = { page: cypher('audit/events-by-time'), count: cypher('audit/count-by-time') };

export interface AuditEventFilters {
  agencyOri: string;
  personId: string | null;
  subject: string | null;
  from: string;
  to: string;
}

/** One agency's audit events, newest first, read from the index the filter allows. */
export const auditEventPage = (ctx: RequestContext, req: PageRequest, filters: AuditEventFilters) =>
  pagedList<AuditEvent>(ctx, req, filters.personId ? byPerson : filters.subject ? bySubject : byTime, { ...filters });

/** Stores one audit record in its own write transaction (AuditEvent nodes are append-only). */
export async function storeAuditRecord(gateway: Gateway, record: AuditRecord): Promise<void> {
  await gateway.write(recordEvent, { ...record }, { operation: 'audit', requestId: record.requestId });
}

/** Stores one audit record inside a write's own transaction: the write and its record commit together. */
export async function storeAuditRecordIn(run: TransactionReader, record: AuditRecord): Promise<void> {
  await run(recordEvent, { ...record });
}
