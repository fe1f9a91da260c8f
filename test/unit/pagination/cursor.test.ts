import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../src/errors/error-code.js';
import { decodeCursor, encodeCursor } from '../../../src/pagination/cursor.js';
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
      fc.property(fc.string(), fc.oneof(fc.constant(null), fc.string(), fc.integer()), fc.string(), (list, sort, id) => {
        expect(decodeCursor(list, encodeCursor(list, { sort, id }))).toEqual({ sort, id });
      }),
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
    const after = encodeCursor('scenes', { sort: 5, id: 'S-5' });
    expect(pageKey(pageRequest('scenes', { first: 5 }))).not.toBe(pageKey(pageRequest('scenes', { first: 5, after })));
    expect(pageParams(pageRequest('scenes', { first: 5, after }))).toEqual({ limit: 6, afterSort: 5, afterId: 'S-5' });
  });
});
