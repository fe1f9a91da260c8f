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
