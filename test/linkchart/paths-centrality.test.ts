import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { GDS_PROCEDURES, GdsProbe, setGdsProbe } from '../../src/db/gds.probe.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { MOST_CONNECTED, SHORTEST } from './chart-queries.js';
import type { PathsQuery, PathsQueryVariables, RelationshipKind } from '../generated/graphql/graphql.js';
import { graphql } from '../generated/graphql/index.js';

const manifest = inject('manifest');
const ring = manifest.rings[0]!;
const person = (id: string) => `Person:${id}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function paths(variables: PathsQueryVariables): Promise<PathsQuery['shortestPaths']> {
  const res = await app.gql(SHORTEST, variables, [Role.ANALYST]);
  expect(res.errors).toBeUndefined();
  return res.data!.shortestPaths;
}

/** The planted straw purchase of a ring firearm that was recovered (manifest.traceExamples). */
const straw = manifest.traceExamples.find((t) => ring.firearmIds.includes(t.firearmId) && ring.strawPurchaserIds.includes(t.purchaserId))!;

describe('shortestPaths', () => {
  it('connects a straw purchaser to a recovered ring firearm through the sale', async () => {
    expect(straw).toBeDefined();
    const from = person(straw.purchaserId);
    const to = `Firearm:${straw.firearmId}`;
    const result = await paths({ from, to });
    expect(result.hops).toBe(2);
    expect(result.paths.length).toBeGreaterThan(0);
    const byId = new Map(result.chart.nodes.map((n) => [n.id, n]));
    for (const p of result.paths) {
      expect(p.nodeIds[0]).toBe(from);
      expect(p.nodeIds.at(-1)).toBe(to);
      expect(p.hops).toBe(2);
      expect(byId.get(p.nodeIds[1]!)!.kind).toBe('SALE');
      expect(byId.get(p.nodeIds[1]!)!.properties.soldOn).toBe(straw.soldOn);
    }
    // The path's links are in the chart, joining consecutive nodes.
    const edges = new Map(result.chart.edges.map((e) => [e.id, e]));
    for (const p of result.paths) {
      p.edgeIds.forEach((id, i) => {
        const e = edges.get(id)!;
        expect(new Set([e.source, e.target])).toEqual(new Set([p.nodeIds[i], p.nodeIds[i + 1]]));
      });
    }
  });

  it('finds no path shorter than maxHops allows', async () => {
    const result = await paths({ from: person(straw.purchaserId), to: `Firearm:${straw.firearmId}`, maxHops: 1 });
    expect(result.paths).toEqual([]);
    expect(result.hops).toBeNull();
  });

  it('time-ordered paths follow the links in the order they happened (sale, then recovery)', async () => {
    let found = 0;
    for (const possessor of ring.possessorIds) {
      for (const timeOrdered of [true, false]) {
        const result = await paths({ from: person(straw.purchaserId), to: person(possessor), maxHops: 6, timeOrdered });
        expect(result.timeOrdered).toBe(timeOrdered);
        if (!timeOrdered) continue;
        const at = new Map(result.chart.edges.map((e) => [e.id, e.at]));
        for (const p of result.paths) {
          found += 1;
          const times = p.edgeIds.map((id) => at.get(id)).filter((t): t is string => !!t);
          expect([...times].sort(), p.edgeIds.join(' > ')).toEqual(times);
          expect(p.startsAt).toBe(times[0] ?? null);
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('the time-ordered search refuses a chain that runs backwards in time', async () => {
    // Purchaser -sale (soldOn)- gun -recovery (recoveredOn, later)-: ordered from the purchaser to
    // the recovery, backwards from the recovery to the purchaser.
    const recovery = await recoveryOf(straw.firearmId);
    expect(recovery).not.toBeNull();
    const include: RelationshipKind[] = ['TO_PURCHASER', 'OF_FIREARM'];
    const forwards = await paths({ from: person(straw.purchaserId), to: recovery!, timeOrdered: true, include });
    expect(forwards.hops).toBe(3);
    const unordered = await paths({ from: recovery!, to: person(straw.purchaserId), include });
    expect(unordered.hops).toBe(3);
    const backwards = await paths({ from: recovery!, to: person(straw.purchaserId), timeOrdered: true, include });
    expect(backwards.paths).toEqual([]);
  });

  it('rejects maxHops out of range and identical ends', async () => {
    const res = await app.gql(SHORTEST, { from: person(ring.brokerId), to: person(ring.brokerId) }, [Role.ANALYST]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const hops = await app.gql(SHORTEST, { from: person(ring.brokerId), to: person(ring.strawPurchaserIds[0]!), maxHops: 9 }, [Role.ANALYST]);
    expect(hops.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
  });
});

/** The recovery of a firearm, read through the API (a chart one link out from the gun). */
async function recoveryOf(firearmId: string): Promise<string | null> {
  const res = await app.gql(
    graphql(`
      query PathsCentrality1($id: ID!) {
        expand(nodeId: $id, include: [OF_FIREARM]) {
          nodes {
            id
            kind
            properties
          }
        }
      }
    `),
    { id: `Firearm:${firearmId}` },
    [Role.ANALYST],
  );
  return res.data!.expand.nodes.find((n) => n.kind === 'RECOVERY')?.id ?? null;
}

describe('mostConnected', () => {
  it.each(manifest.rings.map((r) => [r.id, r] as const))('ranks the broker of %s among the three most central (betweenness)', async (_id, r) => {
    const res = await app.gql(
      MOST_CONNECTED,
      {
        seeds: [...r.strawPurchaserIds, ...r.possessorIds].map(person),
        depth: 2,
        include: ['ASSOCIATE_OF', 'TO_PURCHASER', 'FROM_POSSESSOR', 'OF_FIREARM'],
        first: 3,
      },
      [Role.ANALYST],
    );
    expect(res.errors).toBeUndefined();
    const top = res.data!.mostConnected.nodes;
    expect(top.map((n) => n.node.id)).toContain(person(r.brokerId));
    expect(top.map((n) => n.rank)).toEqual([1, 2, 3].slice(0, top.length));
    for (let i = 1; i < top.length; i++) expect(top[i - 1]!.betweenness).toBeGreaterThanOrEqual(top[i]!.betweenness!);
    expect(top.every((n) => n.pageRank! > 0 && n.degree > 0)).toBe(true);
  });

  it('picks seeds by a filter (dealers in a state) and ranks by degree', async () => {
    const state = ring.sourceState;
    const res = await app.gql(MOST_CONNECTED, { filter: { state, maxSeeds: 3 }, depth: 1, orderBy: 'DEGREE', first: 5 }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    const { seeds, nodes } = res.data!.mostConnected;
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds.every((s) => s.startsWith('Ffl:'))).toBe(true);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i - 1]!.degree).toBeGreaterThanOrEqual(nodes[i]!.degree);
  });

  it('wants seeds or a filter, not both', async () => {
    const res = await app.gql(MOST_CONNECTED, { seeds: [person(ring.brokerId)], filter: { state: 'NY' } }, [Role.ANALYST]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seeds' });
    const first = await app.gql(MOST_CONNECTED, { seeds: [person(ring.brokerId)], first: 101 }, [Role.ANALYST]);
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('without Graph Data Science: PageRank and betweenness answer GDS_UNAVAILABLE before any chart is built; DEGREE still works', async () => {
    // A probe that requires a procedure no GDS release has: against the real Neo4j, GDS is "missing".
    const previous = setGdsProbe(new GdsProbe([...GDS_PROCEDURES, 'gds.crimegun.notInstalled']));
    try {
      const seeds = [...ring.strawPurchaserIds, ...ring.possessorIds].map(person);
      for (const orderBy of ['BETWEENNESS', 'PAGE_RANK'] as const) {
        const before = app.gateway.statements;
        const res = await app.gql(MOST_CONNECTED, { seeds, depth: 2, orderBy, first: 3 }, [Role.ANALYST]);
        expect(res.errors?.[0]?.extensions?.code, orderBy).toBe('GDS_UNAVAILABLE');
        expect(res.errors![0]!.message).toMatch(/Graph Data Science.*orderBy: DEGREE/);
        expect(res.errors![0]!.extensions!.missingProcedures).toEqual(['gds.crimegun.notInstalled']);
        // Only the probe's catalogue read (SHOW PROCEDURES) reached Neo4j: no chart, no projection.
        expect(app.gateway.statements - before, orderBy).toBeLessThanOrEqual(1);
      }
      const res = await app.gql(MOST_CONNECTED, { seeds, depth: 2, orderBy: 'DEGREE', first: 5 }, [Role.ANALYST]);
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.mostConnected.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((n) => n.pageRank === null && n.betweenness === null && n.degree > 0)).toBe(true);
      for (let i = 1; i < nodes.length; i++) expect(nodes[i - 1]!.degree).toBeGreaterThanOrEqual(nodes[i]!.degree);
    } finally {
      setGdsProbe(previous);
    }
  });
});
