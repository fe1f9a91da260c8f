import { badInput } from '../errors/app-error.js';

/**
 * Keyset cursors: an opaque base64url string holding the list's name, the sort key of the last
 * row seen and that row's unique key. The next page asks for rows strictly after that pair in
 * the list's order, so rows added meanwhile never shift a page (no gaps, no repeats), unlike
 * offsets. The list name makes a cursor from one list a clear error in another.
 */
export interface CursorKey {
  /** The sort key as Cypher printed it (e.g. toString(s.occurredAt)); null for lists sorted by the unique key only. */
  sort: string | number | null;
  /** The unique key of the row (id, evidenceId, license). */
  id: string;
}

export function encodeCursor(list: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([list, key.sort, key.id]), 'utf8').toString('base64url');
}

const NOT_OURS = 'not a cursor returned by this API';

/** The list name and key a cursor holds, or null when it is not one of ours (pure: the `after` rule and decodeCursor share it). */
export function readCursor(cursor: string): { list: unknown; key: CursorKey } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[2] !== 'string') return null;
  const [list, sort, id] = parsed as [unknown, unknown, string];
  if (sort !== null && typeof sort !== 'string' && typeof sort !== 'number') return null;
  return { list, key: { sort: sort as string | number | null, id } };
}

/** The syntax rule of `after` (declared on PageArgs): null when `cursor` is one of ours. */
export const cursorProblem = (cursor: string): string | null => (readCursor(cursor) ? null : NOT_OURS);

/**
 * What each list's sort key is, as its page statement compares it: a calendar date (Cypher
 * `date($afterSort)`), an instant (`datetime($afterSort)`), a number (ranks, scores,
 * centralities, sequence numbers), text, or none (lists sorted by the unique key alone). A
 * cursor is ours only if its sort key is of its list's kind: an edited one (a name the list
 * never wrote) would otherwise reach Neo4j, which refuses `date("x")` with an internal error, or
 * compare a string with a number and silently answer an empty page. Lists named with a suffix
 * (`leadHistory:<id>`) are looked up by the part before the colon; a list not named here is not
 * checked.
 */
type SortKind = 'date' | 'instant' | 'number' | 'text' | 'none';
const SORT_KINDS: Readonly<Record<string, SortKind>> = {
  // Sorted by a date, compared with date($afterSort) or as its string.
  'Ffl.sales': 'date',
  'Person.purchases': 'date',
  'Person.recoveriesFrom': 'date',
  'Firearm.theftReports': 'date',
  untracedGuns: 'date',
  // Sorted by an instant, compared with datetime($afterSort).
  scenes: 'instant',
  casings: 'instant',
  auditEvents: 'instant',
  'DealerRisk.evidence': 'instant',
  conflicts: 'instant',
  recordSources: 'instant',
  investigations: 'instant',
  'investigation-activity': 'instant',
  // Sorted by a rank, score, centrality or sequence number.
  highRiskDealers: 'number',
  traffickingNetworks: 'number',
  flaggedPurchasers: 'number',
  underObservedDealers: 'number',
  agencyLeague: 'number',
  search: 'number',
  leadTriage: 'number',
  'Network.members': 'number',
  duplicateCandidates: 'number',
  leadHistory: 'number',
  'investigation-versions': 'number',
  watchlist: 'text',
  // Sorted by the unique key alone.
  ffls: 'none',
  firearms: 'none',
  'Network.dealers': 'none',
  'Network.firearms': 'none',
  'Person.associates': 'none',
  'Ffl.tracedFirearms': 'none',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))(?:\[[A-Za-z0-9_/+-]+\])?$/;

/** A real calendar day (no 2024-02-30). */
function isCalendarDay(y: string, m: string, d: string): boolean {
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return Number(m) >= 1 && Number(m) <= 12 && day.getUTCFullYear() === Number(y) && day.getUTCMonth() === Number(m) - 1 && day.getUTCDate() === Number(d);
}

function sortFits(kind: SortKind, sort: string | number | null): boolean {
  switch (kind) {
    case 'none':
      return sort === null;
    case 'number':
      return typeof sort === 'number' && Number.isFinite(sort);
    case 'text':
      return typeof sort === 'string';
    case 'date': {
      const m = typeof sort === 'string' ? DATE.exec(sort) : null;
      return m !== null && isCalendarDay(m[1]!, m[2]!, m[3]!);
    }
    case 'instant': {
      const m = typeof sort === 'string' ? INSTANT.exec(sort) : null;
      return (
        m !== null &&
        isCalendarDay(m[1]!, m[2]!, m[3]!) &&
        Number(m[4]) < 24 &&
        Number(m[5]) < 60 &&
        Number(m[6] ?? 0) < 60 &&
        Number(m[7] ?? 0) < 24 &&
        Number(m[8] ?? 0) < 60
      );
    }
  }
}

/** The kind of sort key the list `list` writes into its cursors; undefined for a list not registered. */
export const sortKindOf = (list: string): SortKind | undefined => SORT_KINDS[list.split(':')[0]!];

/**
 * Decodes `after` for the list `list`. Its syntax is checked where it is declared (PageArgs);
 * which list it belongs to is known only here, where the resolver names its list, so that
 * check stays: a cursor from another list, or one whose sort key is not of its list's kind (an
 * edited cursor), is BAD_USER_INPUT on `after`.
 */
export function decodeCursor(list: string, cursor: string): CursorKey {
  const read = readCursor(cursor);
  if (!read || read.list !== list) throw badInput('after', read ? `this cursor belongs to another list, not ${list}` : NOT_OURS);
  const kind = sortKindOf(list);
  if (kind !== undefined && !sortFits(kind, read.key.sort)) throw badInput('after', NOT_OURS);
  return read.key;
}
