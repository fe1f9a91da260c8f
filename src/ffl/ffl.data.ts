import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { Ffl } from '../model/ffl.type.js';
import type { Firearm } from '../model/firearm.type.js';
import type { Sale } from '../model/sale.type.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import type { PageRequest } from '../pagination/page-args.js';
import { nestedPage } from '../pagination/page.loader.js';
import { pagedList } from '../pagination/paged-list.js';

const byLicense = cypher('ffl/by-license');
const list = { page: cypher('ffl/page'), count: cypher('ffl/count') };
const sales = cypher('ffl/sales');
const tracedFirearms = cypher('ffl/traced-firearms');

export interface FflListFilters {
  state: string | null;
  licenseTypes: string[] | null;
}

export const fflPage = (ctx: RequestContext, req: PageRequest, filters: FflListFilters): Promise<ConnectionValue<Ffl>> =>
  pagedList<Ffl>(ctx, req, list, { ...filters });
export const fflSales = (ctx: RequestContext, license: string, req: PageRequest) => nestedPage<Sale>(ctx, 'ffl.sales', sales, license, req);
export const fflTracedFirearms = (ctx: RequestContext, license: string, req: PageRequest) =>
  nestedPage<Firearm>(ctx, 'ffl.tracedFirearms', tracedFirearms, license, req);

export const fflByLicense = (ctx: RequestContext) => keyedLoader<Ffl | null>(ctx, 'ffl.byLicense', byLicense, null);
