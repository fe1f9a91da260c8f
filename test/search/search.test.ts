import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import type { SearchKind, SearchQuery } from '../generated/graphql/graphql.js';
import { importRecords, resolutionPeople } from './people.fixtures.js';

let app: TestApp;
const manifest = inject('manifest');
const tag = Date.now().toString(36).toUpperCase();
const fx = resolutionPeople(`S${tag}`);

// The audit trail names the operation: the tests below look for these requests as `Search`.
const SEARCH = graphql(`
  query Search($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
    search(text: $text, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          key
          score
          label
          detail
          node {
            id
            ... on Person {
              firstName
              lastName
            }
          }
        }
      }
    }
  }
`);
type Hit = SearchQuery['search']['edges'][number]['node'];
const AUDIT = graphql(`
  query SearchAudit($id: ID!) {
    auditEvents(filter: { personId: $id }, first: 20) {
      edges {
        node {
          operation
          outcome
          personIds
        }
      }
    }
  }
`);

beforeAll(async () => {
  app = await startTestApp();
  await importRecords(app.gateway, fx.records);
});
afterAll(async () => {
  await app.close();
});

async function search(text: string, opts: { kinds?: SearchKind[]; first?: number; after?: string | null; as?: Role[] } = {}) {
  const res = await app.gql(SEARCH, { text, kinds: opts.kinds, first: opts.first ?? 20, after: opts.after ?? null }, opts.as ?? [Role.INVESTIGATOR]);
  return res;
}

describe('search', () => {
  it('finds a firearm by its exact serial first, and by a middle part, a mistyped digit and unrestored characters', async () => {
    const serial = fx.serialOf('G2');
    const exact = await search(serial, { kinds: ['FIREARM'] });
    expect(exact.errors).toBeUndefined();
    expect(exact.data!.search.edges[0]!.node.key).toBe(fx.id('G2'));
    const middle = serial.slice(3, 8);
    const partial = await search(middle, { kinds: ['FIREARM'] });
    expect(partial.data!.search.edges.map((e) => e.node.key)).toContain(fx.id('G2'));
    const typo = serial.slice(0, -1) + (serial.endsWith('2') ? '9' : '2');
    const fuzzy = await search(typo, { kinds: ['FIREARM'] });
    expect(fuzzy.data!.search.edges.map((e) => e.node.key)).toContain(fx.id('G2'));
    const obliterated = serial.slice(0, 2) + '??' + serial.slice(4);
    const restored = await search(obliterated, { kinds: ['FIREARM'] });
    expect(restored.data!.search.edges.map((e) => e.node.key)).toContain(fx.id('G2'));
  });

  it('finds a serial typed from its middle with the make beside it, or with its first characters unrestored (trigram index, no leading wildcard)', async () => {
    const serial = fx.serialOf('G2');
    const middle = serial.slice(3, 8);
    const keys = async (text: string) => (await search(text, { kinds: ['FIREARM'] })).data!.search.edges.map((e) => e.node.key);
    expect(await keys(`Restest ${middle}`)).toContain(fx.id('G2'));
    expect(await keys(`R9 ${middle.toLowerCase()}`)).toContain(fx.id('G2'));
    // Every word must match: a make the gun does not have rules it out, even though its serial holds the digits.
    expect(await keys(`Smithwesson ${middle}`)).not.toContain(fx.id('G2'));
    expect(await keys(`??${serial.slice(2)}`)).toContain(fx.id('G2'));
  });

  it('finds a casing by a middle part of its evidence id', async () => {
    const evidenceId = manifest.series[0]!.casingIds[0]!;
    const body = evidenceId.slice(3);
    const at = [...body].findIndex((_, i) => /\d/.test(body.slice(i, i + 6)) && i + 6 <= body.length);
    const res = await search(body.slice(at, at + 6), { kinds: ['CASING'] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.edges.map((e) => e.node.key)).toContain(evidenceId);
  });

  it('finds seeded dealers, agencies, scenes and casings by their keys and names', async () => {
    const trace = manifest.traceExamples[0]!;
    const ffl = await search(trace.dealerLicense, { kinds: ['FFL'] });
    expect(ffl.data!.search.edges[0]!.node.id).toBe(`Ffl:${trace.dealerLicense}`);
    const nypd = await search('NY0303000');
    expect(nypd.data!.search.edges[0]!.node).toMatchObject({ kind: 'AGENCY', key: 'NY0303000' });
    const series = manifest.series[0]!;
    const casing = await search(series.casingIds[0]!, { kinds: ['CASING'] });
    expect(casing.data!.search.edges[0]!.node.key).toBe(series.casingIds[0]);
    const scene = await search(series.sceneIds[0]!, { kinds: ['SCENE'] });
    expect(scene.data!.search.edges[0]!.node.key).toBe(series.sceneIds[0]);
  });

  it('pages by keyset in score order with no repeats, and totalCount counts them all', async () => {
    const all: Hit[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 20; i++) {
      const res = await search('police department', { kinds: ['AGENCY'], first: 5, after });
      expect(res.errors).toBeUndefined();
      total = res.data!.search.totalCount;
      all.push(...res.data!.search.edges.map((e) => e.node));
      if (!res.data!.search.pageInfo.hasNextPage) break;
      after = res.data!.search.pageInfo.endCursor;
    }
    expect(all.length).toBe(total);
    expect(all.length).toBeGreaterThan(5);
    expect(new Set(all.map((h) => h.id)).size).toBe(all.length);
    for (let i = 1; i < all.length; i++) {
      const [p, c] = [all[i - 1]!, all[i]!];
      expect(p.score > c.score || (p.score === c.score && p.id < c.id)).toBe(true);
    }
  });

  it('pages a mix of kinds (asked side by side) in one score order with no repeats', async () => {
    const all: Hit[] = [];
    let after: string | null = null;
    for (let i = 0; i < 30; i++) {
      const res = await search(`RESTEST S${tag}`, { first: 2, after });
      expect(res.errors).toBeUndefined();
      all.push(...res.data!.search.edges.map((e) => e.node));
      if (!res.data!.search.pageInfo.hasNextPage) break;
      after = res.data!.search.pageInfo.endCursor;
    }
    // The fixture's dealer and agency carry the tag in their names (its guns and people in their ids): several kinds, one order.
    expect([...new Set(all.map((h) => h.kind))]).toEqual(expect.arrayContaining(['FFL', 'AGENCY']));
    expect(new Set(all.map((h) => h.id)).size).toBe(all.length);
    for (let i = 1; i < all.length; i++) {
      const [p, c] = [all[i - 1]!, all[i]!];
      expect(p.score > c.score || (p.score === c.score && p.id < c.id)).toBe(true);
    }
  });

  it('finds people by name with a typo for an investigator, named in the audit record', async () => {
    const res = await search('Dana Whitfordly', { kinds: ['PERSON'] });
    expect(res.errors).toBeUndefined();
    const keys = res.data!.search.edges.map((e) => e.node.key);
    expect(keys).toEqual(expect.arrayContaining([fx.id('DANA1'), fx.id('DANA2'), fx.id('NAMESAKE')]));
    const dana = res.data!.search.edges.find((e) => e.node.key === fx.id('DANA1'))!.node;
    expect(dana.label).toBe('Dana Whitfordley');
    expect(dana.node).toMatchObject({ firstName: 'Dana', lastName: 'Whitfordley' });
    const audit = await app.gql(AUDIT, { id: fx.id('DANA1') }, [Role.SUPERVISOR]);
    expect(audit.data!.auditEvents.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ operation: 'Search', outcome: 'ALLOWED' }));
  });

  it('does not let an analyst probe names: people only by exact id, masked, audited DENIED', async () => {
    const byName = await search('Whitfordley', { kinds: ['PERSON'], as: [Role.ANALYST] });
    expect(byName.errors).toBeUndefined();
    expect(byName.data!.search.edges).toEqual([]);
    const byId = await search(fx.id('KAT1'), { kinds: ['PERSON'], as: [Role.ANALYST] });
    const hit = byId.data!.search.edges[0]!.node;
    expect(hit).toMatchObject({ key: fx.id('KAT1'), label: `Person ${fx.id('KAT1')}`, node: { firstName: null, lastName: null } });
    const audit = await app.gql(AUDIT, { id: fx.id('KAT1') }, [Role.SUPERVISOR]);
    expect(audit.data!.auditEvents.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ operation: 'Search', outcome: 'DENIED' }));
  });

  it('takes Lucene syntax literally and names the field at fault', async () => {
    for (const text of ['name:"x" OR *:*', 'AND', '((', 'a~~', '\\']) {
      const res = await search(text);
      expect(res.errors?.[0]?.extensions?.code ?? 'none', text).not.toBe('INTERNAL_SERVER_ERROR');
    }
    expect((await search('   ')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect((await search('x'.repeat(200))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect((await search('glock', { kinds: [] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds' });
    expect((await search('glock', { after: 'bm9wZQ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
