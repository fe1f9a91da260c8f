import 'reflect-metadata';
import { ANALYSIS_LOCK_WAIT_MS, runAnalysisExclusive } from './analysis.lock.js';
import { loadConfig } from '../config/config.js';
import { withMigratedDatabase } from '../db/cli-database.js';
import { createLogger } from '../core/logger.js';

/** `npm run analyze`: computes dealer risk and trafficking networks on the configured Neo4j and stores them. */
// A bad configuration is reported by withMigratedDatabase; the logger only needs a valid level.
const logger = createLogger(
  (() => {
    try {
      return loadConfig().LOG_LEVEL;
    } catch {
      return 'info';
    }
  })(),
);
const say = (m: string) => logger.info(m);
try {
  await withMigratedDatabase(say, async (db) => {
    // Single flight with the service processes on this Neo4j: waits for a run in progress.
    const run = await runAnalysisExclusive(db.gateway, say, { waitMs: ANALYSIS_LOCK_WAIT_MS });
    if (!run.ran) throw new Error(`The analysis job is still held by ${run.holder} (lease until ${run.leaseUntil}); try again later.`);
    const summary = run.summary;
    say(
      `Analysis done in ${summary.durationMs} ms: ${summary.dealersScored} dealers scored, ${summary.networks} networks` +
        (summary.networksSkipped ? ` (networks skipped: ${summary.networksSkipped})` : ''),
    );
  });
} catch (error) {
  logger.fatal((error as Error).message);
  process.exitCode = 1;
}
