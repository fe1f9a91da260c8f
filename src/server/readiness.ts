import type { Gateway } from '../db/gateway.js';
import type { LocalNeo4jStatus } from '../db/local-supervisor.js';
import { isMigrated } from '../db/migrate.js';
import { withServiceDeadline } from '../db/service-deadline.js';

export interface Readiness {
  status: number;
  body: { ready: boolean; neo4j: boolean; migrations: boolean; stopping: boolean; localNeo4j?: LocalNeo4jStatus };
}

/**
 * /readyz: 200 when Neo4j answers within READINESS_TIMEOUT_MS and the migrations are applied,
 * else 503, and never slower than the timeout (a paused Neo4j accepts connections but never
 * answers). Probes share one ping in flight, so a load balancer polling a stalled Neo4j does not
 * pile up connections. The body names the local Neo4j's supervision state when there is one.
 */
export function readinessProbe(deps: { gateway: Gateway; timeoutMs: number; localNeo4j?: () => LocalNeo4jStatus; stopping: () => boolean }) {
  let pinging: Promise<boolean> | undefined;
  let migrated = false; // migrations never un-apply: one success is enough
  const ping = () => (pinging ??= deps.gateway.ping(deps.timeoutMs).finally(() => (pinging = undefined)));
  return async (): Promise<Readiness> => {
    const localNeo4j = deps.localNeo4j?.();
    const stopping = deps.stopping();
    const neo4j = stopping ? false : await ping();
    if (neo4j && !migrated) migrated = await withServiceDeadline(isMigrated(deps.gateway), deps.timeoutMs).catch(() => false);
    const ready = neo4j && migrated && !stopping;
    return { status: ready ? 200 : 503, body: { ready, neo4j, migrations: migrated, stopping, ...(localNeo4j ? { localNeo4j } : {}) } };
  };
}
