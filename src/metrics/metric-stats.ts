/**
 * Order statistics used by every measure, defined once so the analysis job and the seed
 * manifest (which checks it) agree: the median of an even count is the mean of the two middle
 * values; other quantiles are nearest-rank (the smallest value with at least q of the values at
 * or below it), so a p90 is always an observed delay.
 */
export function median(values: readonly number[]): number | null {
  return medianOfSorted(ascending(values));
}

export function quantile(values: readonly number[], q: number): number | null {
  return quantileOfSorted(ascending(values), q);
}

/** An ascending copy, for callers that take several order statistics of one list (sorted once). */
export const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** `median` of an already ascending list. */
export function medianOfSorted(s: readonly number[]): number | null {
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** `quantile` of an already ascending list. */
export function quantileOfSorted(s: readonly number[], q: number): number | null {
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export function shareAtMost(values: readonly number[], limit: number): number | null {
  if (!values.length) return null;
  return values.filter((v) => v <= limit).length / values.length;
}

export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

export const round = (v: number | null, digits = 2): number | null => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

/** Hours between two epoch-millisecond instants. */
export const hoursBetween = (fromMs: number, toMs: number): number => (toMs - fromMs) / 3_600_000;

/** CGIC target: evidence entered into NIBIN within 24 hours of recovery; leads to investigators within 24-48 hours. */
export const ENTRY_TARGET_HOURS = 24;
export const ENTRY_OUTER_TARGET_HOURS = 48;
/** eTrace goal: a trace completed within 7 days of the request (Joyce Foundation, Optimizing Crime Gun Intelligence). */
export const TRACE_GOAL_DAYS = 7;
/** Dealers are asked to answer the National Tracing Center within 24 hours (18 U.S.C. 923(g)(7)). */
export const DEALER_ANSWER_HOURS = 24;
