import { cypher } from '../db/cypher.registry.js';
import type { Db } from '../metrics/metrics.service.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { UntracedGun } from './agency-report.type.js';

/** The agency report's own reads (its metrics come from src/metrics). */
const untraced = cypher('report/untraced-guns');
const untracedCount = cypher('report/untraced-guns-count');

export interface UntracedGunFilters {
  ori: string;
  /** First and last day of the period (ISO dates), null for open ends. */
  from: string | null;
  to: string | null;
}

/** One keyset page of an agency's recovered guns without a trace request, newest first, with its total. */
export async function untracedGunsPage({ gateway, meta }: Db, filters: UntracedGunFilters, req: PageRequest) {
  const rows = req.first === 0 ? [] : await gateway.read<PageRow<UntracedGun>>(untraced, { ...pageParams(req), ...filters }, meta);
  return toConnection(req, rows, async () => (await gateway.read<{ total: number }>(untracedCount, { ...filters }, meta))[0]?.total ?? 0);
}
