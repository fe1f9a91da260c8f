import { expect } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { importRecords } from '../leads/fixtures.js';
import { Role } from '../../src/core/role.js';
import type { GqlResult, TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import type { CaseReads1Query, CaseReads2Query } from '../generated/graphql/graphql.js';

/**
 * Every stored network and every flagged purchaser, read page by page as an analyst: test files
 * share a Neo4j and add their own cases, so the cases of one file may sit on any page.
 */
const NETWORKS = graphql(`
  query CaseReads1($after: String) {
    traffickingNetworks(first: 10, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          typology
          evidence
          members(first: 40) {
            edges {
              node {
                personId
                role
                evidence
              }
            }
          }
        }
      }
    }
  }
`);
const FLAGGED = graphql(`
  query CaseReads2($after: String) {
    flaggedPurchasers(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          personId
          strawGuns
          evidence
        }
      }
    }
  }
`);

export type CaseNetwork = CaseReads1Query['traffickingNetworks']['edges'][number]['node'];
export type CaseFlag = CaseReads2Query['flaggedPurchasers']['edges'][number]['node'];

interface Page<T> {
  edges: Array<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every node of a keyset-paged list, following endCursor until the last page. */
export async function allPages<T>(page: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  do {
    const list: Page<T> = await page(after);
    out.push(...list.edges.map((e) => e.node));
    after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor! : null;
  } while (after);
  return out;
}

export const readAllNetworks = (app: TestApp): Promise<CaseNetwork[]> =>
  allPages(async (after) => {
    const res: GqlResult<CaseReads1Query> = await app.gql(NETWORKS, { after }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    return res.data!.traffickingNetworks;
  });

export const readAllFlags = (app: TestApp): Promise<CaseFlag[]> =>
  allPages(async (after) => {
    const res: GqlResult<CaseReads2Query> = await app.gql(FLAGGED, { after }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    return res.data!.flaggedPurchasers;
  });

/** The networks holding the person `personId`. */
export const networksHolding = (networks: CaseNetwork[], personId: string) => networks.filter((n) => n.members.edges.some((e) => e.node.personId === personId));

/** Imports a file's hand-written records (every one must be accepted), runs the analysis job and reads back every network. */
export async function analysedNetworks(app: TestApp, records: Array<Record<string, unknown>>): Promise<CaseNetwork[]> {
  expect(await importRecords(app, records)).toBe(records.length);
  await runAnalysis(app.gateway);
  return readAllNetworks(app);
}
