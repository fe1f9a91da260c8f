import type { QueryMeta } from './gateway.js';

/**
 * Statements of the analysis job read or write the whole graph: they get a transaction timeout
 * of their own instead of the API's NEO4J_TX_TIMEOUT_MS (a cold JVM on a busy machine can take
 * seconds to plan a projection). ANALYSIS_TX_TIMEOUT_MS overrides; the server's own
 * db.transaction.timeout still applies.
 */
export const ANALYSIS_TX_TIMEOUT_MS = Number(process.env.ANALYSIS_TX_TIMEOUT_MS) || 300_000;

/**
 * Records per Bolt PULL for the analysis job's whole-label reads (driver default 1,000). Each PULL
 * after the first waits for the service's event loop, which person resolution keeps busy while
 * the other steps run beside it: at 1,000 a read of a million rows waited a thousand times.
 * ANALYSIS_FETCH_SIZE overrides.
 */
export const ANALYSIS_FETCH_SIZE = Number(process.env.ANALYSIS_FETCH_SIZE) || 20_000;

export const analysisMeta = (operation: string): QueryMeta => ({
  operation: `analysis:${operation}`,
  timeoutMs: ANALYSIS_TX_TIMEOUT_MS,
  fetchSize: ANALYSIS_FETCH_SIZE,
});
