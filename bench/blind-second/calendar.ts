/**
 * Days as whole numbers since 1970-01-01 (the background's unit), and the calendar facts the
 * shapes need: ISO dates, weekdays, and business days for the multiple-sale report.
 */

const DAY_MS = 86_400_000;

export const dayOfIso = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The background's reference date: no planted record may be dated after it. */
export const REFERENCE_DAY = dayOfIso('2026-06-30');

/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

/**
 * Gun stores sell on Saturdays but most close on Sundays: a sale drawn for a Sunday moves to the
 * Monday after. (A shop-hours choice of this author, not a rule from a source.)
 */
export const storeDay = (day: number): number => (weekday(day) === 0 ? day + 1 : day);

/**
 * The business-day index of a day: the number of Monday–Friday days before it since 1970. A
 * Saturday shares the index of the Monday after it, so a Saturday and the next Monday count as one
 * business day apart from the Friday before. 27 CFR 478.126a asks for a report when one buyer gets
 * two or more handguns "at one time or during any five consecutive business days".
 */
export function businessIndex(day: number): number {
  const weeks = Math.floor((day + 3) / 7); // weeks since the Monday 1969-12-29
  const inWeek = day + 3 - weeks * 7; // 0 = Monday ... 6 = Sunday
  return weeks * 5 + Math.min(inWeek, 5);
}

/** Whether two sale days fall within five consecutive business days. */
export const withinFiveBusinessDays = (a: number, b: number): boolean => Math.abs(businessIndex(a) - businessIndex(b)) <= 4;

/** An instant on a day, as the importer's zoned date-time. */
export const instantOn = (day: number, hour: number, minute = 0): string =>
  `${isoOfDay(day)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;

export const YEAR = 365.25;
