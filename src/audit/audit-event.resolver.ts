import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../core/role.js';
import { cypher } from '../db/cypher.registry.js';
import { badInput } from '../errors/app-error.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import { pageParams, pageRequest } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { AuditEvent, AuditEventConnection, AuditEventsArgs } from './audit-event.type.js';

/** Each filter starts from its own index: person (audit_touch_person_at), subject (audit_event_subject), else (agencyOri, at). */
const byPerson = { page: cypher('audit/events-by-person'), count: cypher('audit/count-by-person') };
const bySubject = { page: cypher('audit/events-by-subject'), count: cypher('audit/count-by-subject') };
const byTime = { page: cypher('audit/events-by-time'), count: cypher('audit/count-by-time') };

const EARLIEST = '1970-01-01T00:00:00Z';
const LATEST = '9999-12-31T23:59:59Z';

const iso = (v: Date | string | null | undefined, fallback: string) => (v ? new Date(v).toISOString() : fallback);

@Resolver()
export class AuditEventResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => AuditEventConnection, {
    description:
      "Your agency's audit trail, newest first (SUPERVISOR only; this read is itself audited). Filter by person, user and time window.",
  })
  async auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: RequestContext): Promise<InstanceType<typeof AuditEventConnection>> {
    const page = pageRequest('auditEvents', args);
    const f = args.filter ?? {};
    const from = iso(f.from, EARLIEST);
    const to = iso(f.to, LATEST);
    if (from >= to) throw badInput('filter.to', 'must be after filter.from');
    const params = {
      agencyOri: ctx.user!.agencyOri,
      personId: f.personId ?? null,
      subject: f.subject ?? null,
      from,
      to,
    };
    // Asking who looked at a person is itself a look at that person: it goes on their record.
    if (f.personId) ctx.audit.people.add(f.personId);
    const statements = f.personId ? byPerson : f.subject ? bySubject : byTime;
    const rows = page.first === 0 ? [] : await ctx.gateway.read<PageRow<AuditEvent>>(statements.page, { ...params, ...pageParams(page) }, ctx.meta);
    const count = async () => (await ctx.gateway.read<{ count: number }>(statements.count, params, ctx.meta))[0]?.count ?? 0;
    return toConnection(page, rows, count) as InstanceType<typeof AuditEventConnection>;
  }
}
