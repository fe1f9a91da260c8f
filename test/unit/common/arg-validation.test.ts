import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fflRule, intRule, latitudeRule, longitudeRule, nonEmptyList, oriRule, stateRule, timeWindow } from '../../../src/common/arg-rules.js';
import { checkInput, ValidatedBy } from '../../../src/common/validate-args.js';
import { pageRequest, PageArgs } from '../../../src/pagination/page-args.js';
import { ConflictFilter, ConflictsArgs } from '../../../src/provenance/provenance.type.js';
import { NearInput, SceneFilter } from '../../../src/scene/scene.filter.js';

/** The error checkInput throws, as the client sees it: message and extensions. */
function failure(run: () => void): { code?: unknown; field?: unknown; message: string } | null {
  try {
    run();
    return null;
  } catch (e) {
    const err = e as { message: string; extensions: Record<string, unknown> };
    return { code: err.extensions.code, field: err.extensions.field, message: err.message };
  }
}
const ok = (schema: z.ZodType, v: unknown) => schema.safeParse(v).success;

describe('shared argument rules (one per concept, the same as the record model)', () => {
  it('state codes', () => {
    expect(ok(stateRule(), 'PA')).toBe(true);
    expect(ok(stateRule(), 'PR')).toBe(true);
    expect(ok(stateRule(), 'XX')).toBe(false);
    expect(ok(stateRule(), 'pa')).toBe(false);
  });
  it('ORIs: state code + 7 letters or digits', () => {
    expect(ok(oriRule(), 'NY0303000')).toBe(true);
    expect(ok(oriRule(), 'XX0303000')).toBe(false);
    expect(ok(oriRule(), 'NY03')).toBe(false);
  });
  it('FFL license numbers', () => {
    expect(ok(fflRule(), '8-23-101-01-7C-12345')).toBe(true);
    expect(ok(fflRule(), '8-23-101-04-7C-12345')).toBe(false);
    expect(ok(fflRule(), 'not-a-license')).toBe(false);
  });
  it('coordinates', () => {
    expect(ok(latitudeRule(), 90)).toBe(true);
    expect(ok(latitudeRule(), 90.5)).toBe(false);
    expect(ok(longitudeRule(), -180)).toBe(true);
    expect(ok(longitudeRule(), 181)).toBe(false);
  });
  it('whole numbers in a range, naming what was given', () => {
    expect(ok(intRule(1, 20), 20)).toBe(true);
    expect(intRule(1, 20).safeParse(1.5).error?.issues[0]?.message).toBe('must be an integer from 1 to 20 (got 1.5)');
    expect(ok(intRule(1, 20), 0)).toBe(false);
  });
  it('a list filter given empty', () => {
    expect(nonEmptyList('kind').safeParse([]).error?.issues[0]?.message).toBe('give at least one kind, or leave the filter out');
    expect(ok(nonEmptyList('kind'), ['A'])).toBe(true);
  });
  it('time windows: reported on `to`, open ends allowed, strict when asked', () => {
    const loose = z.looseObject({}).superRefine(timeWindow());
    const strict = z.looseObject({}).superRefine(timeWindow({ strict: true }));
    expect(ok(loose, { from: new Date('2025-01-02'), to: new Date('2025-01-01') })).toBe(false);
    expect(loose.safeParse({ from: '2025-01-02', to: '2025-01-01' }).error?.issues[0]?.path).toEqual(['to']);
    expect(ok(loose, { from: '2025-01-01', to: '2025-01-01' })).toBe(true);
    expect(ok(strict, { from: '2025-01-01', to: '2025-01-01' })).toBe(false);
    expect(ok(loose, { from: '2025-01-02' })).toBe(true);
  });
});

describe('the boundary: declared schemas, full paths, one error shape', () => {
  it('reports a nested input problem at its full path as BAD_USER_INPUT', () => {
    const filter = Object.assign(new SceneFilter(), { near: Object.assign(new NearInput(), { latitude: 40, longitude: -74, radiusKm: 0 }) });
    expect(failure(() => checkInput(filter, 'filter'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.near.radiusKm' });
    expect(failure(() => checkInput(Object.assign(new SceneFilter(), { agencyOri: 'NY03' }), 'filter'))).toMatchObject({ field: 'filter.agencyOri' });
    expect(failure(() => checkInput(Object.assign(new SceneFilter(), { kinds: [] }), 'filter'))).toMatchObject({ field: 'filter.kinds' });
    expect(failure(() => checkInput(Object.assign(new SceneFilter(), { agencyOri: 'NY0303000' }), 'filter'))).toBeNull();
  });

  it('applies the rules of the classes an args type extends (page size) and of its nested inputs', () => {
    const args = Object.assign(new ConflictsArgs(), { first: 101 });
    expect(failure(() => checkInput(args, ''))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const window = Object.assign(new ConflictFilter(), { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' });
    expect(failure(() => checkInput(Object.assign(new ConflictsArgs(), { filter: window }), ''))).toMatchObject({ field: 'filter.to' });
    expect(failure(() => checkInput(Object.assign(new PageArgs(), { first: 0 }), ''))).toBeNull();
  });

  it('indexes lists of inputs', () => {
    @ValidatedBy(z.object({ n: intRule(1, 3) }))
    class Item {
      n = 0;
    }
    const items = [Object.assign(new Item(), { n: 2 }), Object.assign(new Item(), { n: 9 })];
    expect(failure(() => checkInput(items, 'items'))).toMatchObject({ field: 'items[1].n', message: 'items[1].n: must be an integer from 1 to 3 (got 9)' });
  });

  it('pageRequest keeps the same page-size rule for pages built in code', () => {
    expect(failure(() => pageRequest('scenes', { first: 101 }))).toMatchObject({ field: 'first' });
    expect(pageRequest('scenes', { first: 100 }).limit).toBe(101);
  });
});
