import type { RequestContext } from '../core/context.js';
import type { Statement } from '../db/cypher.registry.js';
import { toConnection, type PageRow } from './connection.js';
import type { ConnectionValue } from './connection.type.js';
import { pageParams, type PageRequest } from './page-args.js';

/** The two statements of a keyset list: one page of rows (LIMIT first + 1) and the total under the same filters. */
export interface ListStatements {
  page: Statement;
  /** Returns one row with `total` (or `count`). */
  count: Statement;
}

/**
 * THE keyset page with its count, for every top-level list. `first: 0` runs no page statement
 * (only totalCount and pageInfo are asked for) and the count runs only when totalCount is
 * selected (connection.type.ts resolves it lazily).
 */
export async function pagedList<T>(
  ctx: RequestContext,
  req: PageRequest,
  statements: ListStatements,
  filters: Record<string, unknown>,
  /** Parameters of the page statement only, e.g. a time range capped at the cursor. */
  pageOnly: Record<string, unknown> = {},
): Promise<ConnectionValue<T>> {
  const rows = req.first === 0 ? [] : await ctx.gateway.read<PageRow<T>>(statements.page, { ...pageParams(req), ...filters, ...pageOnly }, ctx.meta);
  return toConnection(req, rows, async () => {
    const [row] = await ctx.gateway.read<{ total?: number; count?: number }>(statements.count, filters, ctx.meta);
    return row?.total ?? row?.count ?? 0;
  });
}
