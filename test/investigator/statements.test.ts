import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** Three levels that fetch: the scene page (with each scene's agency), the casings of those scenes, their linked scenes. */
const PAGE = /* GraphQL */ `
  query ScenePage($first: Int) {
    scenes(first: $first, filter: { kinds: [HOMICIDE, NON_FATAL_SHOOTING, SHOTS_FIRED] }) {
      edges {
        node {
          id: sceneId
          agency {
            ori
            name
          }
          casings {
            evidenceId
            linkedScenes {
              scene {
                id: sceneId
              }
              agency {
                ori
              }
              distanceKm
              otherJurisdiction
            }
          }
        }
      }
    }
  }
`;

async function statementsFor(query: string, variables: Record<string, unknown>) {
  const before = app.gateway.statements;
  const res = await app.gql<{ scenes: { edges: Array<{ node: { agency: unknown; casings: Array<{ linkedScenes: unknown[] }> } }> } }>(query, variables);
  expect(res.errors).toBeUndefined();
  return { statements: app.gateway.statements - before, data: res.data! };
}

describe("no N+1: statements per request follow the query's levels, not its size", () => {
  it('a page of 50 scenes with their agencies, casings and linked scenes sends 3 statements', async () => {
    const { statements, data } = await statementsFor(PAGE, { first: 50 });
    const nodes = data.scenes.edges.map((e) => e.node);
    expect(nodes.length).toBe(50);
    // The page is not trivially empty below: casings and linked scenes were really fetched.
    const casings = nodes.flatMap((n) => n.casings);
    expect(casings.length).toBeGreaterThan(50);
    expect(casings.every((c) => c.linkedScenes.length >= 1)).toBe(true);
    expect(nodes.every((n) => n.agency !== null)).toBe(true);
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('the same query for 5 scenes sends as many statements as for 50', async () => {
    const small = await statementsFor(PAGE, { first: 5 });
    const large = await statementsFor(PAGE, { first: 50 });
    expect(small.statements).toBe(large.statements);
  });

  it('a trace chain costs one statement, however many recoveries and traces it has', async () => {
    const before = app.gateway.statements;
    const res = await app.gql<{ firearms: { edges: Array<{ node: { traceChain: { recoveries: Array<{ traces: unknown[] }> } } }> } }>(
      `{ firearms(first: 40) { edges { node { traceChain { dealer { license } purchaser { id: personId } sale { soldOn } recoveries { possessor { id: personId } agency { ori } timeToCrimeDays traces { outcome requestingAgency { ori } } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    // One statement for the page, one for all 40 chains.
    expect(app.gateway.statements - before).toBe(2);
  });

  it('integers and dates come back as JSON numbers and ISO strings', async () => {
    const res = await app.gql<{ leads: unknown; scenes: { totalCount: unknown; edges: Array<{ node: { occurredAt: unknown } }> } }>(
      `{ scenes(first: 3) { totalCount edges { node { occurredAt } } } }`,
    );
    expect(typeof res.data!.scenes.totalCount).toBe('number');
    for (const e of res.data!.scenes.edges) expect(e.node.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  });
});
