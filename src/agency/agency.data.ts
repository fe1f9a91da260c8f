import { keyedLoader } from '../common/batch-loader.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import { notFound } from '../errors/app-error.js';
import type { Agency } from '../model/agency.type.js';

const byOri = cypher('agency/by-ori');

export const agencyByOri = (ctx: RequestContext) => keyedLoader<Agency | null>(ctx, 'agency.byOri', byOri, null);

/**
 * The agency an ORI argument names, or NOT_FOUND on `field`: a report, brief or metric of an ORI
 * no record names would read as an agency that recovered, entered and traced nothing, a finding
 * about an agency that does not exist.
 */
export async function requireAgency(ctx: RequestContext, ori: string, field: string): Promise<Agency> {
  const agency = await agencyByOri(ctx).load(ori);
  if (!agency) throw notFound('agency', field, ori);
  return agency;
}
