import { expect } from 'vitest';
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

export async function readAllNetworks(app: TestApp): Promise<CaseNetwork[]> {
  const out: CaseNetwork[] = [];
  let after: string | null = null;
  do {
    const page: GqlResult<CaseReads1Query> = await app.gql(NETWORKS, { after }, [Role.ANALYST]);
    expect(page.errors).toBeUndefined();
    const list = page.data!.traffickingNetworks;
    out.push(...list.edges.map((e) => e.node));
    after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor! : null;
  } while (after);
  return out;
}

export async function readAllFlags(app: TestApp): Promise<CaseFlag[]> {
  const out: CaseFlag[] = [];
  let after: string | null = null;
  do {
    const page: GqlResult<CaseReads2Query> = await app.gql(FLAGGED, { after }, [Role.ANALYST]);
    expect(page.errors).toBeUndefined();
    const list = page.data!.flaggedPurchasers;
    out.push(...list.edges.map((e) => e.node));
    after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor! : null;
  } while (after);
  return out;
}

/** The networks holding the person `personId`. */
export const networksHolding = (networks: CaseNetwork[], personId: string) => networks.filter((n) => n.members.edges.some((e) => e.node.personId === personId));
