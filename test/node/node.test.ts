import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { Gateway } from '../../src/db/gateway.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { sha256, testStatement, unique } from '../security/support.js';
import { graphql } from '../generated/graphql/index.js';

const byHash = testStatement('audit-events-by-hash');
const manifest = inject('manifest');
const example = manifest.traceExamples[0]!;

let app: TestApp;
let db: Gateway;
beforeAll(async () => {
  app = await startTestApp();
  db = testGateway();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

/** Every kind of the graph a trace chain reaches, each with its global id and natural key. */
const CHAIN = graphql(`
  query NodeChain($id: NonEmptyString!) {
    firearm(id: $id) {
      __typename
      id
      firearmId
      traceChain {
        manufacturer {
          __typename
          id
          name
        }
        dealer {
          __typename
          id
          license
        }
        sale {
          __typename
          id
          saleId
        }
        purchaser {
          __typename
          id
          personId
        }
        recoveries {
          __typename
          id
          recoveryId
          agency {
            __typename
            id
            ori
          }
          traces {
            __typename
            id
            traceId
          }
        }
      }
      shootings {
        __typename
        id
        sceneId
      }
      casings {
        __typename
        id
        evidenceId
        leads {
          __typename
          id
          leadId
        }
      }
    }
  }
`);

type Obj = { __typename: string; id: string; [key: string]: unknown };

function objectsOf(value: unknown, out: Obj[] = []): Obj[] {
  if (Array.isArray(value)) value.forEach((v) => objectsOf(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Obj;
    if (typeof o.id === 'string' && typeof o.__typename === 'string') out.push(o);
    Object.values(o).forEach((v) => objectsOf(v, out));
  }
  return out;
}

const NATURAL: Record<string, string> = {
  Agency: 'ori',
  Casing: 'evidenceId',
  Ffl: 'license',
  Manufacturer: 'name',
  Firearm: 'firearmId',
  Person: 'personId',
  Sale: 'saleId',
  Recovery: 'recoveryId',
  Trace: 'traceId',
  Scene: 'sceneId',
  Lead: 'leadId',
};

describe('global object identification (Relay)', () => {
  it('every object carries `Kind:naturalKey` as id, and node(id:) refetches it (Relay refetch)', async () => {
    const series = manifest.series.find((s) => s.firearmId !== null)!;
    const res = await app.gql(CHAIN, { id: series.firearmId! });
    expect(res.errors).toBeUndefined();
    const objects = objectsOf(res.data!.firearm);
    const kinds = new Set(objects.map((o) => o.__typename));
    // The chain of a planted series gun reaches at least these kinds (others depend on the seed).
    for (const kind of ['Firearm', 'Scene', 'Casing']) expect(kinds).toContain(kind);
    for (const o of objects) expect(o.id).toBe(`${o.__typename}:${String(o[NATURAL[o.__typename]!])}`);

    const REFETCH = graphql(`
      query Refetch($id: ID!) {
        node(id: $id) {
          __typename
          id
          ... on Agency {
            ori
          }
          ... on Casing {
            evidenceId
          }
          ... on Ffl {
            license
          }
          ... on Manufacturer {
            name
          }
          ... on Firearm {
            firearmId
          }
          ... on Person {
            personId
          }
          ... on Sale {
            saleId
          }
          ... on Recovery {
            recoveryId
          }
          ... on Trace {
            traceId
          }
          ... on Scene {
            sceneId
          }
          ... on Lead {
            leadId
          }
        }
      }
    `);
    // Two of each kind keep the test short; every kind the chain reached is refetched.
    const sample = [...kinds].flatMap((k) => objects.filter((o) => o.__typename === k).slice(0, 2));
    for (const o of sample) {
      const again = await app.gql(REFETCH, { id: o.id });
      expect(again.errors).toBeUndefined();
      const natural = NATURAL[o.__typename]!;
      expect(again.data!.node).toEqual({ __typename: o.__typename, id: o.id, [natural]: o[natural] });
    }
  });

  it('the trace chain of the example gun refetches dealer, purchaser and sale by node id', async () => {
    const res = await app.gql(CHAIN, { id: example.firearmId });
    const objects = objectsOf(res.data!.firearm);
    const ids = new Set(objects.map((o) => o.id));
    expect(ids).toContain(`Ffl:${example.dealerLicense}`);
    expect(ids).toContain(`Person:${example.purchaserId}`);
    expect([...ids].some((id) => id.startsWith('Sale:'))).toBe(true);
  });

  it('nodes(ids:) answers in order, null for an id with no object, one statement per kind', async () => {
    const ids = [
      `Ffl:${example.dealerLicense}`,
      `Person:${example.purchaserId}`,
      'Person:NO-SUCH-PERSON',
      `Firearm:${example.firearmId}`,
      `Dealer:${example.dealerLicense}`,
    ];
    const before = app.gateway.statements;
    const res = await app.gql(
      graphql(`
        query NodesInOrder($ids: [ID!]!) {
          nodes(ids: $ids) {
            __typename
            id
          }
        }
      `),
      { ids },
    );
    const statements = app.gateway.statements - before;
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual([
      { __typename: 'Ffl', id: `Ffl:${example.dealerLicense}` },
      { __typename: 'Person', id: `Person:${example.purchaserId}` },
      null,
      { __typename: 'Firearm', id: `Firearm:${example.firearmId}` },
      // `Dealer:` is the charts' alias for an FFL; the object answers with its one canonical id.
      { __typename: 'Ffl', id: `Ffl:${example.dealerLicense}` },
    ]);
    // Ffl, Person, Firearm: three labels, three statements (the duplicate FFL is read once).
    expect(statements).toBe(3);
  });

  it('an unknown id is null without an error; a malformed one is BAD_USER_INPUT naming the argument', async () => {
    const unknown = await app.gql(
      graphql(`
        query Node1 {
          node(id: "Casing:EV-NO-SUCH") {
            id
          }
        }
      `),
      {},
    );
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.node).toBeNull();
    for (const bad of ['P-12345', 'Widget:1', 'Person:', 'Agency:XX', 'Ffl:not-a-license']) {
      const res = await app.gql(
        graphql(`
          query Node2($id: ID!) {
            node(id: $id) {
              id
            }
          }
        `),
        { id: bad },
      );
      expect(
        res.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
        bad,
      ).toEqual([['BAD_USER_INPUT', 'id']]);
    }
    const many = await app.gql(
      graphql(`
        query Node3($ids: [ID!]!) {
          nodes(ids: $ids) {
            id
          }
        }
      `),
      { ids: [`Person:${example.purchaserId}`, 'nope'] },
    );
    expect(many.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'ids[1]']]);
    const tooMany = await app.gql(
      graphql(`
        query Node4($ids: [ID!]!) {
          nodes(ids: $ids) {
            id
          }
        }
      `),
      { ids: Array.from({ length: 101 }, (_, i) => `Person:P-${i}`) },
    );
    expect(tooMany.errors?.map((e) => e.extensions?.field)).toEqual(['ids']);
  });

  it('a Person fetched by node() is masked and audited exactly as through person(id:)', async () => {
    const personId = example.purchaserId;
    const fields = 'personId firstName lastName dateOfBirth address city state';
    for (const role of [Role.ANALYST, Role.INVESTIGATOR]) {
      const direct = `query Direct_${unique()}($id: NonEmptyString!) { person(id: $id) { ${fields} } }`;
      const viaNode = `query ViaNode_${unique()}($id: ID!) { node(id: $id) { ...on Person { ${fields} } } }`;
      // Unique documents (the audit trail is searched by document hash), so untyped.
      const a = await app.gqlRaw(direct, { id: personId }, [role]);
      const b = await app.gqlRaw(viaNode, { id: `Person:${personId}` }, [role]);
      expect(b.errors).toBeUndefined();
      expect(b.data!.node).toEqual(a.data!.person);
      const audit = async (doc: string) => (await db.read<{ event: Record<string, unknown> }>(byHash, { hash: sha256(doc) })).map((r) => r.event);
      const [ra] = await audit(direct);
      const [rb] = await audit(viaNode);
      const keep = (r: Record<string, unknown> | undefined) => ({ outcome: r?.outcome, personIds: r?.personIds, roles: r?.roles, errorCodes: r?.errorCodes });
      expect(keep(rb)).toEqual(keep(ra));
      expect(rb?.outcome).toBe(role === Role.ANALYST ? 'DENIED' : 'ALLOWED');
      expect(rb?.personIds).toEqual([personId]);
      expect(rb?.rootFields).toEqual(['node']);
    }
  });

  it('node() is refused to roles without read access, like every entity query', async () => {
    const res = await app.gql(
      graphql(`
        query NodeAsIngest($id: ID!) {
          node(id: $id) {
            id
          }
        }
      `),
      { id: `Person:${example.purchaserId}` },
      [Role.INGEST],
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(res.data?.node ?? null).toBeNull();
  });
});
