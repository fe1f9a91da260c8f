import { ArgsType, Field, Int } from 'type-graphql';
import { z } from 'zod';
import { intRule, orBlank, ruled } from '../common/arg-rules.js';
import { checkInput, ValidatedBy } from '../common/validate-args.js';
import { cursorProblem, decodeCursor, type CursorKey } from './cursor.js';

/** Largest page any list returns: keeps every answer small enough to be fast. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

const pageSize = intRule(0, MAX_PAGE_SIZE, 'a whole number');

@ArgsType()
@ValidatedBy(z.object({ first: pageSize.nullish(), after: orBlank(ruled(cursorProblem)) }))
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return: 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}). 0 returns only totalCount and pageInfo.`,
  })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (an `endCursor` or edge `cursor` from the previous page of the same list).',
  })
  after?: string | null;
}

/** A validated page request: `limit` asks the database for one extra row to learn hasNextPage. */
export interface PageRequest {
  list: string;
  first: number;
  limit: number;
  after: CursorKey | null;
}

/** Checks `first` and decodes `after`; errors are BAD_USER_INPUT naming the argument. */
export function pageRequest(list: string, args: { first?: number | null; after?: string | null }): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  // Arguments reach here checked (PageArgs); callers that build a page themselves get the same rule.
  checkInput(Object.assign(new PageArgs(), { first, after: args.after }), '');
  return { list, first, limit: first + 1, after: args.after ? decodeCursor(list, args.after) : null };
}

/** Cypher parameters of a keyset page: afterSort/afterId are null on the first page. */
export function pageParams(page: PageRequest): Record<string, unknown> {
  return { limit: page.limit, afterSort: page.after?.sort ?? null, afterId: page.after?.id ?? null };
}

/** The loader key part for a page request, so each distinct page of a nested list has its own loader. */
export function pageKey(page: PageRequest): string {
  return `${page.first}:${page.after ? `${page.after.sort}|${page.after.id}` : ''}`;
}
