import DataLoader from 'dataloader';
import type { Statement } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';

/** Keys per batch statement: large pages still go in one statement, huge fan-outs in a few. */
const MAX_BATCH = 1000;

/**
 * One DataLoader per (name, params) per request, whose batch function runs ONE statement:
 * the statement gets `$keys` (plus `params`), starts with `UNWIND $keys AS key`, and returns
 * rows `{ key, value }`. Values come back in key order; a key with no row gets `missing`
 * (null for single values, [] for lists).
 */
export function keyedLoader<V>(
  ctx: RequestContext,
  name: string,
  statement: Statement,
  missing: V,
  params: Record<string, unknown> = {},
): DataLoader<string, V> {
  const id = Object.keys(params).length ? `${name}:${JSON.stringify(params)}` : name;
  return ctx.loader<string, V>(
    id,
    () =>
      new DataLoader<string, V>(
        async (keys) => {
          const rows = await ctx.gateway.read<{ key: string; value: V }>(statement, { ...params, keys: [...keys] }, ctx.meta);
          const byKey = new Map(rows.map((r) => [r.key, r.value]));
          return keys.map((k) => (byKey.has(k) ? (byKey.get(k) ?? missing) : missing));
        },
        { maxBatchSize: MAX_BATCH },
      ),
  );
}
