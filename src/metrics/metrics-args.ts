import { badInput } from '../errors/app-error.js';
import { FIELD_DIVISION_NAMES } from '../model/atf-field-divisions.js';
import type { MonthRange } from './metrics.service.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Validates a month range (YYYY-MM, inclusive); BAD_USER_INPUT names the argument at fault. */
export function monthRange(from: string | null | undefined, to: string | null | undefined): MonthRange {
  if (from && !MONTH.test(from)) throw badInput('from', `must be a month YYYY-MM (got "${from}")`);
  if (to && !MONTH.test(to)) throw badInput('to', `must be a month YYYY-MM (got "${to}")`);
  if (from && to && from > to) throw badInput('to', 'must not be before from');
  return { from: from ?? null, to: to ?? null };
}

/** A stored period: ALL, a year or a month. */
export function storedPeriodArg(field: string, period: string): string {
  if (period === 'ALL' || /^\d{4}$/.test(period) || MONTH.test(period)) return period;
  throw badInput(field, `must be ALL, a year (YYYY) or a month (YYYY-MM) (got "${period}")`);
}

/** An ATF field division by name (any case), returned as ATF writes it ("St. Paul"). */
export function fieldDivisionArg(field: string, name: string): string {
  const found = FIELD_DIVISION_NAMES.find((d) => d.toLowerCase() === name.trim().toLowerCase());
  if (!found) throw badInput(field, `must be an ATF field division: ${FIELD_DIVISION_NAMES.join(', ')} (got "${name}")`);
  return found;
}
