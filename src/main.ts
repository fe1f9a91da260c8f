import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { loadCypher } from './db/cypher.registry.js';
import { connectDatabase, type Database } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { createLogger } from './server/logger.js';
import { startAppServer, type AppServer } from './server/http.server.js';
import { appPlugins } from './server/plugins.js';
import { loadDemoDataIfEmpty } from '../seeds/demo.js';
import { prepareWebAssets } from './web/assets.js';

/** `npm start`: the whole service, on the local Neo4j unless NEO4J_URI says otherwise. */
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
  let app: AppServer | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: stopping (draining requests, closing Neo4j)...`);
    await app?.close().catch((e) => logger.error({ err: e }, 'closing the HTTP server failed'));
    await db?.close().catch((e) => logger.error({ err: e }, 'closing Neo4j failed'));
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    say(config.embeddedNeo4j ? 'NEO4J_URI is unset: using the local Neo4j.' : `Using Neo4j at ${config.NEO4J_URI}.`);
    db = await connectDatabase(config, say);
    await migrate(db.gateway, say);
    if (config.SEED_DEMO_DATA) await loadDemoDataIfEmpty(db.gateway, say);
    if (config.graphiql) await prepareWebAssets(say);
    app = await startAppServer({ config, gateway: db.gateway, logger, plugins: appPlugins(config, db.gateway, logger) }, config.HOST, config.PORT);
    say(`crimegun-graph ready: GraphQL and GraphiQL at ${app.url.replace('127.0.0.1', 'localhost')}`);
  } catch (error) {
    logger.fatal((error as Error).message);
    await db?.close().catch(() => {});
    process.exit(1);
  }
}

await main();
