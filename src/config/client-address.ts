import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** TRUST_PROXY, parsed: off, the number of proxy hops in front of the service, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

/** Named ranges proxy-addr knows besides addresses and CIDRs. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Reads TRUST_PROXY: `false` (or `0`, the default), a number of hops (1–10), or a comma-separated
 * list of proxy addresses, CIDRs and the names loopback, linklocal, uniquelocal. Returns the
 * problem as text for config validation. `true` (trust every hop) is refused on purpose: any
 * client could then name its own address in X-Forwarded-For.
 */
export function parseTrustProxy(value: string): { trust: TrustProxy } | { problem: string } {
  const v = value.trim();
  if (v === 'false' || v === '0') return { trust: false };
  if (v === 'true') return { problem: "true would trust every hop (any client could spoof its address); give a hop count or the proxies' addresses" };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return hops <= 10 ? { trust: hops } : { problem: 'at most 10 proxy hops' };
  }
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!list.length) return { problem: 'expected false, a hop count or proxy addresses/CIDRs' };
  try {
    // compile() throws on anything that is not an address, a CIDR or a named range.
    proxyAddr.compile(list);
  } catch (error) {
    return { problem: `not an IP address, CIDR or one of ${[...NAMED_RANGES].join(', ')} (${(error as Error).message})` };
  }
  return { trust: list };
}

/**
 * The address a request comes from, for the audit record and the per-address rate limit.
 * Off: the peer of the connection; X-Forwarded-For is ignored, so a client cannot name its own
 * address. Behind a proxy: proxy-addr walks X-Forwarded-For from the right, over the trusted
 * proxies only, and answers the first address it does not trust (the client as the outermost
 * trusted proxy saw it); entries a client wrote itself lie further left and are never reached.
 */
export function clientAddressOf(trust: TrustProxy): (req: IncomingMessage) => string {
  if (trust === false) return (req) => req.socket.remoteAddress ?? 'unknown';
  const trusted = typeof trust === 'number' ? (_addr: string, hop: number) => hop < trust : proxyAddr.compile(trust);
  return (req) => (req.socket.remoteAddress ? proxyAddr(req, trusted) : 'unknown');
}
