import 'reflect-metadata';
import { runAnalysis } from './analysis.job.js';
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
    const summary = await runAnalysis(db.gateway, say);
    say(
      `Analysis done in ${summary.durationMs} ms: ${summary.dealersScored} dealers scored, ${summary.networks} networks` +
        (summary.networksSkipped ? ` (networks skipped: ${summary.networksSkipped})` : ''),
    );
  });
} catch (error) {
  logger.fatal((error as Error).message);
  process.exitCode = 1;
}
