import type { QueryMeta } from './gateway.js';

/**
 * Statements of the analysis job read or write the whole graph: they get a transaction timeout
 * of their own instead of the API's NEO4J_TX_TIMEOUT_MS (a cold JVM on a busy machine can take
 * seconds to plan a projection). ANALYSIS_TX_TIMEOUT_MS overrides; the server's own
 * db.transaction.timeout still applies.
 */
export const ANALYSIS_TX_TIMEOUT_MS = Number(process.env.ANALYSIS_TX_TIMEOUT_MS) || 300_000;

export const analysisMeta = (operation: string): QueryMeta => ({ operation: `analysis:${operation}`, timeoutMs: ANALYSIS_TX_TIMEOUT_MS });
