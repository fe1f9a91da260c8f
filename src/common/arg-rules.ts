import { z } from 'zod';
import { fflLicenseProblem } from './ffl-license.js';
import { isStateCode, oriProblem } from './ori.js';

/**
 * One rule per concept, shared by the record model (src/model/records/fields.ts builds the import's
 * field kinds from these) and the GraphQL inputs (`@ValidatedBy`, src/common/validate-args.ts):
 * a state code, an ORI or an FFL number is valid in an argument exactly when it is valid in a record.
 */

/** A schema refusing what `problem` names (the identifier rules of src/common/, node ids, cursors). */
export const ruled = (problem: (v: string) => string | null, notText = 'must be text') =>
  z.string({ error: notText }).check((ctx) => {
    const p = problem(ctx.value);
    if (p) ctx.issues.push({ code: 'custom', input: ctx.value, message: p });
  });

/** ATF license number `X-XX-XXX-XX-XY-XXXXX` (region, district, county, type, expiry, sequence). */
export const fflRule = () => ruled(fflLicenseProblem);
/** NCIC Originating Agency Identifier: state code + 7 letters or digits. */
export const oriRule = () => ruled(oriProblem);
const STATE_RULE = 'must be a two-letter US state code';
export const stateRule = () => ruled((v) => (isStateCode(v) ? null : STATE_RULE), STATE_RULE);

/**
 * A number written as text, in decimal notation only (`39.95`, `-75`, `1e3`): JavaScript's Number()
 * also reads `0x1A` as 26 and `Infinity`, which no agency export means, so anything else is NaN
 * and refused by the field's own rule.
 */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
export const decimalText = (v: unknown) => (typeof v === 'string' ? (DECIMAL.test(v.trim()) ? Number(v) : Number.NaN) : v);

const degrees = (limit: number) =>
  z.preprocess(
    decimalText,
    z
      .number({ error: 'must be a number (decimal degrees)' })
      .refine((n) => n >= -limit && n <= limit, { error: `must be between -${limit} and ${limit} (WGS-84 decimal degrees)` }),
  );
export const latitudeRule = () => degrees(90);
export const longitudeRule = () => degrees(180);

/** A whole number in [min, max]; the message names the range and what was given. */
export const intRule = (min: number, max: number, what = 'an integer') =>
  z.number().check((ctx) => {
    const v = ctx.value;
    if (!Number.isInteger(v) || v < min || v > max) ctx.issues.push({ code: 'custom', input: v, message: `must be ${what} from ${min} to ${max} (got ${v})` });
  });

/** A number in [min, max] (fractions allowed). */
export const numberRule = (min: number, max: number) =>
  z.number().check((ctx) => {
    const v = ctx.value;
    if (!(v >= min && v <= max)) ctx.issues.push({ code: 'custom', input: v, message: `must be between ${min} and ${max} (got ${v})` });
  });

/** A list filter given empty would match nothing: the caller meant to leave it out. */
export const nonEmptyList = (what: string) => z.array(z.unknown()).min(1, { error: `give at least one ${what}, or leave the filter out` });

/** Text with at most `max` characters (and, if `min`, at least that many after trimming). */
export const textRule = (max: number, min = 0) =>
  z.string().check((ctx) => {
    if (ctx.value.trim().length < min) ctx.issues.push({ code: 'custom', input: ctx.value, message: 'must not be empty' });
    else if (ctx.value.length > max) ctx.issues.push({ code: 'custom', input: ctx.value, message: `must be at most ${max} characters` });
  });

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const monthRule = () => z.string().regex(MONTH, { error: 'must be a month YYYY-MM' });

/**
 * An id asked for in a query or named in a workspace write (evidence id, person id, lead id, token
 * subject, investigation id): free text, only non-blank and at most 200 characters. Looser than the
 * importer's id rule (1–64 letters, digits or . _ : / -, src/model/records/fields.ts) on purpose: a
 * lookup of an id no import could have written answers "not found", not a validation error, and
 * workspace ids and token subjects are not import records.
 */
export const MAX_ID_LENGTH = 200;
export const idRule = () => ruled((v) => (!v.trim() ? 'must not be blank' : v.length > MAX_ID_LENGTH ? `is longer than ${MAX_ID_LENGTH} characters` : null));

/**
 * A list argument with at least `min` and at most `max` items (its size is checked first, so a
 * huge list costs nothing more), then each item by `item` (an issue of item i is reported at `<list>[i]`).
 */
export const listRule = (item: z.ZodType, opts: { min?: number; max: number; what: string; tooFew?: string; count?: (list: unknown[]) => number }) =>
  z
    .array(z.unknown())
    .check((ctx) => {
      const n = opts.count ? opts.count(ctx.value) : ctx.value.length;
      if (n < (opts.min ?? 0)) ctx.issues.push({ code: 'custom', input: ctx.value, message: opts.tooFew ?? `name at least ${opts.min} ${opts.what}` });
      else if (n > opts.max) ctx.issues.push({ code: 'custom', input: ctx.value, message: `at most ${opts.max} ${opts.what} (got ${n})` });
    })
    .pipe(z.array(item));

const instant = (v: unknown): number => (v instanceof Date ? v.getTime() : Date.parse(String(v)));

/**
 * A time window `from`…`to` on an input object: `to` must not be before `from` (or, `strict`,
 * must be after it). Reported on `to` (or on the key `reportOn` names, with `message`).
 * `toDefaultsToNow`: a window left open at the end ends now, so a `from` in the future is refused too.
 * Use on a `z.looseObject` (a plain object drops the keys it does not name): `.superRefine(timeWindow())`.
 */
export function timeWindow(opts: { from?: string; to?: string; strict?: boolean; reportOn?: string; message?: string; toDefaultsToNow?: boolean } = {}) {
  const fromKey = opts.from ?? 'from';
  const toKey = opts.to ?? 'to';
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const from = value[fromKey];
    const to = value[toKey] ?? (opts.toDefaultsToNow ? new Date() : null);
    if (from == null || to == null) return;
    const bad = opts.strict ? instant(from) >= instant(to) : instant(from) > instant(to);
    const message = opts.message ?? (opts.strict ? `must be after ${fromKey}` : `must not be before ${fromKey}`);
    if (bad) ctx.addIssue({ code: 'custom', path: [opts.reportOn ?? toKey], message });
  };
}

/**
 * Optional text arguments where the pages send '' for "not set" (a cleared form field): '' means
 * left out, anything else must pass `rule`.
 */
export const orBlank = <T extends z.ZodType>(rule: T) => z.preprocess((v) => (v === '' ? null : v), rule.nullish());

/** Optional members: an argument left out (undefined) or given as null is not checked. */
export const opt = <T extends z.ZodType>(rule: T) => rule.nullish();
