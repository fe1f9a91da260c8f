import { cypher } from '../db/cypher.registry.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { RecordType } from '../import/record.types.js';
import type { RequestContext } from '../core/context.js';
import type { ConflictSide, DataConflict, RecordSource } from './provenance.type.js';

const recordSources = cypher('provenance/record-sources');
const recordSourceCount = cypher('provenance/record-source-count');
const conflicts = cypher('provenance/conflicts');
const conflictCount = cypher('provenance/conflict-count');
const resolve = cypher('provenance/resolve-conflict');

export async function sourcesOf(ctx: RequestContext, type: RecordType, key: string, page: PageRequest): Promise<ConnectionValue<RecordSource>> {
  const params = { type, key };
  const rows = page.first === 0 ? [] : await ctx.gateway.read<PageRow<RecordSource>>(recordSources, { ...params, ...pageParams(page) }, ctx.meta);
  return toConnection(page, rows, async () => (await ctx.gateway.read<{ total: number }>(recordSourceCount, params, ctx.meta))[0]?.total ?? 0);
}

export interface ConflictQuery {
  agencyOri: string | null;
  recordType: RecordType | null;
  status: string | null;
  from: string;
  to: string;
}

export async function listConflicts(ctx: RequestContext, query: ConflictQuery, page: PageRequest): Promise<ConnectionValue<DataConflict>> {
  const rows = page.first === 0 ? [] : await ctx.gateway.read<PageRow<DataConflict>>(conflicts, { ...query, ...pageParams(page) }, ctx.meta);
  return toConnection(page, rows, async () => (await ctx.gateway.read<{ total: number }>(conflictCount, { ...query }, ctx.meta))[0]?.total ?? 0);
}

export async function resolveConflict(ctx: RequestContext, id: string, keep: ConflictSide, subject: string): Promise<DataConflict | null> {
  const rows = await ctx.gateway.write<{ conflict: DataConflict }>(resolve, { id, keep, subject, at: new Date().toISOString() }, ctx.meta);
  return rows[0]?.conflict ?? null;
}
