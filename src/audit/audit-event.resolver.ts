import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../core/role.js';
import { pageRequest } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { AuditEventConnection, AuditEventsArgs } from './audit-event.type.js';
import { auditEventPage } from './audit.data.js';

const EARLIEST = '1970-01-01T00:00:00Z';
const LATEST = '9999-12-31T23:59:59Z';

const iso = (v: Date | string | null | undefined, fallback: string) => (v ? new Date(v).toISOString() : fallback);

@Resolver()
export class AuditEventResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => AuditEventConnection, {
    description: "Your agency's audit trail, newest first (SUPERVISOR only; this read is itself audited). Filter by person, user and time window.",
  })
  async auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: RequestContext): Promise<InstanceType<typeof AuditEventConnection>> {
    const page = pageRequest('auditEvents', args);
    const f = args.filter ?? {};
    const from = iso(f.from, EARLIEST);
    const to = iso(f.to, LATEST);
    const params = {
      agencyOri: ctx.user!.agencyOri,
      personId: f.personId ?? null,
      subject: f.subject ?? null,
      from,
      to,
    };
    // Asking who looked at a person is itself a look at that person: it goes on their record.
    if (f.personId) ctx.audit.people.add(f.personId);
    return (await auditEventPage(ctx, page, params)) as InstanceType<typeof AuditEventConnection>;
  }
}
