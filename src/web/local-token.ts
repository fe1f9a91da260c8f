import type { IncomingMessage } from 'node:http';
import { Role } from '../core/role.js';
import { mintToken } from '../auth/token.js';
import type { Config } from '../config/config.js';
import { clientAddressOf } from '../config/client-address.js';

/** Who the local pages act as: an analyst (personal data masked) at the README's demo agency. */
export const LOCAL_PAGE_USER = { subject: 'local-page-user', agencyOri: 'NY0303000', roles: [Role.ANALYST] };

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * A page gets a ready-made token only in local mode, so a new user can query at once:
 * never in production, only when tokens are HS256 with a local secret (no identity provider),
 * and only for a browser on this machine (a development server bound to 0.0.0.0 does not hand
 * tokens to the network; behind a proxy on this machine, TRUST_PROXY makes "this machine" the
 * forwarded client's address, not the proxy's). Everyone else pastes a token (`npm run token`, or their IdP's).
 */
export function mayMintLocalToken(config: Config, req: IncomingMessage): boolean {
  return config.NODE_ENV !== 'production' && !!config.AUTH_JWT_SECRET && !config.AUTH_JWKS_URL && LOOPBACK.test(clientAddressOf(config.TRUST_PROXY)(req));
}

export async function localPageToken(config: Config, req: IncomingMessage): Promise<string | null> {
  return mayMintLocalToken(config, req) ? mintToken(config, LOCAL_PAGE_USER, '8h') : null;
}

export function tokenNote(token: string | null): string {
  return token
    ? `Local mode: this page sends a token for an ANALYST at ${LOCAL_PAGE_USER.agencyOri} (personal data masked). ` +
        'For another role, mint one with `npm run token -- --role investigator` and paste it (GraphiQL: Headers tab, {"Authorization": "Bearer …"}).'
    : 'Paste a bearer token from your identity provider (or `npm run token` on a development machine). It is kept in this browser tab only (sessionStorage).';
}
