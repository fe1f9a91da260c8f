import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';

let app: TestApp;
const manifest = inject('manifest');

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

interface Conn<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: T }>;
}

/** Walks a nested connection of one parent to its end, 10 at a time. */
async function walk<T>(query: string, root: string, field: string, vars: Record<string, unknown>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { data?: Record<string, Record<string, Conn<T>> | null> | null; errors?: unknown } = await app.gql(query, { ...vars, after });
    expect(res.errors).toBeUndefined();
    const conn = res.data![root]![field]!;
    out.push(...conn.edges.map((e) => e.node));
    if (!conn.pageInfo.hasNextPage) {
      expect(out.length).toBe(conn.totalCount);
      return out;
    }
    after = conn.pageInfo.endCursor;
  }
}

const PURCHASES = `query($id: NonEmptyString!, $after: String) { person(id: $id) { purchases(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id: saleId soldOn dealer { license } firearm { id: firearmId } } } } } }`;
const RECOVERIES_FROM = `query($id: NonEmptyString!, $after: String) { person(id: $id) { recoveriesFrom(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id: recoveryId firearm { id: firearmId } possessorIsPurchaser recoveredOutOfState } } } } }`;
const ASSOCIATES = `query($id: NonEmptyString!, $after: String) { person(id: $id) { associates(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { source since person { id: personId } } } } } }`;
const TRACED = `query($l: NonEmptyString!, $after: String) { ffl(license: $l) { tracedFirearms(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id: firearmId } } } } }`;

describe('people and dealers of the planted trafficking rings', () => {
  it('the manifest has rings', () => {
    expect(manifest.rings.length).toBeGreaterThan(0);
  });

  it("Person.purchases: the straw purchasers bought every ring gun, at the ring's dealers", async () => {
    for (const ring of manifest.rings) {
      const bought = new Map<string, string>();
      for (const straw of ring.strawPurchaserIds) {
        const sales = await walk<{ firearm: { id: string }; dealer: { license: string } }>(PURCHASES, 'person', 'purchases', { id: straw });
        for (const s of sales) bought.set(s.firearm.id, s.dealer.license);
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
        const recoveries = await walk<{ firearm: { id: string }; possessorIsPurchaser: boolean; recoveredOutOfState: boolean }>(
          RECOVERIES_FROM,
          'person',
          'recoveriesFrom',
          { id: possessor },
        );
        for (const r of recoveries) {
          recovered.add(r.firearm.id);
          expect(r.possessorIsPurchaser).toBe(false);
          expect(r.recoveredOutOfState).toBe(ring.sourceState !== ring.destinationState);
        }
      }
      expect(recovered).toEqual(new Set(ring.firearmIds));
    }
  });

  it('Person.associates: the broker is a known associate of every straw purchaser, and they of the broker', async () => {
    for (const ring of manifest.rings) {
      const ofBroker = (await walk<{ person: { id: string }; source: string | null }>(ASSOCIATES, 'person', 'associates', { id: ring.brokerId })).map(
        (a) => a.person.id,
      );
      for (const straw of ring.strawPurchaserIds) {
        expect(ofBroker).toContain(straw);
        const ofStraw = (await walk<{ person: { id: string } }>(ASSOCIATES, 'person', 'associates', { id: straw })).map((a) => a.person.id);
        expect(ofStraw).toContain(ring.brokerId);
      }
    }
  });

  it("Ffl.tracedFirearms: every ring gun appears among its dealer's traced guns", async () => {
    for (const ring of manifest.rings) {
      const traced = new Set<string>();
      for (const license of ring.dealerLicenses) {
        for (const f of await walk<{ id: string }>(TRACED, 'ffl', 'tracedFirearms', { l: license })) traced.add(f.id);
      }
      for (const gun of ring.firearmIds) expect(traced.has(gun), `${ring.id} ${gun}`).toBe(true);
    }
  });

  it('an analyst sees people with names, birth dates and addresses masked to null; an investigator sees them', async () => {
    const id = manifest.rings[0]!.brokerId;
    const q = 'query($id: NonEmptyString!) { person(id: $id) { id: personId firstName lastName dateOfBirth address city state } }';
    const analyst = await app.gql<{ person: Record<string, string | null> }>(q, { id }, [Role.ANALYST]);
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
    const investigator = await app.gql<{ person: Record<string, string | null> }>(q, { id }, [Role.INVESTIGATOR]);
    for (const key of ['firstName', 'lastName', 'dateOfBirth', 'address', 'city']) expect(investigator.data!.person[key], key).toEqual(expect.any(String));
  });
});
