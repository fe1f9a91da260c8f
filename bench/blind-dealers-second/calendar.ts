/**
 * Days and instants. A day is a whole number of days since 1970-01-01 (UTC), like the
 * contract's BACKGROUND_REF_DAY; an instant is milliseconds. Nothing planted may lie after the
 * reference day, so every helper that makes a later date lets the caller test it first.
 */
import { BACKGROUND_REF_DAY } from '../blind-harness/dealers.contract.js';

export const REF_DAY: number = BACKGROUND_REF_DAY;
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** The last instant planted records may hold: noon UTC of the reference day. */
export const LAST_INSTANT = REF_DAY * DAY_MS + 12 * HOUR_MS;

export const dayIso = (day: number): string => new Date(Math.floor(day) * DAY_MS).toISOString().slice(0, 10);
export const instantIso = (ms: number): string => new Date(Math.round(ms)).toISOString();
export const dayOfInstant = (ms: number): number => Math.floor(ms / DAY_MS);

/** A business-hours instant on a day (14:00–23:00 UTC is 9–18 h across US zones). */
export const workInstant = (day: number, frac: number): number => Math.floor(day) * DAY_MS + (14 + 9 * frac) * HOUR_MS;

/** The day `years` (fractional) before the reference day. */
export const yearsBeforeRef = (years: number): number => Math.round(REF_DAY - years * 365.25);
