import type { Agency } from '../model/agency.type.js';
import type { Casing } from '../model/casing.type.js';
import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { Recovery } from '../model/recovery.type.js';
import type { RequestContext } from '../core/context.js';
import type { Scene } from '../model/scene.type.js';

const byId = cypher('scene/by-id');
const agency = cypher('scene/agency');
const casings = cypher('scene/casings');
const recoveries = cypher('scene/recoveries');

/** Bound on the casings of one scene (a large shooting can leave dozens; hundreds would be a data error). */
export const MAX_SCENE_CASINGS = 200;
export const MAX_SCENE_RECOVERIES = 50;

export const sceneById = (ctx: RequestContext) => keyedLoader<Scene | null>(ctx, 'scene.byId', byId, null);
export const sceneAgency = (ctx: RequestContext) => keyedLoader<Agency | null>(ctx, 'scene.agency', agency, null);
export const sceneCasings = (ctx: RequestContext) =>
  keyedLoader<Casing[]>(ctx, 'scene.casings', casings, [], { max: MAX_SCENE_CASINGS });
export const sceneRecoveries = (ctx: RequestContext) =>
  keyedLoader<Recovery[]>(ctx, 'scene.recoveries', recoveries, [], { max: MAX_SCENE_RECOVERIES });
