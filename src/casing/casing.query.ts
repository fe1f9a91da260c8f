import { cypher } from '../db/cypher.registry.js';
import { badInput } from '../errors/app-error.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import { BEGINNING, END } from '../scene/scene.query.js';
import type { RequestContext } from '../core/context.js';
import type { CasingFilter } from './casing.filter.js';
import type { Casing } from '../model/casing.type.js';

const page = cypher('casing/page');
const count = cypher('casing/count');

/** The casing list, most recently collected first, from the casing_recovered_at index. */
export async function casingPage(ctx: RequestContext, filter: CasingFilter | null | undefined, req: PageRequest): Promise<ConnectionValue<Casing>> {
  const f = filter ?? {};
  if (f.from && f.to && f.from > f.to) throw badInput('filter.to', 'must not be before filter.from');
  const from = f.from ? f.from.toISOString() : BEGINNING;
  const to = f.to ? f.to.toISOString() : END;
  const cursorAt = req.after ? String(req.after.sort) : null;
  const resume = cursorAt !== null && Date.parse(cursorAt.replace(/\[.*\]$/, '')) <= Date.parse(to);
  const filters = { caliber: f.caliber ?? null, testFire: f.testFire ?? null, inNibin: f.inNibin ?? null };
  const rows =
    req.first === 0
      ? []
      : await ctx.gateway.read<PageRow<Casing>>(
          page,
          { ...pageParams(req), ...filters, from, until: resume ? cursorAt : to, afterId: resume ? req.after!.id : null },
          ctx.meta,
        );
  return toConnection(req, rows, async () => (await ctx.gateway.read<{ total: number }>(count, { ...filters, from, to }, ctx.meta))[0]?.total ?? 0);
}
