import { DatabaseBusyError } from '../errors/neo4j-error.map.js';

/** Neo4j answered "busy" (a deadlock, a momentarily exhausted lock or memory pool) and rolled the transaction back. */
export const isDatabaseBusy = (error: unknown): error is DatabaseBusyError => error instanceof DatabaseBusyError;

export interface TransientRetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** Wait before the second try; doubled each time, with up to 50 % random jitter. */
  firstDelayMs?: number;
  /**
   * Which errors earn another try; `attempt` is the try that just failed (from 1). Default: Neo4j
   * answered busy. A caller with another error that a fresh run of the same idempotent work can
   * outlast (e.g. a uniqueness-constraint race between two writers) adds it here.
   */
  retryWhen?: (error: unknown, attempt: number) => boolean;
  /** Told about each retry (the log, a metric), before the wait. */
  onRetry?: (attempt: number, error: unknown) => void;
  /** Waits between tries (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs `work` again when it fails with an error worth another try (by default Neo4j answering
 * "busy": Neo4j rolled the transaction back, and its own guidance is to retry it). The driver
 * already retries for a few seconds, short enough for an API request's deadline; a bulk writer
 * (the importer, the seed loader) has no such deadline and two of its in-flight batches can
 * deadlock on shared nodes (a dealer, an agency), so it retries longer, with jittered backoff so
 * the two do not collide again. Only for idempotent work (MERGE on natural keys). Any other
 * error, or the last retryable one, is thrown.
 */
export async function retryTransient<T>(work: () => Promise<T>, options: TransientRetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 6);
  const retryWhen = options.retryWhen ?? isDatabaseBusy;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let delay = options.firstDelayMs ?? 250;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !retryWhen(error, attempt)) throw error;
      options.onRetry?.(attempt, error);
      await sleep(delay * (1 + Math.random() / 2));
      delay *= 2;
    }
  }
}
