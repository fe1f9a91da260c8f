import type { JWTPayload } from 'jose';
import type { AuthUser } from '../core/role.js';

/** Longest a verification is reused: a client sends the same token on every request of a session. */
const REUSE_MS = 60_000;
const MAX_ENTRIES = 2_000;

/**
 * Verified bearer tokens, so the signature (an HMAC or RSA check through WebCrypto, the largest
 * cost of a small request in a CPU profile of the service) is checked once per token per minute
 * rather than on every request. An entry is only ever the result of a full verification and is
 * reused no later than the token's own expiry, its maximum age from iat (the limits jose applied
 * with leeway; here without it) and one minute after it was verified. Bounded: the oldest entry
 * goes when full. Failures are never kept.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { user: AuthUser; until: number }>();

  constructor(private readonly maxAgeS: number) {}

  get(token: string, now = Date.now()): AuthUser | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (now < entry.until) return { ...entry.user, roles: [...entry.user.roles] };
    this.entries.delete(token);
    return undefined;
  }

  remember(token: string, payload: JWTPayload, user: AuthUser, now = Date.now()): void {
    const limits = [now + REUSE_MS];
    if (typeof payload.exp === 'number') limits.push(payload.exp * 1000);
    if (typeof payload.iat === 'number') limits.push((payload.iat + this.maxAgeS) * 1000);
    const until = Math.min(...limits);
    if (until <= now) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { user: { ...user, roles: [...user.roles] }, until });
  }
}
