import { cypher } from './cypher.registry.js';
import type { Gateway, QueryMeta } from './gateway.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

const gdsProcedures = cypher('network/gds-procedures');

/**
 * The GDS procedures the service calls (GDS open edition 2.x names): the network analysis
 * (mutate, then read back) and link-chart centrality (stream). GDS counts as available when
 * all of them are there.
 */
export const GDS_PROCEDURES: readonly string[] = [
  'gds.graph.project',
  'gds.wcc.mutate',
  'gds.louvain.mutate',
  'gds.pageRank.mutate',
  'gds.betweenness.mutate',
  'gds.graph.nodeProperties.stream',
  'gds.graph.drop',
  'gds.pageRank.stream',
  'gds.betweenness.stream',
];

export interface GdsStatus {
  available: boolean;
  missing: string[];
}

/**
 * Whether the connected Neo4j has Graph Data Science (some hosted tiers do not). Looks the
 * procedures up in the catalogue (SHOW PROCEDURES) rather than calling one, and remembers the
 * answer for a minute per gateway so network queries do not pay a statement each. The list of
 * procedures is a constructor argument: a probe naming one that no release has is how the
 * tests exercise the no-GDS path against the real database.
 */
export class GdsProbe {
  private readonly cache = new WeakMap<Gateway, { at: number; status: GdsStatus }>();

  constructor(
    readonly procedures: readonly string[] = GDS_PROCEDURES,
    private readonly ttlMs = 60_000,
  ) {}

  async status(gateway: Gateway, meta: QueryMeta = {}): Promise<GdsStatus> {
    const hit = this.cache.get(gateway);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.status;
    const [row] = await gateway.read<{ found: string[] }>(gdsProcedures, { names: [...this.procedures] }, meta);
    const found = new Set(row?.found ?? []);
    const missing = this.procedures.filter((p) => !found.has(p));
    const status = { available: missing.length === 0, missing };
    this.cache.set(gateway, { at: Date.now(), status });
    return status;
  }

  /** Throws GDS_UNAVAILABLE (with the missing procedures and what is unavailable) when GDS is not there. */
  async require(gateway: Gateway, meta: QueryMeta = {}, unavailable = NETWORKS_NEED_GDS): Promise<void> {
    const status = await this.status(gateway, meta);
    if (!status.available) throw gdsUnavailable(status.missing, unavailable);
  }
}

const NETWORKS_NEED_GDS = 'trafficking networks are unavailable. Dealer risk and every other query keep working.';

/** `unavailable` says what the caller cannot have and what still works. */
export function gdsUnavailable(missing: string[], unavailable = NETWORKS_NEED_GDS): AppError {
  return new AppError(ErrorCode.GDS_UNAVAILABLE, `The connected Neo4j has no Graph Data Science library (or lacks procedures it needs); ${unavailable}`, {
    missingProcedures: missing,
  });
}

let current = new GdsProbe();

/** The probe the API and the analysis job use. */
export const gdsProbe = (): GdsProbe => current;

/** Replaces the probe (tests point it at a procedure that does not exist); returns the previous one. */
export function setGdsProbe(probe: GdsProbe): GdsProbe {
  const previous = current;
  current = probe;
  return previous;
}

/** For a request: whether GDS is there (cached per gateway), so resolvers need not touch the gateway. */
export const gdsStatusFor = (ctx: { gateway: Gateway; meta: QueryMeta }): Promise<GdsStatus> => gdsProbe().status(ctx.gateway, ctx.meta);
/** For a request: GDS_UNAVAILABLE (naming the missing procedures) unless GDS is there. */
export const requireGdsFor = (ctx: { gateway: Gateway; meta: QueryMeta }): Promise<void> => gdsProbe().require(ctx.gateway, ctx.meta);
