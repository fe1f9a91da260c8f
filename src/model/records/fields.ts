import { z } from 'zod';
import { decimalText, fflRule, latitudeRule, longitudeRule, oriRule, ruled, stateRule } from '../../common/arg-rules.js';
import { isCaliber } from './calibers.js';

/**
 * The field kinds of the record model, as zod schemas. Every record field is one of these, so a
 * kind's rule and its message are written once. Each schema takes what an NDJSON line or a CSV
 * cell holds (CSV cells are text: numbers and booleans are coerced, text is trimmed) and gives
 * the normal form written to the graph. The messages name what is wrong; the importer adds the
 * field, so a reject always says `field` + `reason`.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** ISO-8601 date-time with an explicit offset: a time without a zone is ambiguous across agencies. */
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;
const EARLIEST = Date.UTC(1900, 0, 1);

/** Fields holding a day or an instant: the validator refuses values after its `now`. */
export const TEMPORAL_FIELDS = new WeakSet<z.ZodType>();

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const normalise = (v: unknown) => (isBlank(v) ? undefined : typeof v === 'string' ? v.trim() : v);
const toNumber = (v: unknown) => (typeof v === 'string' && v !== '' ? decimalText(v) : v);

/** A required field: blank (null, missing, empty or spaces) is refused before the kind's own rule runs. */
export function required<T extends z.ZodType>(kind: T) {
  const field = z.preprocess(
    normalise,
    z
      .unknown()
      .refine((v): boolean => v !== undefined, { error: 'is required', abort: true })
      .pipe(kind),
  );
  if (TEMPORAL_FIELDS.has(kind)) TEMPORAL_FIELDS.add(field);
  return field;
}

/** An optional field: blank is null. */
export function optional<T extends z.ZodType>(kind: T) {
  const field = z.preprocess((v) => normalise(v) ?? null, kind.nullable());
  if (TEMPORAL_FIELDS.has(kind)) TEMPORAL_FIELDS.add(field);
  return field;
}

/**
 * Control characters other than tab and line breaks (NUL, escape, backspace…) are never part of a
 * name or an address: they come from a broken export, hide text from whoever reads the record, and
 * break the CSV and log lines the service writes from it.
 */
const hasControl = (v: string) =>
  [...v].some((c) => {
    const code = c.charCodeAt(0);
    return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || code === 0x7f;
  });

export const text = (length: { min?: number; max?: number } = {}) => {
  let s = z
    .string({ error: 'must be text' })
    .max(500, { error: 'is longer than 500 characters', abort: true })
    .refine((v) => !hasControl(v), { error: 'contains a control character (such as NUL); remove it', abort: true });
  if (length.min !== undefined) s = s.min(length.min, { error: `must be at least ${length.min} characters`, abort: true });
  if (length.max !== undefined) s = s.max(length.max, { error: `must be at most ${length.max} characters`, abort: true });
  return s;
};

const ID_RULE = 'must be 1–64 letters, digits or . _ : / - (starting with a letter or digit)';
/** An id is text: a JSON number (`"id": 12345`) is refused with the fix, not turned into text (`007` would already have lost its zeros). */
export const id = () =>
  z
    .string({ error: (issue) => (typeof issue.input === 'number' ? `${ID_RULE}, as text: write it in quotes ("${String(issue.input)}")` : ID_RULE) })
    .regex(ID, { error: ID_RULE });

export const oneOf = <const V extends string>(values: z.ZodEnum<{ [K in V]: K }> | z.ZodEnum<Record<string, V>>) =>
  z.enum(values.options as [V, ...V[]], { error: `must be one of ${values.options.join(', ')}` });

/** `true`/`false` in any case: spreadsheets write TRUE and FALSE in their CSV files. */
const BOOLEAN_TEXT: Record<string, boolean> = { true: true, false: false };
export const bool = () =>
  z.preprocess((v) => (typeof v === 'string' ? (BOOLEAN_TEXT[v.toLowerCase()] ?? v) : v), z.boolean({ error: 'must be true or false' }));

export const int = (range: { min: number; max: number }) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number', abort: true })
      .min(range.min, { error: `must be at least ${range.min}`, abort: true })
      .max(range.max, { error: `must be at most ${range.max}` }),
  );

const SCORE = 'must be a whole number from 0 to 100 (the NIBIN correlation score on a 0–100 scale)';
/** A NIBIN correlation score on the API's 0–100 Int scale; a 0–1 export value gets the fix in its message. */
export const score = () =>
  z.preprocess(
    toNumber,
    z.number({ error: SCORE }).check((ctx) => {
      const n = ctx.value;
      if (n > 0 && n < 1 && !Number.isInteger(n))
        ctx.issues.push({
          code: 'custom',
          input: n,
          message: `must be a whole number from 0 to 100; ${n} looks like a 0–1 score: multiply it by 100 (${Math.round(n * 100)})`,
        });
      else if (!Number.isInteger(n) || n < 0 || n > 100) ctx.issues.push({ code: 'custom', input: n, message: SCORE });
    }),
  );

export const latitude = latitudeRule;
export const longitude = longitudeRule;

/** `YYYY-MM-DD` names a day of the calendar (not 2025-02-30, not 2025-02-29). */
function isCalendarDate(v: string): boolean {
  // An impossible month or day (1990-13-45) does not parse at all: test before formatting.
  const ms = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === v;
}

/** A local day, `YYYY-MM-DD`. */
export const date = () => {
  const s = z
    .string({ error: 'must be a date YYYY-MM-DD' })
    .regex(DATE, { error: 'must be a date YYYY-MM-DD', abort: true })
    .refine(isCalendarDate, { error: 'is not a calendar date', abort: true })
    .refine((v) => Date.parse(`${v}T00:00:00Z`) >= EARLIEST, { error: 'is before 1900' });
  TEMPORAL_FIELDS.add(s);
  return s;
};

/**
 * The clock reads 00:00 to 23:59:59 (ISO 8601 allows 24:00 for the end of a day, but Date.parse reads
 * it as the next day's midnight: the record would be stored under a day it does not name).
 */
function isClockTime(v: string): boolean {
  const [h, m, s] = v.slice(11, 19).split(':').map(Number);
  return h! <= 23 && m! <= 59 && (s === undefined || Number.isNaN(s) || s <= 59);
}

/** Offsets zones use run from -12:00 to +14:00, in whole, half or three-quarter hours (IANA tz database). */
function isZoneOffset(v: string): boolean {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(v);
  if (!m) return true; // Z
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return [0, 30, 45].includes(Number(m[3])) && (m[1] === '+' ? minutes <= 14 * 60 : minutes <= 12 * 60);
}

/** An instant with its zone; stored in one canonical form (UTC with milliseconds) so comparisons are plain. */
export const datetime = () => {
  const zoned = 'must be an ISO-8601 date-time with a zone, e.g. 2025-03-01T14:30:00Z';
  const s = z
    .string({ error: zoned })
    .regex(DATETIME, { error: zoned, abort: true })
    .refine(isClockTime, { error: 'is not a time of day (00:00 to 23:59:59; the midnight ending a day is 00:00 of the next)', abort: true })
    .refine(isZoneOffset, { error: 'has a UTC offset no zone uses (from -12:00 to +14:00, in minutes 00, 30 or 45)', abort: true })
    .refine((v) => !Number.isNaN(Date.parse(v)), { error: 'is not a valid date-time', abort: true })
    // Date.parse rolls a day past the month's end over (2025-02-30T10:00Z is 2 March): refuse it as date() does.
    .refine((v) => isCalendarDate(v.slice(0, 10)), { error: 'is not a calendar date', abort: true })
    .refine((v) => Date.parse(v) >= EARLIEST, { error: 'is before 1900', abort: true })
    .transform((v) => new Date(Date.parse(v)).toISOString());
  TEMPORAL_FIELDS.add(s);
  return s;
};

const CALIBER_RULE = 'is not a known caliber (see src/model/records/calibers.ts)';
export const caliber = () => z.string({ error: CALIBER_RULE }).refine(isCaliber, { error: CALIBER_RULE });

/**
 * The identifier rules are the ones every API argument uses too (src/common/arg-rules.ts), so a
 * value is valid in a record exactly when it is valid in an argument. These identifiers are
 * written in capitals; a value that is valid in capitals (`pa`, `nj0071700`, `8-23-101-01-7c-11111`)
 * is refused with the capitalised form in the message, not changed: keys are compared exactly.
 */
function capitalsHint(rule: z.ZodType<string>) {
  const notText = rule.safeParse(0).error?.issues[0]?.message ?? 'must be text';
  return z.string({ error: notText }).check((ctx) => {
    const own = rule.safeParse(ctx.value);
    if (own.success) return;
    const upper = ctx.value.toUpperCase();
    const message = upper !== ctx.value && rule.safeParse(upper).success ? `must be written in capitals (${upper})` : own.error.issues[0]!.message;
    ctx.issues.push({ code: 'custom', input: ctx.value, message });
  });
}
export const ffl = () => capitalsHint(fflRule());
export const ori = () => capitalsHint(oriRule());
export const state = () => capitalsHint(stateRule());
const COUNTRY_RULE = 'must be a two-letter ISO 3166 country code (e.g. US)';
/** ISO 3166 alpha-2 country code: two capital letters (`US`, `AT`), not any two characters (`12`). */
export const country = () => capitalsHint(ruled((v) => (/^[A-Z]{2}$/.test(v) ? null : COUNTRY_RULE), COUNTRY_RULE));
