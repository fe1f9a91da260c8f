import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import type { StatementsDeepQuery, StatementsDeepUnfoldedQuery } from '../generated/graphql/graphql.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** Ids of the seeded graph, read straight from Neo4j. */
async function firstId(cypherText: string): Promise<string> {
  const { records } = await app.gateway.driver.executeQuery(cypherText, {}, { database: app.config.NEO4J_DATABASE });
  const id = records[0]?.get('id') as string | undefined;
  if (!id) throw new Error(`The seeded graph has no row for: ${cypherText}`);
  return id;
}

describe("an agency's scene page with casings and linked scenes: one statement", () => {
  graphql(`
    fragment StatementsLinkedScene on LinkedScene {
      scene {
        id: sceneId
        occurredAt
      }
      agency {
        ori
      }
      evidenceIds
      distanceKm
      daysSincePrevious
      otherJurisdiction
    }
  `);
  /** `$hops` left out is linkedScenes with no argument (its default): the traversal folded into the page's statement. */
  const DEEP = graphql(`
    query StatementsDeep($ori: String!, $first: Int, $after: String, $hops: Int) {
      scenes(first: $first, after: $after, filter: { agencyOri: $ori }) {
        edges {
          cursor
          node {
            ...StatementsSceneParts
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    fragment StatementsSceneParts on Scene {
      id: sceneId
      agency {
        ori
      }
      casings {
        evidenceId
        testFire
        linkedScenes(maxHops: $hops) {
          ...StatementsLinkedScene
        }
      }
    }
  `);
  /** The same page with two linkedScenes selections (different arguments): not folded, one statement per level. */
  const UNFOLDED = graphql(`
    query StatementsDeepUnfolded($ori: String!, $first: Int, $after: String) {
      scenes(first: $first, after: $after, filter: { agencyOri: $ori }) {
        edges {
          cursor
          node {
            ...StatementsScenePartsUnfolded
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    fragment StatementsScenePartsUnfolded on Scene {
      id: sceneId
      agency {
        ori
      }
      casings {
        evidenceId
        testFire
        b: linkedScenes(maxHops: 1) {
          evidenceIds
        }
        linkedScenes {
          ...StatementsLinkedScene
        }
      }
    }
  `);
  type Page = StatementsDeepQuery | StatementsDeepUnfoldedQuery;
  let ori: string;

  beforeAll(async () => {
    // The agency whose scenes have the most casings in confirmed same-gun series.
    ori = await firstId(
      `MATCH (a:Agency)<-[:INVESTIGATED_BY]-(:Scene)<-[:RECOVERED_AT]-(c:Casing)<-[:CORRELATES]-(:Lead {status: 'CONFIRMED'})
       RETURN a.ori AS id, count(DISTINCT c) AS n ORDER BY n DESC, id LIMIT 1`,
    );
  });

  type Asked<TResult> = { data: TResult; statements: number; transactions: number };
  async function ask<TResult extends Page, TVariables extends { ori: string }>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables: Omit<TVariables, 'ori'>,
  ): Promise<Asked<TResult>> {
    const before = { statements: app.gateway.statements, transactions: app.gateway.transactions };
    const res = await app.gql(document, { ori, ...variables } as TVariables);
    expect(res.errors).toBeUndefined();
    return { data: res.data!, statements: app.gateway.statements - before.statements, transactions: app.gateway.transactions - before.transactions };
  }
  const withoutB = (p: Page) => ({
    ...p.scenes,
    edges: p.scenes.edges.map((e) => ({
      ...e,
      node: { ...e.node, casings: e.node.casings.map((c) => Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'b'))) },
    })),
  });

  it('sends one statement in one transaction, and really brings casings and their linked scenes', async () => {
    const { data, statements, transactions } = await ask(DEEP, { first: 50 });
    expect(statements).toBe(1);
    expect(transactions).toBe(1);
    const casings = data.scenes.edges.flatMap((e) => e.node.casings);
    expect(casings.length).toBeGreaterThan(0);
    expect(casings.some((c) => c.linkedScenes.length > 1)).toBe(true);
  });

  it('answers exactly as the unfolded path does, page after page (cursors included)', async () => {
    let after: string | null = null;
    for (let pageNo = 0; pageNo < 3; pageNo++) {
      const folded: Asked<StatementsDeepQuery> = await ask(DEEP, { first: 7, after });
      const unfolded: Asked<StatementsDeepUnfoldedQuery> = await ask(UNFOLDED, { first: 7, after });
      expect(folded.statements).toBe(1);
      expect(unfolded.statements).toBe(4);
      expect(withoutB(unfolded.data)).toEqual(withoutB(folded.data));
      if (!folded.data.scenes.pageInfo.hasNextPage) break;
      after = folded.data.scenes.pageInfo.endCursor;
    }
  });

  it('an invalid maxHops is not folded: the error stays on linkedScenes (field maxHops), the page still answers', async () => {
    const res = await app.gql(DEEP, { ori, first: 5, hops: 0 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
    expect(res.errors?.[0]?.path).toContain('linkedScenes');
  });
});
