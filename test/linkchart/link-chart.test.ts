import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { EXPAND, LINK_CHART, type Chart } from './chart-queries.js';
import type { LinkChartQueryVariables, RelationshipKind } from '../generated/graphql/graphql.js';

const manifest = inject('manifest');
const ring = manifest.rings[0]!;
const person = (id: string) => `Person:${id}`;
const RING_LINKS: RelationshipKind[] = ['ASSOCIATE_OF', 'TO_PURCHASER', 'SOLD', 'OF_FIREARM', 'FROM_POSSESSOR'];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function chart(variables: LinkChartQueryVariables, as: Role[] = [Role.ANALYST]): Promise<Chart> {
  const res = await app.gql(LINK_CHART, variables, as);
  expect(res.errors).toBeUndefined();
  return res.data!.linkChart;
}

/** Every edge joins two nodes of the chart, and ids are unique: what Cytoscape.js needs. */
function expectDrawable(c: Chart) {
  const ids = new Set(c.nodes.map((n) => n.id));
  expect(ids.size).toBe(c.nodes.length);
  expect(new Set(c.edges.map((e) => e.id)).size).toBe(c.edges.length);
  for (const e of c.edges) {
    expect(ids.has(e.source), `${e.id} source`).toBe(true);
    expect(ids.has(e.target), `${e.id} target`).toBe(true);
  }
}

describe('linkChart around a planted trafficking ring', () => {
  it('contains the broker, straw purchasers, possessors, dealers and firearms of the ring', async () => {
    const c = await chart({ seeds: [person(ring.brokerId), ...ring.strawPurchaserIds.map(person)], depth: 4, limit: 1000, include: RING_LINKS });
    const ids = new Set(c.nodes.map((n) => n.id));
    expectDrawable(c);
    for (const id of [ring.brokerId, ...ring.strawPurchaserIds, ...ring.possessorIds]) expect(ids, id).toContain(person(id));
    for (const license of ring.dealerLicenses) expect(ids).toContain(`Ffl:${license}`);
    for (const id of ring.firearmIds) expect(ids).toContain(`Firearm:${id}`);
    // Only the relationship kinds asked for were followed.
    expect(new Set(c.edges.map((e) => e.kind))).toEqual(new Set(RING_LINKS.filter((k) => c.edges.some((e) => e.kind === k))));
    expect(c.edges.every((e) => RING_LINKS.includes(e.kind))).toBe(true);
    // Seeds are at distance 0, the sale of a straw purchase at 1, its firearm at 2.
    expect(c.nodes.find((n) => n.id === person(ring.brokerId))!.distance).toBe(0);
    expect(c.nodes.find((n) => n.id === `Firearm:${ring.firearmIds[0]}`)!.distance).toBeGreaterThanOrEqual(2);
  });

  it('reaches every node kind of the model from a series casing (all relationship kinds)', async () => {
    const series = manifest.series.find((s) => s.firearmId)!;
    const c = await chart({ seeds: [`Casing:${series.casingIds[0]}`, `Firearm:${series.firearmId}`], depth: 3, limit: 1000 });
    expectDrawable(c);
    const kinds = new Set(c.nodes.map((n) => n.kind));
    for (const kind of ['CASING', 'SCENE', 'FIREARM', 'AGENCY', 'LEAD', 'RECOVERY', 'TRACE', 'MANUFACTURER', 'PERSON', 'SALE', 'FFL'])
      expect(kinds, kind).toContain(kind);
    for (const sceneId of series.sceneIds) expect(c.nodes.map((n) => n.id)).toContain(`Scene:${sceneId}`);
  });

  it('dates links so a time window can hide them, and a window drops links outside it', async () => {
    const seeds = [person(ring.brokerId), ...ring.strawPurchaserIds.map(person)];
    const full = await chart({ seeds, depth: 2, include: ['TO_PURCHASER', 'ASSOCIATE_OF', 'OF_FIREARM'] });
    const sales = full.edges.filter((e) => e.kind === 'TO_PURCHASER');
    expect(sales.length).toBeGreaterThan(1);
    expect(sales.every((e) => typeof e.at === 'string')).toBe(true);
    const times = sales.map((e) => e.at!).sort();
    const cut = times[Math.floor(times.length / 2)]!;
    const windowed = await chart({ seeds, depth: 2, include: ['TO_PURCHASER', 'ASSOCIATE_OF', 'OF_FIREARM'], from: cut });
    const kept = windowed.edges.filter((e) => e.kind === 'TO_PURCHASER');
    expect(kept.length).toBe(times.filter((t) => t >= cut).length);
    expect(kept.every((e) => e.at! >= cut)).toBe(true);
  });
});

describe('bounds', () => {
  const dealer = `Ffl:${ring.dealerLicenses[0]}`;

  it('stops at the node limit and says what it left out', async () => {
    const small = await chart({ seeds: [dealer], depth: 3, limit: 10 });
    const large = await chart({ seeds: [dealer], depth: 3, limit: 1000 });
    expectDrawable(small);
    expect(small.nodes).toHaveLength(10);
    expect(small.truncated).toBe(true);
    expect(small.omitted.nodes).toBeGreaterThan(0);
    expect(small.omitted.byKind.reduce((n, k) => n + k.count, 0)).toBe(small.omitted.nodes);
    expect(small.omitted.stoppedAtDepth).not.toBeNull();
    // Breadth first: the limit keeps the nearest nodes.
    expect(Math.max(...small.nodes.map((n) => n.distance))).toBeLessThanOrEqual(small.omitted.stoppedAtDepth!);
    expect(large.nodes.length).toBeGreaterThan(10);
  });

  it('follows at most `depth` links from the seeds', async () => {
    for (const depth of [1, 2]) {
      const c = await chart({ seeds: [dealer], depth, limit: 1000 });
      expect(Math.max(...c.nodes.map((n) => n.distance))).toBe(depth);
    }
    const one = await chart({ seeds: [dealer], depth: 1, limit: 1000 });
    // Depth 1 around a dealer: its sales, and the traces that resolved to it.
    expect(new Set(one.nodes.filter((n) => n.distance === 1).map((n) => n.kind))).toEqual(
      new Set(['SALE', 'TRACE'].filter((k) => one.nodes.some((n) => n.kind === k))),
    );
    expect(one.nodes.filter((n) => n.distance === 1).every((n) => ['SALE', 'TRACE'].includes(n.kind))).toBe(true);
  });

  it.each([
    [{ depth: 5 }, 'depth'],
    [{ depth: 0 }, 'depth'],
    [{ limit: 1001 }, 'limit'],
    [{ limit: 0 }, 'limit'],
    [{ seeds: [] }, 'seeds'],
    [{ seeds: ['not-a-node-id'] }, 'seeds'],
    [{ seeds: ['Spaceship:1'] }, 'seeds'],
    [{ include: [] }, 'include'],
    [{ from: '2025-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' }, 'from'],
  ])('rejects %j with BAD_USER_INPUT naming %s', async (args, field) => {
    const res = await app.gql(LINK_CHART, { seeds: [dealer], ...args }, [Role.ANALYST]);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
  });

  it('answers NOT_FOUND for a seed that does not exist', async () => {
    const res = await app.gql(LINK_CHART, { seeds: ['Ffl:9-99-999-99-9Z-99999'] }, [Role.ANALYST]);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.extensions?.field).toBe('seeds');
  });

  it('is refused to roles without analyst rights', async () => {
    const res = await app.gql(LINK_CHART, { seeds: [dealer] }, [Role.INGEST]);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('expand', () => {
  it('returns only the next ring around the node, without the node itself', async () => {
    const center = person(ring.brokerId);
    const res = await app.gql(EXPAND, { nodeId: center, limit: 1000 }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    const ring1 = res.data!.expand;
    const ids = ring1.nodes.map((n) => n.id);
    expect(ids).not.toContain(center);
    expect(ring1.nodes.every((n) => n.distance === 1)).toBe(true);
    // The same ring as depth 1 of a chart around the node.
    const depth1 = await chart({ seeds: [center], depth: 1, limit: 1000 });
    expect(new Set(ids)).toEqual(new Set(depth1.nodes.filter((n) => n.distance === 1).map((n) => n.id)));
    for (const straw of ring.strawPurchaserIds) expect(ids).toContain(person(straw));
    // Every new node hangs on the expanded node (links among the new nodes may come too).
    for (const id of ids)
      expect(
        ring1.edges.some((e) => (e.source === center && e.target === id) || (e.target === center && e.source === id)),
        id,
      ).toBe(true);
  });

  it('does not send known nodes again but sends the links to them', async () => {
    const center = person(ring.brokerId);
    const known = [person(ring.strawPurchaserIds[0]!)];
    const res = await app.gql(EXPAND, { nodeId: center, known }, [Role.ANALYST]);
    const c = res.data!.expand;
    expect(c.nodes.map((n) => n.id)).not.toContain(known[0]);
    expect(c.edges.some((e) => [e.source, e.target].includes(known[0]!) && [e.source, e.target].includes(center))).toBe(true);
  });

  it('rejects a bad limit and a malformed node id', async () => {
    const bad = await app.gql(EXPAND, { nodeId: person(ring.brokerId), limit: -1 }, [Role.ANALYST]);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    const malformed = await app.gql(EXPAND, { nodeId: 'P-1' }, [Role.ANALYST]);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nodeId' });
  });
});

describe('personal data in charts', () => {
  const seeds = [person(ring.brokerId), ...ring.strawPurchaserIds.map(person)];

  it('masks person names for an analyst (properties null, label by id) and shows them to an investigator', async () => {
    const analyst = await chart({ seeds, depth: 1 }, [Role.ANALYST]);
    const investigator = await chart({ seeds, depth: 1 }, [Role.INVESTIGATOR]);
    const analystPeople = analyst.nodes.filter((n) => n.kind === 'PERSON');
    const investigatorPeople = investigator.nodes.filter((n) => n.kind === 'PERSON');
    expect(analystPeople.length).toBeGreaterThan(1);
    expect(investigatorPeople.length).toBe(analystPeople.length);

    const names = investigatorPeople.map((p) => p.properties.lastName);
    expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
    for (const p of investigatorPeople) expect(p.label).toContain(p.properties.lastName as string);

    for (const p of analystPeople) {
      for (const key of ['firstName', 'lastName', 'dateOfBirth', 'address']) expect(p.properties[key] ?? null, `${p.id} ${key}`).toBeNull();
      expect(p.label).toBe(`Person ${p.id.slice('Person:'.length)}`);
      expect(p.properties.id).toBe(p.id.slice('Person:'.length));
    }
    const analystText = JSON.stringify(analystPeople);
    for (const name of names) expect(analystText).not.toContain(`"${name}"`);
  });
});

describe('the side read of the kept nodes', () => {
  it('draws the same chart, in one transaction fewer, when the pool is too busy to read beside the chart', async () => {
    const variables = { seeds: [`Ffl:${ring.dealerLicenses[0]}`], depth: 2, limit: 150 };
    const counted = async () => {
      const before = app.gateway.transactions;
      const c = await chart(variables);
      return { c, transactions: app.gateway.transactions - before };
    };
    const beside = await counted();
    const canReadAside = app.gateway.canReadAside.bind(app.gateway);
    app.gateway.canReadAside = () => false;
    try {
      const alone = await counted();
      expect(alone.transactions).toBe(beside.transactions - 1);
      expectDrawable(alone.c);
      expect(alone.c.nodes.length).toBeGreaterThan(20);
      expect(alone.c.nodes.map((n) => n.id).sort()).toEqual(beside.c.nodes.map((n) => n.id).sort());
      expect(alone.c.edges.map((e) => e.id).sort()).toEqual(beside.c.edges.map((e) => e.id).sort());
    } finally {
      app.gateway.canReadAside = canReadAside;
    }
  });
});
