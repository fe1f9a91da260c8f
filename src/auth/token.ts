import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Config } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { Role, type AuthUser } from '../core/role.js';
import { oriProblem } from '../common/ori.js';
import { VerifiedTokens } from './verified-tokens.js';

export type TokenVerifier = (token: string) => Promise<AuthUser>;

/**
 * Verifies bearer tokens: HS256 with AUTH_JWT_SECRET (local use) or RS256/ES256 keys from
 * AUTH_JWKS_URL (production), never both: the accepted algorithms are fixed per mode, so
 * `alg: none` and algorithm confusion (an HS256 token "signed" with a public key) fail.
 * Issuer, audience, expiry and not-before are always checked with AUTH_CLOCK_TOLERANCE_S of
 * leeway, and no token older than AUTH_MAX_TOKEN_AGE_S (from iat) is accepted whatever its exp.
 */
export function createTokenVerifier(config: Config): TokenVerifier {
  const options = {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    requiredClaims: ['exp', 'iat', 'sub'],
    clockTolerance: config.AUTH_CLOCK_TOLERANCE_S,
    maxTokenAge: config.AUTH_MAX_TOKEN_AGE_S,
  };
  const verify = config.AUTH_JWKS_URL
    ? (() => {
        // Keys are cached and refetched when a token names an unknown kid (key rotation).
        const jwks = createRemoteJWKSet(new URL(config.AUTH_JWKS_URL), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
        return (t: string) => jwtVerify(t, jwks, { ...options, algorithms: ['RS256', 'ES256'] });
      })()
    : (() => {
        const key = new TextEncoder().encode(config.AUTH_JWT_SECRET!);
        return (t: string) => jwtVerify(t, key, { ...options, algorithms: ['HS256'] });
      })();
  const verified = new VerifiedTokens(config.AUTH_MAX_TOKEN_AGE_S);
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      // The identity provider's key set could not be fetched: our outage, not the caller's fault.
      if (error instanceof errors.JWKSTimeout || (error instanceof TypeError && /fetch/i.test(error.message))) {
        throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, "The identity provider's keys cannot be fetched; try again shortly");
      }
      // One message for every failure: do not tell a forger which check stopped them.
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'The bearer token is invalid or expired');
    }
    const user = userFromClaims(payload);
    verified.remember(token, payload, user);
    return user;
  };
}

function userFromClaims(payload: JWTPayload): AuthUser {
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => Object.values(Role).includes(r as Role)) : [];
  const ori = typeof payload.ori === 'string' ? payload.ori : '';
  if (!payload.sub || oriProblem(ori) !== null || roles.length === 0) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'The bearer token lacks a subject, an agency ORI or a known role');
  }
  return { subject: payload.sub, agencyOri: ori, roles };
}

/** Mints an HS256 token (local mode, tests, `npm run token`). */
export async function mintToken(config: Pick<Config, 'AUTH_JWT_SECRET' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>, user: AuthUser, expiresIn = '8h'): Promise<string> {
  if (!config.AUTH_JWT_SECRET) throw new Error('Minting tokens needs AUTH_JWT_SECRET (HS256)');
  return new SignJWT({ ori: user.agencyOri, roles: user.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.subject)
    .setIssuer(config.AUTH_ISSUER)
    .setAudience(config.AUTH_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(config.AUTH_JWT_SECRET));
}
