import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idRule, listRule, orBlank, stateRule, textRule, timeWindow } from '../../../src/common/arg-rules.js';
import { ruleFor } from '../../../src/common/validate-args.js';
import { nodeIdRule } from '../../../src/linkchart/node-id.js';
import { typologyRule } from '../../../src/network/network.type.js';
import { encodeCursor } from '../../../src/pagination/cursor.js';
import { PageArgs, pageRequest } from '../../../src/pagination/page-args.js';
import { failure, faultOf } from '../support/arg-failure.js';

describe('rules declared on one argument (ruleFor)', () => {
  it('ids from source systems: non-blank, at most 200 characters', () => {
    expect(failure(() => ruleFor('id', idRule())('P-1'))).toBeNull();
    expect(failure(() => ruleFor('id', idRule())('  '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', message: 'id: must not be blank' });
    expect(failure(() => ruleFor('evidenceId', idRule())('x'.repeat(201)))).toMatchObject({ field: 'evidenceId' });
  });

  it('lists: size first (named on the list), then each item at its index', () => {
    const ids = ruleFor('ids', listRule(nodeIdRule({ keyFormats: true }), { max: 3, what: 'ids per request' }));
    expect(failure(() => ids(['Person:P-1', 'Agency:NY0303000']))).toBeNull();
    expect(failure(() => ids(['Person:P-1', 'nope']))).toMatchObject({ field: 'ids[1]' });
    expect(failure(() => ids(['Person:P-1', 'Agency:XX']))).toMatchObject({ field: 'ids[1]' });
    // Too many: refused on the list, before any item is looked at.
    expect(failure(() => ids(['nope', 'nope', 'nope', 'nope']))).toMatchObject({ field: 'ids', message: 'ids: at most 3 ids per request (got 4)' });
    const records = ruleFor('records', listRule(z.unknown(), { min: 1, max: 1000, what: 'records per call', tooFew: 'name at least one record' }));
    expect(failure(() => records([]))).toMatchObject({ field: 'records', message: 'records: name at least one record' });
  });

  it('left out or null is not checked: the default or the nullability decides', () => {
    expect(failure(() => ruleFor('state', stateRule())(null))).toBeNull();
    expect(failure(() => ruleFor('state', stateRule())(undefined))).toBeNull();
  });

  it('a network typology, a note of at most 2000 characters', () => {
    expect(failure(() => ruleFor('typology', typologyRule())('NOPE'))).toMatchObject({ field: 'typology' });
    expect(failure(() => ruleFor('note', textRule(2000))('x'.repeat(2001)))).toMatchObject({ field: 'note', message: 'note: must be at most 2000 characters' });
  });
});

describe('shared rule options', () => {
  it("orBlank: '' means left out", () => {
    expect(orBlank(stateRule()).safeParse('').success).toBe(true);
    expect(orBlank(stateRule()).safeParse('XX').success).toBe(false);
  });
  it('timeWindow: reported where asked, open end taken as now when asked', () => {
    const link = z.looseObject({}).superRefine(timeWindow({ reportOn: 'from', message: 'must not be later than `to`' }));
    expect(link.safeParse({ from: '2025-02-01', to: '2025-01-01' }).error?.issues[0]).toMatchObject({ path: ['from'], message: 'must not be later than `to`' });
    const untilNow = z.looseObject({}).superRefine(timeWindow({ strict: true, toDefaultsToNow: true }));
    expect(untilNow.safeParse({ from: new Date(Date.now() + 60_000) }).success).toBe(false);
    expect(untilNow.safeParse({ from: new Date(Date.now() - 60_000) }).success).toBe(true);
  });
});

describe('page arguments: the cursor syntax is declared on PageArgs', () => {
  it('refuses a cursor that is not ours on `after`, before any list is read', () => {
    expect(faultOf(PageArgs, { first: 10, after: 'not-a-cursor' })).toBe('after');
    expect(faultOf(PageArgs, { first: 10, after: Buffer.from('["scenes",{"a":1},"x"]').toString('base64url') })).toBe('after');
    expect(faultOf(PageArgs, { first: 10, after: encodeCursor('scenes', { sort: 1, id: 'S-1' }) })).toBeNull();
    expect(faultOf(PageArgs, { first: 10, after: '' })).toBeNull();
  });
  it('which list a cursor belongs to is known only to the resolver: pageRequest checks it', () => {
    const c = encodeCursor('scenes', { sort: '2024-01-01T00:00:00Z', id: 'S-1' });
    expect(pageRequest('scenes', { first: 5, after: c }).after).toEqual({ sort: '2024-01-01T00:00:00Z', id: 'S-1' });
    expect(failure(() => pageRequest('casings', { first: 5, after: c }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(failure(() => pageRequest('casings', { first: 5, after: 'junk' }))).toMatchObject({ field: 'after' });
  });
});
