/**
 * Statements that fetch a whole neighbourhood at once (the trace chain, a recovery's context)
 * attach it to the returned objects under `_ctx`; field resolvers use it when present and fall
 * back to their DataLoader otherwise, so a chain costs one statement and a lone object still works.
 */
export type WithContext<T, C> = T & { _ctx?: C };

export async function contextOf<T, C>(root: WithContext<T, C>, load: () => Promise<C | null>): Promise<C | null> {
  return root._ctx !== undefined ? root._ctx : load();
}
