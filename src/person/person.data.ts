import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { Associate } from '../model/associate.type.js';
import type { Person } from '../model/person.type.js';
import type { Recovery } from '../model/recovery.type.js';
import type { Sale } from '../model/sale.type.js';
import type { PageRequest } from '../pagination/page-args.js';
import { nestedPage } from '../pagination/page.loader.js';

const byId = cypher('person/by-id');
const purchases = cypher('person/purchases');
const recoveriesFrom = cypher('person/recoveries-from');
const associates = cypher('person/associates');

export const personById = (ctx: RequestContext) => keyedLoader<Person | null>(ctx, 'person.byId', byId, null);
export const personPurchases = (ctx: RequestContext, personId: string, req: PageRequest) => nestedPage<Sale>(ctx, 'person.purchases', purchases, personId, req);
export const personRecoveriesFrom = (ctx: RequestContext, personId: string, req: PageRequest) =>
  nestedPage<Recovery>(ctx, 'person.recoveriesFrom', recoveriesFrom, personId, req);
export const personAssociates = (ctx: RequestContext, personId: string, req: PageRequest) =>
  nestedPage<Associate>(ctx, 'person.associates', associates, personId, req);
