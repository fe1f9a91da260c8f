import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../src/errors/error-code.js';
import { decodeCursor, encodeCursor, sortKindOf } from '../../../src/pagination/cursor.js';
import { MAX_PAGE_SIZE, pageKey, pageParams, pageRequest } from '../../../src/pagination/page-args.js';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions;
  }
  return undefined;
};

describe('keyset cursors', () => {
  it('round-trip the sort key and id (property)', () => {
    fc.assert(
      // Lists with a declared sort kind are checked below; any other list takes any sort key.
      fc.property(
        fc.string().filter((l) => sortKindOf(l) === undefined),
        fc.oneof(fc.constant(null), fc.string(), fc.integer()),
        fc.string(),
        (list, sort, id) => {
          expect(decodeCursor(list, encodeCursor(list, { sort, id }))).toEqual({ sort, id });
        },
      ),
    );
  });

  it('refuses a cursor of another list as BAD_USER_INPUT on after', () => {
    const c = encodeCursor('scenes', { sort: '2024-01-01', id: 'S-1' });
    expect(codeOf(() => decodeCursor('casings', c))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
  });

  it('refuses garbage and tampered cursors (property)', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const e = codeOf(() => decodeCursor('scenes', junk));
        // Either it is not a cursor at all, or it decodes to a well-formed key of this list.
        if (e) expect(e).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
      }),
    );
    const wrongShape = Buffer.from(JSON.stringify(['scenes', { a: 1 }, 'x'])).toString('base64url');
    expect(codeOf(() => decodeCursor('scenes', wrongShape))).toMatchObject({ field: 'after' });
  });

  it('refuses a sort key that is not of its list\'s kind (an edited cursor): it would reach Neo4j as date("x")', () => {
    const refused = (list: string, sort: string | number | null) => codeOf(() => decodeCursor(list, encodeCursor(list, { sort, id: 'X-1' })));
    const kept = (list: string, sort: string | number | null) =>
      expect(decodeCursor(list, encodeCursor(list, { sort, id: 'X-1' }))).toEqual({ sort, id: 'X-1' });
    // dates
    kept('Ffl.sales', '2024-02-29');
    for (const bad of ['garbage', '2024-02-30', '2023-02-29', '2024-13-01', '2024-1-1', 12, null])
      expect(refused('Ffl.sales', bad)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
    // instants, as Neo4j's toString(datetime) writes them
    for (const ok of ['2026-06-27T21:00:00Z', '2026-06-27T21:00Z', '2026-06-27T21:00:00.123456789Z', '2026-06-27T21:00:00+02:00', '2026-06-27T21:00:00Z[UTC]'])
      kept('auditEvents', ok);
    for (const bad of ['garbage', '2024-01-01', '2024-02-30T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T00:00:00', 5, null])
      expect(refused('auditEvents', bad)).toMatchObject({ field: 'after' });
    // numbers (ranks, scores), with a suffixed list name
    kept('highRiskDealers', 3);
    kept('leadHistory:L-1', 2);
    kept('search', 5.8673);
    for (const bad of ['3', 'garbage', null]) expect(refused('highRiskDealers', bad)).toMatchObject({ field: 'after' });
    expect(refused('leadHistory:L-1', 'x')).toMatchObject({ field: 'after' });
    // unique key only
    kept('ffls', null);
    expect(refused('ffls', 'x')).toMatchObject({ field: 'after' });
  });
});

describe('page requests', () => {
  it('asks for one extra row to learn hasNextPage', () => {
    const page = pageRequest('scenes', { first: 10 });
    expect(page).toMatchObject({ first: 10, limit: 11, after: null });
    expect(pageParams(page)).toEqual({ limit: 11, afterSort: null, afterId: null });
  });

  it('bounds first to 0..MAX_PAGE_SIZE', () => {
    expect(pageRequest('scenes', { first: 0 }).limit).toBe(1);
    expect(codeOf(() => pageRequest('scenes', { first: MAX_PAGE_SIZE + 1 }))).toMatchObject({ field: 'first' });
    expect(codeOf(() => pageRequest('scenes', { first: -1 }))).toMatchObject({ field: 'first' });
  });

  it('keys distinct pages apart for the loaders', () => {
    const after = encodeCursor('scenes', { sort: '2024-01-05T00:00:00Z', id: 'S-5' });
    expect(pageKey(pageRequest('scenes', { first: 5 }))).not.toBe(pageKey(pageRequest('scenes', { first: 5, after })));
    expect(pageParams(pageRequest('scenes', { first: 5, after }))).toEqual({ limit: 6, afterSort: '2024-01-05T00:00:00Z', afterId: 'S-5' });
  });
});

describe('every paged list declares its sort key', () => {
  // A list missing from the declared kinds would take any sort key again, so an edited cursor of it
  // could reach Neo4j: every list a resolver names (pageRequest('<list>' or `<list>:${parent}`) is declared.
  it('names no list whose sort kind is unknown', () => {
    const root = fileURLToPath(new URL('../../../src', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const lists = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(path.join(root, f), 'utf8').matchAll(/pageRequest\(\s*['`]([^'`:$]+)/g)) lists.add(m[1]!);
    }
    expect(lists.size).toBeGreaterThan(20);
    expect([...lists].filter((l) => sortKindOf(l) === undefined)).toEqual([]);
  });
});
