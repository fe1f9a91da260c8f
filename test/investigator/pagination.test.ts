import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type GqlResult, type TestApp } from '../support/app.js';
import type { Pagination1Query, Pagination2Query, PaginationScenesQuery } from '../generated/graphql/graphql.js';
import { deleteTestRecords, PREFIX, writeScenes } from './fixtures.js';
import { graphql } from '../generated/graphql/index.js';
import { walkPages } from '../support/pages.js';

const SCENES = graphql(`
  query PaginationScenes($first: Int, $after: String) {
    scenes(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          id: sceneId
          occurredAt
        }
      }
    }
  }
`);

let app: TestApp;
const manifest = inject('manifest');

beforeAll(async () => {
  app = await startTestApp();
  await deleteTestRecords(app.gateway);
});
afterAll(async () => {
  await deleteTestRecords(app.gateway);
  await app.close();
});

describe('keyset pagination', () => {
  it('walks every scene exactly once while new scenes are added between pages', async () => {
    const ori = manifest.series[0]!.agencyOris[0]!;
    const first = await app.gql(SCENES, { first: 0 });
    const before = first.data!.scenes.totalCount;
    expect(before).toBeGreaterThanOrEqual(manifest.counts.Scene!);

    const seen: string[] = [];
    const ahead = new Set<string>(); // written after the cursor in the list's order: must be seen
    const behind = new Set<string>(); // written before the cursor (newer than it): must not be seen
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: GqlResult<PaginationScenesQuery> = await app.gql(SCENES, { first: 37, after });
      expect(res.errors).toBeUndefined();
      const page = res.data!.scenes;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((e) => e.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
      // Between pages: one scene newer than the cursor (lands on pages already walked), one older
      // (lands ahead), and one at exactly the cursor's instant (ties are broken by id).
      const at = Date.parse(page.edges.at(-1)!.node.occurredAt);
      const newer = { id: `${PREFIX}PAGE-${pages}-NEWER`, occurredAt: new Date(at + 3_600_000).toISOString(), agencyOri: ori };
      const older = { id: `${PREFIX}PAGE-${pages}-OLDER`, occurredAt: new Date(at - 60_000).toISOString(), agencyOri: ori };
      const tie = { id: `${PREFIX}PAGE-${pages}-TIE`, occurredAt: new Date(at).toISOString(), agencyOri: ori };
      await writeScenes(app.gateway, [newer, older, tie]);
      behind.add(newer.id);
      ahead.add(older.id);
      // Ids sort descending within an instant: a tie comes after the cursor row when its id is smaller.
      if (tie.id < page.edges.at(-1)!.node.id) ahead.add(tie.id);
      else behind.add(tie.id);
    }
    expect(pages).toBeGreaterThan(5);
    expect(new Set(seen).size).toBe(seen.length); // no repeats
    const original = seen.filter((id) => !id.startsWith(PREFIX));
    expect(original.length).toBe(before); // no gaps
    for (const id of ahead) expect(seen).toContain(id);
    for (const id of behind) expect(seen).not.toContain(id);
  });

  it("a nested list (a dealer's sales) walks its full total without repeats", async () => {
    const license = manifest.traceExamples[0]!.dealerLicense;
    const q = graphql(`
      query Pagination1($l: NonEmptyString!, $after: String) {
        ffl(license: $l) {
          sales(first: 3, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id: saleId
                soldOn
              }
            }
          }
        }
      }
    `);
    const ids: string[] = [];
    const dates: string[] = [];
    let after: string | null = null;
    let total: number;
    for (;;) {
      const res: GqlResult<Pagination1Query> = await app.gql(q, { l: license, after });
      expect(res.errors).toBeUndefined();
      const sales = res.data!.ffl!.sales;
      total = sales.totalCount;
      ids.push(...sales.edges.map((e) => e.node.id));
      dates.push(...sales.edges.map((e) => e.node.soldOn));
      if (!sales.pageInfo.hasNextPage) break;
      after = sales.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(3);
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('filtered lists hold only matching rows and count them: dealers in one state', async () => {
    const state = manifest.traceExamples[0]!.purchaserState;
    const q = graphql(`
      query Pagination2($s: String, $after: String) {
        ffls(filter: { state: $s }, first: 100, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              license
              state
            }
          }
        }
      }
    `);
    const rows: Array<{ license: string; state: string }> = [];
    let after: string | null = null;
    let total: number;
    for (;;) {
      const res: GqlResult<Pagination2Query> = await app.gql(q, { s: state, after });
      total = res.data!.ffls.totalCount;
      rows.push(...res.data!.ffls.edges.map((e) => e.node));
      if (!res.data!.ffls.pageInfo.hasNextPage) break;
      after = res.data!.ffls.pageInfo.endCursor;
    }
    expect(rows.length).toBe(total);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.state === state)).toBe(true);
    expect(rows.map((r) => r.license)).toContain(manifest.traceExamples.find((e) => e.purchaserState === state)!.dealerLicense);
  });

  it('a radius search returns only scenes within the radius, and includes a series scene at its centre', async () => {
    const sceneId = manifest.series[0]!.sceneIds[0]!;
    const centre = await app.gql(
      graphql(`
        query Pagination3($id: NonEmptyString!) {
          scene(id: $id) {
            location {
              latitude
              longitude
            }
          }
        }
      `),
      { id: sceneId },
    );
    const { latitude, longitude } = centre.data!.scene!.location!;
    const res = await app.gql(
      graphql(`
        query Pagination4($lat: Latitude!, $lon: Longitude!) {
          scenes(filter: { near: { latitude: $lat, longitude: $lon, radiusKm: 3 } }, first: 100) {
            totalCount
            edges {
              node {
                id: sceneId
                location {
                  latitude
                  longitude
                }
              }
            }
          }
        }
      `),
      { lat: latitude, lon: longitude },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.scenes.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toContain(sceneId);
    const km = (a: { latitude: number; longitude: number }) => {
      const r = Math.PI / 180;
      const h =
        Math.sin(((a.latitude - latitude) * r) / 2) ** 2 +
        Math.cos(latitude * r) * Math.cos(a.latitude * r) * Math.sin(((a.longitude - longitude) * r) / 2) ** 2;
      return 2 * 6371 * Math.asin(Math.sqrt(h));
    };
    for (const n of nodes) expect(km(n.location!)).toBeLessThanOrEqual(3.01);
  });

  it('casings and firearms lists: filters hold on every row, and the walk matches totalCount', async () => {
    const testFires = await walkPages(
      app,
      graphql(`
        query PaginationTestFires($after: String) {
          casings(filter: { testFire: true }, first: 100, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                evidenceId
                testFire
                recoveredAt
              }
            }
          }
        }
      `),
      {},
      (d) => d.casings,
    );
    expect(testFires.rows.length).toBe(testFires.totalCount);
    expect(testFires.rows.every((c) => c.testFire)).toBe(true);
    const planted = manifest.series.map((s) => s.testFireEvidenceId).filter((e): e is string => !!e);
    for (const e of planted) expect(testFires.rows.map((c) => c.evidenceId)).toContain(e);
    const times = testFires.rows.map((c) => Date.parse(c.recoveredAt!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const revolvers = await walkPages(
      app,
      graphql(`
        query PaginationRevolvers($after: String) {
          firearms(filter: { kinds: [REVOLVER] }, first: 100, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id: firearmId
                kind
              }
            }
          }
        }
      `),
      {},
      (d) => d.firearms,
    );
    expect(revolvers.rows.length).toBe(revolvers.totalCount);
    expect(revolvers.totalCount).toBeGreaterThan(0);
    expect(revolvers.rows.every((f) => f.kind === 'REVOLVER')).toBe(true);
    expect([...revolvers.rows.map((f) => f.id)].sort()).toEqual(revolvers.rows.map((f) => f.id));
  });
});
