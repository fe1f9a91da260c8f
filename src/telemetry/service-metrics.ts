import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The service's own Prometheus metrics (prom-client), one registry per process, scraped at
 * /metrics (src/telemetry/metrics.route.ts). This module imports nothing of the service, so
 * every layer may record into it (the gateway, the audit trail, the analysis job, the server).
 * Labels are bounded on purpose: a label value chosen by a client (the operation name) is
 * capped (see boundedOperation), since every distinct value is a new time series.
 */
export const registry = new Registry();
registry.setDefaultLabels({ service: 'crimegun-graph' });
// Process CPU, resident memory, heap, event-loop lag, open handles: the soak checks these.
collectDefaultMetrics({ register: registry, prefix: 'crimegun_' });

/** Latency buckets (seconds) from a 1 ms index seek to a 30 s request deadline. */
const LATENCY = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const requestDuration = new Histogram({
  name: 'crimegun_graphql_request_duration_seconds',
  help: 'GraphQL requests over HTTP, from Apollo receiving them to the answer, by operation name, operation type and outcome (ok, or the first error code).',
  labelNames: ['operation', 'type', 'outcome'],
  buckets: LATENCY,
  registers: [registry],
});

export const statementDuration = new Histogram({
  name: 'crimegun_cypher_statement_duration_seconds',
  help: 'Cypher statements run through the gateway, by statement file (cypher/<name>.cypher), access mode and outcome (ok, or the mapped error code).',
  labelNames: ['statement', 'mode', 'outcome'],
  buckets: LATENCY,
  registers: [registry],
});

export const sessionsInUse = new Gauge({
  name: 'crimegun_neo4j_sessions_in_use',
  help: 'Driver sessions open right now: each holds one pooled Bolt connection while its transaction runs (compare with crimegun_neo4j_pool_max).',
  registers: [registry],
});

export const poolMax = new Gauge({
  name: 'crimegun_neo4j_pool_max',
  help: 'maxConnectionPoolSize of the Neo4j driver.',
  registers: [registry],
});

export const neo4jUp = new Gauge({
  name: 'crimegun_neo4j_up',
  help: '1 when the last contact with Neo4j (a statement, the readiness ping, the supervisor) succeeded, 0 when Neo4j was unreachable.',
  registers: [registry],
});

export const neo4jRestarts = new Counter({
  name: 'crimegun_neo4j_restarts_total',
  help: 'Restarts of the local Neo4j by this process, by outcome (started, failed).',
  labelNames: ['outcome'],
  registers: [registry],
});

export const writeRetries = new Counter({
  name: 'crimegun_write_retries_total',
  help: 'Write transactions run again, by writer (import, seed, importRecords) and reason (busy: Neo4j rolled back a deadlock; create-race: another writer created the same new record first; checked-again: a decision, a correction or another import changed what an import checked, so it wrote nothing and checks again, or gives up after five runs).',
  labelNames: ['writer', 'reason'],
  registers: [registry],
});

export const auditWrites = new Counter({
  name: 'crimegun_audit_writes_total',
  help: "Audit records written, by where (in the write's own transaction, or after the answer) and outcome (stored, failed).",
  labelNames: ['where', 'outcome'],
  registers: [registry],
});

export const analysisRuns = new Counter({
  name: 'crimegun_analysis_runs_total',
  help: 'Analysis job runs started by this process, by outcome (ok, failed, busy: another process held the analysis lock).',
  labelNames: ['outcome'],
  registers: [registry],
});

export const analysisDuration = new Histogram({
  name: 'crimegun_analysis_duration_seconds',
  help: 'Duration of analysis job runs by this process, by outcome.',
  labelNames: ['outcome'],
  buckets: [1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200],
  registers: [registry],
});

export const subscriptionEvents = new Counter({
  name: 'crimegun_subscription_events_total',
  help: 'Lead events sent to subscribers, by outcome (delivered, withheld: its audit record could not be stored).',
  labelNames: ['outcome'],
  registers: [registry],
});

/** Most distinct operation names kept as label values; later new names are counted as "other". */
export const MAX_OPERATION_LABELS = 200;
const operations = new Set<string>();

/** The operation name as a label: truncated, and "other" once MAX_OPERATION_LABELS names are in use. */
export function boundedOperation(name: string | null | undefined): string {
  const value = (name || 'anonymous').slice(0, 64);
  if (operations.has(value)) return value;
  if (operations.size >= MAX_OPERATION_LABELS) return 'other';
  operations.add(value);
  return value;
}

/** Called by whoever supervises the local Neo4j: reachability as it last saw it. */
export function recordNeo4jUp(up: boolean): void {
  neo4jUp.set(up ? 1 : 0);
}

/** Called by whoever supervises the local Neo4j, after each restart attempt. */
export function recordNeo4jRestart(outcome: 'started' | 'failed'): void {
  neo4jRestarts.inc({ outcome });
}

type SubscriptionCounts = { connections: number; subscriptions: number };
const subscriptionSources = new Set<() => SubscriptionCounts>();
const sum = (key: keyof SubscriptionCounts) => [...subscriptionSources].reduce((total, read) => total + read()[key], 0);

/**
 * Subscription counts are read from each WebSocket server when scraped, so the gauges cannot
 * drift from what is open. Returns the function that unregisters the server (on close).
 */
export function addSubscriptionSource(read: () => SubscriptionCounts): () => void {
  subscriptionSources.add(read);
  return () => subscriptionSources.delete(read);
}

new Gauge({
  name: 'crimegun_subscription_connections',
  help: 'Open graphql-ws connections (authenticated).',
  registers: [registry],
  collect() {
    this.set(sum('connections'));
  },
});

new Gauge({
  name: 'crimegun_subscriptions_active',
  help: 'Subscriptions running on open graphql-ws connections.',
  registers: [registry],
  collect() {
    this.set(sum('subscriptions'));
  },
});
