const DAY_MS = 86_400_000;

/**
 * Whole days from one date to another (YYYY-MM-DD calendar dates, or ISO instants, compared by
 * their UTC calendar date): the unit ATF uses for time-to-crime. Null when either is missing.
 */
export function daysBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  if (!from || !to) return null;
  const a = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / DAY_MS);
}

/** Open ends of a time range, as Cypher datetime() strings. */
export const BEGINNING = '0001-01-01T00:00:00Z';
export const END = '9999-12-31T23:59:59Z';
