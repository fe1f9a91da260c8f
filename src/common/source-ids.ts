/**
 * Provenance has two stored layouts (docs/import.md, "Provenance"): a node or relationship told by
 * one source keeps that source's id in `sourceId` (a plain string, stored inline with the record);
 * from the second source on, the ids are in the list `sourceIds` (the 50 most recent) and
 * `sourceId` is gone. Graphs written before the compact layout hold `sourceIds` lists of one.
 *
 * Every reader answers "who told us this" from the list: this turns a stored property map into the
 * one shape readers see, `sourceIds`, whatever the layout (no `sourceId` key left).
 */
export function withSourceIds<T extends Record<string, unknown>>(props: T): T {
  if (!('sourceId' in props)) return props;
  const { sourceId, ...rest } = props;
  const list = Array.isArray(rest.sourceIds) ? rest.sourceIds : typeof sourceId === 'string' ? [sourceId] : [];
  return { ...rest, sourceIds: list } as unknown as T;
}

/** The source ids a stored property map names, in either layout. */
export function sourceIdsOf(props: Record<string, unknown>): string[] {
  const ids = withSourceIds(props).sourceIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
