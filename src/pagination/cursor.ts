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
 * Decodes `after` for the list `list`. Its syntax is checked where it is declared (PageArgs);
 * which list it belongs to is known only here, where the resolver names its list, so that
 * check stays: a cursor from another list is BAD_USER_INPUT on `after`.
 */
export function decodeCursor(list: string, cursor: string): CursorKey {
  const read = readCursor(cursor);
  if (!read || read.list !== list) throw badInput('after', read ? `this cursor belongs to another list, not ${list}` : NOT_OURS);
  return read.key;
}
