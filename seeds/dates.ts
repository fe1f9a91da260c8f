/**
 * Every generated date is relative to one fixed reference date, never the clock, so a seed
 * gives the same graph whenever it runs. Days are whole days since the Unix epoch (UTC).
 */
export const REFERENCE_DATE = '2026-06-30';
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const REF_DAY = Date.UTC(2026, 5, 30) / DAY_MS;
export const REF_MS = REF_DAY * DAY_MS;

export function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function msIso(ms: number): string {
  return new Date(ms).toISOString();
}

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso) / DAY_MS);
}
