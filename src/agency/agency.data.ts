import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { Agency } from '../model/agency.type.js';

const byOri = cypher('agency/by-ori');

export const agencyByOri = (ctx: RequestContext) => keyedLoader<Agency | null>(ctx, 'agency.byOri', byOri, null);
