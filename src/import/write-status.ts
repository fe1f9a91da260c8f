/** What writing one record did: the upsert statements return one of these per row (counted). */
export const WRITE_STATUSES = ['created', 'updated', 'unchanged', 'conflicted'] as const;
export type WriteStatus = (typeof WRITE_STATUSES)[number];
export type StatusCounts = Record<WriteStatus, number>;

export const emptyStatusCounts = (): StatusCounts => ({ created: 0, updated: 0, unchanged: 0, conflicted: 0 });

/** Adds the rows `{status, n}` an upsert statement returned to `counts`. */
export function addStatusRows(counts: StatusCounts, rows: ReadonlyArray<Record<string, unknown>>): StatusCounts {
  for (const row of rows) {
    const status = row.status as WriteStatus;
    if ((WRITE_STATUSES as readonly string[]).includes(status)) counts[status] += Number(row.n ?? 0);
  }
  return counts;
}
