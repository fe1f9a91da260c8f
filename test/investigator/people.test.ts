import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import type { TypedDocumentString } from '../generated/graphql/graphql.js';
import { walkPages, type ConnectionPage } from '../support/pages.js';

let app: TestApp;
const manifest = inject('manifest');

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** Walks a nested connection of one parent to its end, 10 at a time. */
const walk = async <TResult, TVariables extends { after?: string | null }, TNode>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  pick: (data: TResult) => ConnectionPage<TNode> | null | undefined,
) => (await walkPages(app, document, variables, pick)).rows;

const PURCHASES = graphql(`
  query PeoplePurchases($id: NonEmptyString!, $after: String) {
    person(id: $id) {
      purchases(first: 10, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id: saleId
            soldOn
            dealer {
              license
            }
            firearm {
              id: firearmId
            }
          }
        }
      }
    }
  }
`);
const RECOVERIES_FROM = graphql(`
  query PeopleRecoveriesFrom($id: NonEmptyString!, $after: String) {
    person(id: $id) {
      recoveriesFrom(first: 10, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id: recoveryId
            firearm {
              id: firearmId
            }
            possessorIsPurchaser
            recoveredOutOfState
          }
        }
      }
    }
  }
`);
const ASSOCIATES = graphql(`
  query PeopleAssociates($id: NonEmptyString!, $after: String) {
    person(id: $id) {
      associates(first: 10, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            source
            since
            person {
              id: personId
            }
          }
        }
      }
    }
  }
`);
const TRACED = graphql(`
  query PeopleTracedFirearms($l: NonEmptyString!, $after: String) {
    ffl(license: $l) {
      tracedFirearms(first: 10, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id: firearmId
          }
        }
      }
    }
  }
`);

describe('people and dealers of the planted trafficking rings', () => {
  it('the manifest has rings', () => {
    expect(manifest.rings.length).toBeGreaterThan(0);
  });

  it("Person.purchases: the straw purchasers bought every ring gun, at the ring's dealers", async () => {
    for (const ring of manifest.rings) {
      const bought = new Map<string, string>();
      for (const straw of ring.strawPurchaserIds) {
        const sales = await walk(PURCHASES, { id: straw }, (d) => d.person?.purchases);
        for (const s of sales) bought.set(s.firearm!.id, s.dealer!.license);
      }
      for (const gun of ring.firearmIds) {
        expect(bought.has(gun), `${ring.id} ${gun}`).toBe(true);
        expect(ring.dealerLicenses).toContain(bought.get(gun));
      }
    }
  });

  it("Person.recoveriesFrom: the ring guns were recovered from the ring's possessors, out of state, not from the purchaser", async () => {
    for (const ring of manifest.rings) {
      const recovered = new Set<string>();
      for (const possessor of ring.possessorIds) {
        const recoveries = await walk(RECOVERIES_FROM, { id: possessor }, (d) => d.person?.recoveriesFrom);
        for (const r of recoveries) {
          recovered.add(r.firearm!.id);
          expect(r.possessorIsPurchaser).toBe(false);
          expect(r.recoveredOutOfState).toBe(ring.sourceState !== ring.destinationState);
        }
      }
      expect(recovered).toEqual(new Set(ring.firearmIds));
    }
  });

  it('Person.associates: the broker is a known associate of every straw purchaser, and they of the broker', async () => {
    for (const ring of manifest.rings) {
      const ofBroker = (await walk(ASSOCIATES, { id: ring.brokerId }, (d) => d.person?.associates)).map((a) => a.person.id);
      for (const straw of ring.strawPurchaserIds) {
        expect(ofBroker).toContain(straw);
        const ofStraw = (await walk(ASSOCIATES, { id: straw }, (d) => d.person?.associates)).map((a) => a.person.id);
        expect(ofStraw).toContain(ring.brokerId);
      }
    }
  });

  it("Ffl.tracedFirearms: every ring gun appears among its dealer's traced guns", async () => {
    for (const ring of manifest.rings) {
      const traced = new Set<string>();
      for (const license of ring.dealerLicenses) {
        for (const f of await walk(TRACED, { l: license }, (d) => d.ffl?.tracedFirearms)) traced.add(f.id);
      }
      for (const gun of ring.firearmIds) expect(traced.has(gun), `${ring.id} ${gun}`).toBe(true);
    }
  });

  it('an analyst sees people with names, birth dates and addresses masked to null; an investigator sees them', async () => {
    const id = manifest.rings[0]!.brokerId;
    const q = graphql(`
      query People1($id: NonEmptyString!) {
        person(id: $id) {
          id: personId
          firstName
          lastName
          dateOfBirth
          address
          city
          state
        }
      }
    `);
    const analyst = await app.gql(q, { id }, [Role.ANALYST]);
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.person).toEqual({
      id,
      firstName: null,
      lastName: null,
      dateOfBirth: null,
      address: null,
      city: null,
      state: manifest.rings[0]!.sourceState,
    });
    const investigator = await app.gql(q, { id }, [Role.INVESTIGATOR]);
    for (const key of ['firstName', 'lastName', 'dateOfBirth', 'address', 'city'] as const)
      expect(investigator.data!.person![key], key).toEqual(expect.any(String));
  });
});
