import { checkOri } from '../common/keys.js';
import { cypher } from '../db/cypher.registry.js';
import { badInput } from '../errors/app-error.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { MAX_RADIUS_KM, type SceneFilter } from './scene.filter.js';
import type { Scene } from '../model/scene.type.js';


const pageByTime = cypher('scene/page-by-time');
const countByTime = cypher('scene/count-by-time');
const pageByAgency = cypher('scene/page-by-agency');
const countByAgency = cypher('scene/count-by-agency');
const pageNear = cypher('scene/page-near');
const countNear = cypher('scene/count-near');

/** Open ends of a time range, as Cypher datetime() strings. */
export const BEGINNING = '0001-01-01T00:00:00Z';
export const END = '9999-12-31T23:59:59Z';

/**
 * The scene list: picks the statement that starts from the most selective index the filter
 * allows (the point index for `near`, the agency's ORI for `agencyOri`, otherwise the time
 * index), all ordered newest first with the same keyset.
 */
export async function scenePage(ctx: RequestContext, filter: SceneFilter | null | undefined, page: PageRequest): Promise<ConnectionValue<Scene>> {
  const f = filter ?? {};
  const from = f.from ? f.from.toISOString() : BEGINNING;
  const to = f.to ? f.to.toISOString() : END;
  if (f.from && f.to && f.from > f.to) throw badInput('filter.to', 'must not be before filter.from');
  if (f.agencyOri) checkOri('filter.agencyOri', f.agencyOri);
  if (f.kinds && f.kinds.length === 0) throw badInput('filter.kinds', 'give at least one kind, or leave the filter out');
  if (f.near && !(f.near.radiusKm > 0 && f.near.radiusKm <= MAX_RADIUS_KM)) {
    throw badInput('filter.near.radiusKm', `must be more than 0 and at most ${MAX_RADIUS_KM} km (got ${f.near.radiusKm})`);
  }
  // Resume strictly after the cursor's (occurredAt, id): `until` caps the range at the cursor.
  const cursorAt = page.after ? String(page.after.sort) : null;
  const resume = cursorAt !== null && Date.parse(cursorAt.replace(/\[.*\]$/, '')) <= Date.parse(to);
  const common = {
    ...pageParams(page),
    from,
    until: resume ? cursorAt : to,
    afterId: resume ? page.after!.id : null,
    kinds: f.kinds ?? null,
  };
  const countParams = { from, to, kinds: f.kinds ?? null };
  let rows: () => Promise<PageRow<Scene>[]>;
  let count: () => Promise<number>;
  const total = async (stmt: typeof countByTime, params: Record<string, unknown>) =>
    (await ctx.gateway.read<{ total: number }>(stmt, params, ctx.meta))[0]?.total ?? 0;
  if (f.near) {
    const near = { latitude: f.near.latitude, longitude: f.near.longitude, radiusM: f.near.radiusKm * 1000, agencyOri: f.agencyOri ?? null };
    rows = () => ctx.gateway.read<PageRow<Scene>>(pageNear, { ...common, ...near }, ctx.meta);
    count = () => total(countNear, { ...countParams, ...near });
  } else if (f.agencyOri) {
    rows = () => ctx.gateway.read<PageRow<Scene>>(pageByAgency, { ...common, agencyOri: f.agencyOri }, ctx.meta);
    count = () => total(countByAgency, { ...countParams, agencyOri: f.agencyOri });
  } else {
    rows = () => ctx.gateway.read<PageRow<Scene>>(pageByTime, common, ctx.meta);
    count = () => total(countByTime, countParams);
  }
  return toConnection(page, page.first === 0 ? [] : await rows(), count);
}
