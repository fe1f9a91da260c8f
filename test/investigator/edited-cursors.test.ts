import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

/**
 * A cursor is opaque, but it is only base64url JSON: a client (or a curious user) can edit the
 * sort key it carries. Such a cursor is not one this API returned, so it must be refused as
 * BAD_USER_INPUT on `after` (docs/api.md, Errors), never reach Neo4j as `date("x")` (which
 * answered INTERNAL_SERVER_ERROR) nor compare a string with a rank (which answered an empty page).
 */

const SALES = graphql(`
  query EditedCursorSales($l: NonEmptyString!, $after: String) {
    ffl(license: $l) {
      sales(first: 2, after: $after) {
        edges {
          cursor
          node {
            id: saleId
          }
        }
      }
    }
  }
`);

const AUDIT = graphql(`
  query EditedCursorAudit($after: String) {
    auditEvents(first: 2, after: $after) {
      edges {
        cursor
        node {
          at
        }
      }
    }
  }
`);

const SEARCH = graphql(`
  query EditedCursorSearch($after: String) {
    search(text: "glock", kinds: [FIREARM], first: 2, after: $after) {
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`);

let app: TestApp;
const manifest = inject('manifest');

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, unknown, string];
const encode = (parts: unknown[]) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');

function expectRefused(res: GqlResult<unknown>) {
  expect(res.errors, JSON.stringify(res)).toBeDefined();
  expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
}

describe('an edited cursor is BAD_USER_INPUT on after', () => {
  it("a dealer's sales (sorted by date): a sort key that is not a date is refused, the real cursor still pages", async () => {
    const license = manifest.traceExamples[0]!.dealerLicense;
    const first = await app.gql(SALES, { l: license, after: null });
    expect(first.errors).toBeUndefined();
    const cursor = first.data!.ffl!.sales.edges[0]!.cursor;
    const [list, sort, id] = decode(cursor);
    expect(list).toBe(`Ffl.sales:${license}`);
    expect(sort).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    for (const edited of ['garbage', 12, null, '2024-02-30', '2024-13-01']) {
      expectRefused(await app.gql(SALES, { l: license, after: encode([list, edited, id]) }));
    }
    const next = await app.gql(SALES, { l: license, after: cursor });
    expect(next.errors).toBeUndefined();
    expect(next.data!.ffl!.sales.edges[0]?.node.id).toBe(first.data!.ffl!.sales.edges[1]?.node.id);
  });

  it('the audit trail (sorted by instant): a sort key that is not an instant is refused', async () => {
    // Reading the trail is itself audited: two reads leave at least two records to page through.
    await app.gql(AUDIT, { after: null }, [Role.SUPERVISOR]);
    await app.gql(AUDIT, { after: null }, [Role.SUPERVISOR]);
    const first = await app.gql(AUDIT, { after: null }, [Role.SUPERVISOR]);
    expect(first.errors).toBeUndefined();
    const cursor = first.data!.auditEvents.edges[0]!.cursor;
    const [list, , id] = decode(cursor);
    for (const edited of ['garbage', '2024-01-01', 5]) {
      expectRefused(await app.gql(AUDIT, { after: encode([list, edited, id]) }, [Role.SUPERVISOR]));
    }
    expect((await app.gql(AUDIT, { after: cursor }, [Role.SUPERVISOR])).errors).toBeUndefined();
  });

  it('search (sorted by score): a sort key that is not a number is refused, not answered with an empty page', async () => {
    const first = await app.gql(SEARCH, { after: null }, [Role.ANALYST]);
    expect(first.errors).toBeUndefined();
    const cursor = first.data!.search.edges[0]!.cursor;
    const [list, sort, id] = decode(cursor);
    expect(typeof sort).toBe('number');
    for (const edited of ['garbage', String(sort), null]) {
      expectRefused(await app.gql(SEARCH, { after: encode([list, edited, id]) }, [Role.ANALYST]));
    }
    const next = await app.gql(SEARCH, { after: cursor }, [Role.ANALYST]);
    expect(next.errors).toBeUndefined();
    expect(next.data!.search.edges[0]?.node.id).toBe(first.data!.search.edges[1]?.node.id);
  });
});

describe("a nested list's cursor belongs to its parent's list", () => {
  it("a cursor of one dealer's sales is refused on another dealer's sales (it skipped that dealer's newer sales)", async () => {
    const licenses = [...new Set(manifest.traceExamples.map((t) => t.dealerLicense))];
    const pages = await Promise.all(licenses.map(async (l) => ({ l, res: await app.gql(SALES, { l, after: null }) })));
    const [a, b] = pages.filter((p) => (p.res.data?.ffl?.sales.edges.length ?? 0) > 0);
    expect(b, 'two dealers with sales').toBeDefined();
    const cursorOfA = a!.res.data!.ffl!.sales.edges[0]!.cursor;
    const res = await app.gql(SALES, { l: b!.l, after: cursorOfA });
    expectRefused(res);
    expect(res.errors![0]!.message).toContain('another list');
    // Its own cursor still pages.
    expect((await app.gql(SALES, { l: a!.l, after: cursorOfA })).errors).toBeUndefined();
  });
});
