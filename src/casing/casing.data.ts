import type { Agency } from '../model/agency.type.js';
import { keyedLoader } from '../common/batch-loader.js';
import { BEGINNING, END } from '../common/days.js';
import { cypher } from '../db/cypher.registry.js';
import type { Firearm } from '../model/firearm.type.js';
import type { Lead } from '../model/lead.type.js';
import type { Scene } from '../model/scene.type.js';
import type { RequestContext } from '../core/context.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import type { PageRequest } from '../pagination/page-args.js';
import { pagedList } from '../pagination/paged-list.js';
import type { CasingFilter } from './casing.filter.js';
import type { Casing } from '../model/casing.type.js';

const list = { page: cypher('casing/page'), count: cypher('casing/count') };
const byEvidenceId = cypher('casing/by-evidence-id');
const scene = cypher('casing/scene');
const firearm = cypher('casing/firearm');
const leads = cypher('casing/leads');
const linkedCasings = cypher('casing/linked-casings');
const linkedScenes = cypher('casing/linked-scenes');

/** Bounds of the NIBIN lists: leads of one casing, casings of one same-gun set. */
export const MAX_CASING_LEADS = 100;
export const MAX_LINKED = 500;

export type LeadWithOther = Lead & { otherCasing: Casing };
export type LinkedCasingRow = Casing & { hops: number | null };
export interface LinkedScenesRow {
  homeOri: string | null;
  scenes: Array<{ scene: Scene; agency: Agency | null; evidenceIds: string[] }>;
}

export const casingByEvidenceId = (ctx: RequestContext) => keyedLoader<Casing | null>(ctx, 'casing.byEvidenceId', byEvidenceId, null);
export const casingScene = (ctx: RequestContext) => keyedLoader<Scene | null>(ctx, 'casing.scene', scene, null);
export const casingFirearm = (ctx: RequestContext) => keyedLoader<Firearm | null>(ctx, 'casing.firearm', firearm, null);
export const casingLeads = (ctx: RequestContext, statuses: string[] | null) =>
  keyedLoader<LeadWithOther[]>(ctx, 'casing.leads', leads, [], { statuses, max: MAX_CASING_LEADS });
export const casingLinkedCasings = (ctx: RequestContext, statuses: string[], maxHops: number) =>
  keyedLoader<LinkedCasingRow[]>(ctx, 'casing.linkedCasings', linkedCasings, [], { statuses, maxHops, max: MAX_LINKED });
export const casingLinkedScenes = (ctx: RequestContext, statuses: string[], maxHops: number) =>
  keyedLoader<(LinkedScenesRow & { casing: Casing }) | null>(ctx, 'casing.linkedScenes', linkedScenes, null, { statuses, maxHops, max: MAX_LINKED });

/** The casing list, most recently collected first, from the casing_recovered_at index. */
export async function casingPage(ctx: RequestContext, filter: CasingFilter | null | undefined, req: PageRequest): Promise<ConnectionValue<Casing>> {
  const f = filter ?? {};
  const from = f.from ? f.from.toISOString() : BEGINNING;
  const to = f.to ? f.to.toISOString() : END;
  // Resume strictly after the cursor's (recoveredAt, evidenceId): `until` caps the range at the cursor.
  const cursorAt = req.after ? String(req.after.sort) : null;
  const resume = cursorAt !== null && Date.parse(cursorAt.replace(/\[.*\]$/, '')) <= Date.parse(to);
  const filters = { caliber: f.caliber ?? null, testFire: f.testFire ?? null, inNibin: f.inNibin ?? null, from, to };
  return pagedList<Casing>(ctx, req, list, filters, { until: resume ? cursorAt : to, afterId: resume ? req.after!.id : null });
}
