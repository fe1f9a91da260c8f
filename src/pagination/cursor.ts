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

/** Decodes `after`; a cursor that is not ours, or from another list, is BAD_USER_INPUT on `after`. */
export function decodeCursor(list: string, cursor: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after', 'not a cursor returned by this API');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[2] !== 'string') {
    throw badInput('after', 'not a cursor returned by this API');
  }
  const [name, sort, id] = parsed as [unknown, unknown, string];
  if (name !== list) throw badInput('after', `this cursor belongs to another list, not ${list}`);
  if (sort !== null && typeof sort !== 'string' && typeof sort !== 'number') throw badInput('after', 'not a cursor returned by this API');
  return { sort: sort as string | number | null, id };
}
