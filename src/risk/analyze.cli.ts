import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config.js';
import { loadCypher } from '../db/cypher.registry.js';
import { connectDatabase, type Database } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { runAnalysis } from '../analysis/analysis.job.js';
import { createLogger } from '../server/logger.js';

/** `npm run analyze`: computes dealer risk and trafficking networks on the configured Neo4j and stores them. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const say = (m: string) => logger.info(m);
  loadCypher();
  let db: Database | undefined;
  try {
    db = await connectDatabase(config, say);
    await migrate(db.gateway, say);
    const summary = await runAnalysis(db.gateway, say);
    say(`Analysis done in ${summary.durationMs} ms: ${summary.dealersScored} dealers scored, ${summary.networks} networks` +
      (summary.networksSkipped ? ` (networks skipped: ${summary.networksSkipped})` : ''));
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exitCode = 1;
  } finally {
    await db?.close().catch(() => {});
  }
}

await main();
