import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { Person } from '../model/person.type.js';

const byId = cypher('person/by-id');

export const personById = (ctx: RequestContext) => keyedLoader<Person | null>(ctx, 'person.byId', byId, null);
