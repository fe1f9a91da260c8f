import type { Agency } from '../model/agency.type.js';
import type { Casing } from '../model/casing.type.js';
import { keyedLoader } from '../common/batch-loader.js';
import { BEGINNING, END } from '../common/days.js';
import { checkOri } from '../common/keys.js';
import { cypher } from '../db/cypher.registry.js';
import type { Recovery } from '../model/recovery.type.js';
import type { RequestContext } from '../core/context.js';
import { badInput } from '../errors/app-error.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import type { PageRequest } from '../pagination/page-args.js';
import { pagedList, type ListStatements } from '../pagination/paged-list.js';
import { MAX_RADIUS_KM, type SceneFilter } from './scene.filter.js';
import { casingLinkedScenes, MAX_LINKED, type LinkedScenesRow } from '../casing/casing.data.js';
import type { SameGunWalk } from '../casing/same-gun-walk.js';
import type { Scene } from '../model/scene.type.js';

const byTime = { page: cypher('scene/page-by-time'), count: cypher('scene/count-by-time') };
const byAgency = { page: cypher('scene/page-by-agency'), count: cypher('scene/count-by-agency') };
/** The agency page with its casings and their linked scenes: same count, one page statement for all three levels. */
const byAgencyDeep = { page: cypher('scene/page-by-agency-deep'), count: byAgency.count };
const near = { page: cypher('scene/page-near'), count: cypher('scene/count-near') };
const byId = cypher('scene/by-id');
const agency = cypher('scene/agency');
const casings = cypher('scene/casings');
const recoveries = cypher('scene/recoveries');

/** Bound on the casings of one scene (a large shooting can leave dozens; hundreds would be a data error). */
export const MAX_SCENE_CASINGS = 200;
export const MAX_SCENE_RECOVERIES = 50;

export const sceneById = (ctx: RequestContext) => keyedLoader<Scene | null>(ctx, 'scene.byId', byId, null);
export const sceneAgency = (ctx: RequestContext) => keyedLoader<Agency | null>(ctx, 'scene.agency', agency, null);
export const sceneCasings = (ctx: RequestContext) => keyedLoader<Casing[]>(ctx, 'scene.casings', casings, [], { max: MAX_SCENE_CASINGS });
export const sceneRecoveries = (ctx: RequestContext) => keyedLoader<Recovery[]>(ctx, 'scene.recoveries', recoveries, [], { max: MAX_SCENE_RECOVERIES });

/**
 * The scene list: picks the statements that start from the most selective index the filter
 * allows (the point index for `near`, the agency's ORI for `agencyOri`, otherwise the time
 * index), all ordered newest first with the same keyset.
 */
export async function scenePage(
  ctx: RequestContext,
  filter: SceneFilter | null | undefined,
  page: PageRequest,
  /** The same-gun walk of `casings { linkedScenes }` when the caller selected it (and it can be folded); null otherwise. */
  walk: SameGunWalk | null = null,
): Promise<ConnectionValue<Scene>> {
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
  const pageOnly = { until: resume ? cursorAt : to, afterId: resume ? page.after!.id : null };
  const filters = { from, to, kinds: f.kinds ?? null };
  let statements: ListStatements = byTime;
  let where: Record<string, unknown> = {};
  if (f.near) {
    statements = near;
    where = { latitude: f.near.latitude, longitude: f.near.longitude, radiusM: f.near.radiusKm * 1000, agencyOri: f.agencyOri ?? null };
  } else if (f.agencyOri && walk) {
    // One statement for the page, its casings and their linked scenes; the loaders the fields use are primed with them.
    const deep = { ...pageOnly, first: page.first, maxCasings: MAX_SCENE_CASINGS, ...walk, max: MAX_LINKED };
    const connection = await pagedList<DeepScene>(ctx, page, byAgencyDeep, { ...filters, agencyOri: f.agencyOri }, deep);
    primeDeep(ctx, connection.edges, walk);
    return connection;
  } else if (f.agencyOri) {
    statements = byAgency;
    where = { agencyOri: f.agencyOri };
  }
  return pagedList<Scene>(ctx, page, statements, { ...filters, ...where }, pageOnly);
}

type DeepScene = Scene & { _casings?: Array<LinkedScenesRow & { casing: Casing }> | null };

/** Hands each shown scene's casings and each casing's linked scenes to the loaders `casings` and `linkedScenes` read. */
function primeDeep(ctx: RequestContext, edges: Array<{ node: DeepScene }>, walk: SameGunWalk) {
  const casingsOf = sceneCasings(ctx);
  const linked = casingLinkedScenes(ctx, walk.statuses, walk.maxHops);
  for (const { node } of edges) {
    const rows = node._casings ?? [];
    delete node._casings;
    casingsOf.prime(
      node.id,
      rows.map((r) => r.casing),
    );
    for (const row of rows) linked.prime(row.casing.evidenceId, row);
  }
}
