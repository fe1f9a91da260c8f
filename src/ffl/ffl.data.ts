import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { Ffl } from '../model/ffl.type.js';

const byLicense = cypher('ffl/by-license');

export const fflByLicense = (ctx: RequestContext) => keyedLoader<Ffl | null>(ctx, 'ffl.byLicense', byLicense, null);
