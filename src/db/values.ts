import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';

/**
 * Neo4j values as plain JSON-friendly values: integers as numbers (never driver Integer
 * objects), temporals as ISO strings, points as { latitude, longitude }, nodes and
 * relationships as their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans as they are, before the driver's type tests (each probes
  // the object for a marker property; most values of a row are strings: CPU profile).
  if (typeof value !== 'object') return value;
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isDateTime(value) || isLocalDateTime(value)) return temporalIso(value);
  if (isDate(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isPoint(value)) return { longitude: value.x, latitude: value.y };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // Node or relationship: expose its properties.
    if ('properties' in v && ('labels' in v || 'type' in v) && 'elementId' in v) {
      return toPlain(v.properties);
    }
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) out[k] = toPlain(inner);
    return out;
  }
  return value;
}

type Whole = number | { toNumber(): number };
const whole = (n: Whole) => (typeof n === 'number' ? n : n.toNumber());

/**
 * DateTimes as UTC ISO strings with milliseconds, the form GraphQL's DateTime scalar takes.
 * A DateTime with an offset is computed from its fields: the driver's toString() formats every
 * field through its Integer arithmetic, which was half of all row decoding in a CPU profile of a
 * scene page. Others (a zone id without offset, a LocalDateTime, years before 100) go through
 * the text as before.
 */
function temporalIso(value: { toString(): string }): string {
  const t = value as { year?: Whole; timeZoneOffsetSeconds?: Whole | null };
  if (isDateTime(value) && t.timeZoneOffsetSeconds !== undefined && t.timeZoneOffsetSeconds !== null) {
    const year = whole(value.year);
    if (year >= 100 && year <= 9999) {
      const local = Date.UTC(year, whole(value.month) - 1, whole(value.day), whole(value.hour), whole(value.minute), whole(value.second));
      return new Date(local + Math.floor(whole(value.nanosecond) / 1e6) - whole(t.timeZoneOffsetSeconds) * 1000).toISOString();
    }
  }
  const text = value.toString();
  const ms = Date.parse(text.replace(/\[.*\]$/, ''));
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}
