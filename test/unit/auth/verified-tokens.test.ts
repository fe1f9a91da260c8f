import { describe, expect, it } from 'vitest';
import { VerifiedTokens } from '../../../src/auth/verified-tokens.js';
import { Role } from '../../../src/core/role.js';

const user = { subject: 'u1', agencyOri: 'NY0303000', roles: [Role.INVESTIGATOR] };
const T0 = 1_800_000_000_000;
const s = (ms: number) => Math.floor(ms / 1000);

describe('VerifiedTokens: a verification is reused only while the token itself is still good', () => {
  it('reuses a verification for at most a minute', () => {
    const cache = new VerifiedTokens(43_200);
    cache.remember('t', { exp: s(T0) + 3600, iat: s(T0) }, user, T0);
    expect(cache.get('t', T0 + 59_000)).toEqual(user);
    expect(cache.get('t', T0 + 60_000)).toBeUndefined();
    expect(cache.get('other', T0)).toBeUndefined();
  });

  it('never past the expiry, nor past the maximum age from iat', () => {
    const cache = new VerifiedTokens(600);
    cache.remember('soon', { exp: s(T0) + 10, iat: s(T0) }, user, T0);
    expect(cache.get('soon', T0 + 9_000)).toBeDefined();
    expect(cache.get('soon', T0 + 10_000)).toBeUndefined();
    cache.remember('old', { exp: s(T0) + 3600, iat: s(T0) - 590 }, user, T0);
    expect(cache.get('old', T0 + 9_000)).toBeDefined();
    expect(cache.get('old', T0 + 10_000)).toBeUndefined();
    // Already past its expiry (accepted inside the clock tolerance): not kept at all.
    cache.remember('late', { exp: s(T0) - 5, iat: s(T0) - 100 }, user, T0);
    expect(cache.get('late', T0)).toBeUndefined();
  });

  it('hands out copies: a caller changing its user does not change the next one', () => {
    const cache = new VerifiedTokens(43_200);
    cache.remember('t', { exp: s(T0) + 3600, iat: s(T0) }, user, T0);
    cache.get('t', T0)!.roles.push(Role.ADMIN);
    expect(cache.get('t', T0)!.roles).toEqual([Role.INVESTIGATOR]);
  });

  it('stays bounded: the oldest token goes first', () => {
    const cache = new VerifiedTokens(43_200);
    for (let i = 0; i < 2_001; i++) cache.remember(`t${i}`, { exp: s(T0) + 3600, iat: s(T0) }, user, T0);
    expect(cache.get('t0', T0)).toBeUndefined();
    expect(cache.get('t2000', T0)).toBeDefined();
  });
});
