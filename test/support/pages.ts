import { expect } from 'vitest';
import type { Role } from '../../src/core/role.js';
import type { TypedDocumentString } from '../generated/graphql/graphql.js';
import type { GqlResult, TestApp } from './app.js';

/** The part of a Relay-style connection a page walk reads. */
export interface ConnectionPage<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: Array<{ node: TNode }>;
}

/**
 * Walks a connection to its end with a typed document whose `$after` is the cursor: every page
 * must answer without errors, and the rows walked must add up to the connection's totalCount.
 */
export async function walkPages<TResult, TVariables extends { after?: string | null }, TNode>(
  app: TestApp,
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  pick: (data: TResult) => ConnectionPage<TNode> | null | undefined,
  as?: Role[],
): Promise<{ rows: TNode[]; totalCount: number }> {
  const rows: TNode[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GqlResult<TResult> = await app.gql(document, { ...variables, after } as TVariables, as);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const page = pick(res.data!)!;
    rows.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) {
      expect(rows.length).toBe(page.totalCount);
      return { rows, totalCount: page.totalCount };
    }
    after = page.pageInfo.endCursor ?? null;
  }
}
