import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { Ffl } from '../model/ffl.type.js';
import type { Firearm } from '../model/firearm.type.js';
import type { Person } from '../model/person.type.js';
import type { RequestContext } from '../core/context.js';

const context = cypher('sale/context');

export interface SaleContext {
  dealer: Ffl | null;
  purchaser: Person | null;
  firearm: Firearm | null;
}

export const saleContext = (ctx: RequestContext) => keyedLoader<SaleContext | null>(ctx, 'sale.context', context, null);
