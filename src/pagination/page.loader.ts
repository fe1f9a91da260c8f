import type { Statement } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import { keyedLoader } from '../common/batch-loader.js';
import { toConnection, type PageRow } from './connection.js';
import type { ConnectionValue } from './connection.type.js';
import { pageParams, type PageRequest } from './page-args.js';

/** What a nested-list statement returns per parent key: the page's rows (limit + 1) and the parent's total. */
export interface NestedPage<T> {
  rows: PageRow<T>[];
  total: number;
}

/**
 * A page of a list under each parent (a dealer's sales, a person's purchases, a network's
 * members...), for many parents in one statement: parents asking for the same page (and the
 * same `params`, e.g. a role filter) share a loader, and the statement pages each parent's list
 * with the same keyset parameters. `first: 0` answers like pagedList: the total, no edges and
 * hasNextPage false.
 */
export async function nestedPage<T>(
  ctx: RequestContext,
  name: string,
  statement: Statement,
  parentKey: string,
  page: PageRequest,
  params: Record<string, unknown> = {},
): Promise<ConnectionValue<T>> {
  const loader = keyedLoader<NestedPage<T> | null>(ctx, name, statement, null, { ...params, ...pageParams(page) });
  const result = await loader.load(parentKey);
  return toConnection(page, page.first === 0 ? [] : (result?.rows ?? []), result?.total ?? 0);
}
