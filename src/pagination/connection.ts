import type { ConnectionValue } from './connection.type.js';
import { encodeCursor } from './cursor.js';
import type { PageRequest } from './page-args.js';

/** A row of a keyset page as the list statements return it: the node, its sort key and unique key. */
export interface PageRow<T> {
  node: T;
  sort: string | number | null;
  id: string;
}

/**
 * Turns the rows of a page statement (asked with LIMIT first + 1) into a connection: the extra
 * row only says that a next page exists.
 */
export function toConnection<T>(page: PageRequest, rows: PageRow<T>[], count: number | (() => Promise<number>)): ConnectionValue<T> {
  const edges = rows.slice(0, page.first).map((row) => ({ node: row.node, cursor: encodeCursor(page.list, { sort: row.sort, id: row.id }) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    count,
  };
}
