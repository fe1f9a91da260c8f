import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** Three levels that fetch: the scene page (with each scene's agency), the casings of those scenes, their linked scenes. */
const PAGE = graphql(`
  query StatementsScenePage($first: Int) {
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
`);

async function statementsFor(variables: { first: number }) {
  const before = app.gateway.statements;
  const res = await app.gql(PAGE, variables);
  expect(res.errors).toBeUndefined();
  return { statements: app.gateway.statements - before, data: res.data! };
}

describe("no N+1: statements per request follow the query's levels, not its size", () => {
  it('a page of 50 scenes with their agencies, casings and linked scenes sends 3 statements (one per level)', async () => {
    const { statements, data } = await statementsFor({ first: 50 });
    const nodes = data.scenes.edges.map((e) => e.node);
    expect(nodes.length).toBe(50);
    // The page is not trivially empty below: casings and linked scenes were really fetched.
    const casings = nodes.flatMap((n) => n.casings);
    expect(casings.length).toBeGreaterThan(50);
    expect(casings.every((c) => c.linkedScenes.length >= 1)).toBe(true);
    expect(nodes.every((n) => n.agency !== null)).toBe(true);
    expect(statements).toBe(3);
  });

  it('the same query for 5 scenes sends as many statements as for 50', async () => {
    const small = await statementsFor({ first: 5 });
    const large = await statementsFor({ first: 50 });
    expect(small.statements).toBe(large.statements);
  });

  it('a trace chain costs one statement, however many recoveries and traces it has', async () => {
    const before = app.gateway.statements;
    const res = await app.gql(
      graphql(`
        query StatementsTraceChains {
          firearms(first: 40) {
            edges {
              node {
                traceChain {
                  dealer {
                    license
                  }
                  purchaser {
                    id: personId
                  }
                  sale {
                    soldOn
                  }
                  recoveries {
                    possessor {
                      id: personId
                    }
                    agency {
                      ori
                    }
                    timeToCrimeDays
                    traces {
                      outcome
                      requestingAgency {
                        ori
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `),
      {},
    );
    expect(res.errors).toBeUndefined();
    // One statement for the page, one for all 40 chains.
    expect(app.gateway.statements - before).toBe(2);
  });

  it('integers and dates come back as JSON numbers and ISO strings', async () => {
    const res = await app.gql(
      graphql(`
        query StatementsSceneTimes {
          scenes(first: 3) {
            totalCount
            edges {
              node {
                occurredAt
              }
            }
          }
        }
      `),
      {},
    );
    expect(typeof res.data!.scenes.totalCount).toBe('number');
    for (const e of res.data!.scenes.edges) expect(e.node.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  });
});

/** Ids of the seeded graph, read straight from Neo4j. */
async function firstId(cypherText: string): Promise<string> {
  const { records } = await app.gateway.driver.executeQuery(cypherText, {}, { database: app.config.NEO4J_DATABASE });
  const id = records[0]?.get('id') as string | undefined;
  if (!id) throw new Error(`The seeded graph has no row for: ${cypherText}`);
  return id;
}

describe('one statement per question, one transaction per query', () => {
  const LINKED = graphql(`
    query StatementsLinked($e: NonEmptyString!) {
      casing(evidenceId: $e) {
        evidenceId
        caliber
        linkedScenes {
          scene {
            id: sceneId
          }
          evidenceIds
        }
      }
    }
  `);

  it('casing → linked scenes: the lookup is folded into the traversal (one statement)', async () => {
    const evidenceId = await firstId(
      `MATCH (c:Casing)<-[:CORRELATES]-(:Lead {status: 'CONFIRMED'}) WHERE (c)-[:RECOVERED_AT]->(:Scene) RETURN c.evidenceId AS id ORDER BY id LIMIT 1`,
    );
    const before = { statements: app.gateway.statements, transactions: app.gateway.transactions };
    const res = await app.gql(LINKED, { e: evidenceId });
    expect(res.errors).toBeUndefined();
    expect(app.gateway.statements - before.statements).toBe(1);
    expect(app.gateway.transactions - before.transactions).toBe(1);
    // The casing's own fields come from the same row, and its series includes itself and a confirmed partner.
    expect(res.data!.casing!.evidenceId).toBe(evidenceId);
    expect(res.data!.casing!.linkedScenes.flatMap((s) => s.evidenceIds)).toContain(evidenceId);
    expect(res.data!.casing!.linkedScenes.flatMap((s) => s.evidenceIds).length).toBeGreaterThan(1);
  });

  it('a test-fire (no scene) is still found when linkedScenes is asked for; an unknown evidence id is still NOT_FOUND', async () => {
    const testFire = await firstId(`MATCH (c:Casing {testFire: true}) WHERE NOT (c)-[:RECOVERED_AT]->() RETURN c.evidenceId AS id ORDER BY id LIMIT 1`);
    const found = await app.gql(LINKED, { e: testFire });
    expect(found.errors).toBeUndefined();
    expect(found.data!.casing!.evidenceId).toBe(testFire);
    const missing = await app.gql(LINKED, { e: 'NO-SUCH-CASING-42' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'evidenceId' });
  });

  it('the same answer with the lookup folded in as without it (linkedScenes behind an alias pair with different arguments)', async () => {
    const evidenceId = await firstId(`MATCH (c:Casing)<-[:CORRELATES]-(:Lead {status: 'CONFIRMED'}) RETURN c.evidenceId AS id ORDER BY id LIMIT 1`);
    const folded = await app.gql(LINKED, { e: evidenceId });
    // Two selections with different arguments: no fold (lookup, then one statement per argument set).
    const unfolded = await app.gql(
      graphql(`
        query StatementsLinkedUnfolded($e: NonEmptyString!) {
          casing(evidenceId: $e) {
            evidenceId
            caliber
            a: linkedScenes {
              scene {
                id: sceneId
              }
              evidenceIds
            }
            b: linkedScenes(maxHops: 1) {
              evidenceIds
            }
          }
        }
      `),
      { e: evidenceId },
    );
    expect(unfolded.errors).toBeUndefined();
    const { a, evidenceId: id, caliber } = unfolded.data!.casing!;
    expect({ evidenceId: id, caliber, linkedScenes: a }).toEqual(folded.data!.casing);
  });

  it('firearm → trace chain: one statement (the chain statement finds the gun)', async () => {
    const firearmId = await firstId(`MATCH (r:Recovery)-[:OF_FIREARM]->(f:Firearm)<-[:OF_FIREARM]-(:Sale) RETURN f.id AS id ORDER BY id LIMIT 1`);
    const before = app.gateway.statements;
    const res = await app.gql(
      graphql(`
        query StatementsFirearmChain($id: NonEmptyString!) {
          firearm(id: $id) {
            id: firearmId
            make
            traceChain {
              sale {
                soldOn
              }
              recoveries {
                recoveredOn
              }
            }
          }
        }
      `),
      { id: firearmId },
    );
    expect(res.errors).toBeUndefined();
    expect(app.gateway.statements - before).toBe(1);
    expect(res.data!.firearm!.id).toBe(firearmId);
    expect(res.data!.firearm!.traceChain.sale).not.toBeNull();
    expect(res.data!.firearm!.traceChain.recoveries.length).toBeGreaterThan(0);
    const missing = await app.gql(
      graphql(`
        query StatementsChainOnly($id: NonEmptyString!) {
          firearm(id: $id) {
            traceChain {
              timeToCrimeDays
            }
          }
        }
      `),
      { id: 'NO-SUCH-GUN-42' },
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('a scene page with casings and linked scenes not started from an agency: its 3 statements share one read transaction', async () => {
    const before = { statements: app.gateway.statements, transactions: app.gateway.transactions };
    const res = await app.gql(PAGE, { first: 20 });
    expect(res.errors).toBeUndefined();
    expect(app.gateway.statements - before.statements).toBe(3);
    expect(app.gateway.transactions - before.transactions).toBe(1);
  });
});
