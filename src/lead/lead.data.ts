import type { Casing } from '../model/casing.type.js';
import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { Lead } from '../model/lead.type.js';

const byId = cypher('lead/by-id');
const casings = cypher('lead/casings');

export const leadById = (ctx: RequestContext) => keyedLoader<Lead | null>(ctx, 'lead.byId', byId, null);
export const leadCasings = (ctx: RequestContext) => keyedLoader<Casing[]>(ctx, 'lead.casings', casings, []);
