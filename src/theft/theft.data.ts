import { cypher } from '../db/cypher.registry.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import type { PageRequest } from '../pagination/page-args.js';
import { nestedPage } from '../pagination/page.loader.js';
import type { RequestContext } from '../core/context.js';
import type { TheftReportRow } from './theft-report.type.js';

const byFirearm = cypher('theft/by-firearm');

/** A page of one gun's theft/loss reports (many guns asking for the same page share one statement). */
export function firearmTheftReports(ctx: RequestContext, firearmId: string, page: PageRequest): Promise<ConnectionValue<TheftReportRow>> {
  return nestedPage<TheftReportRow>(ctx, 'firearm.theftReports', byFirearm, firearmId, page);
}
