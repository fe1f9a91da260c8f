import 'reflect-metadata';
import { loadConfigOrExit } from './config/config.js';
import { loadCypher } from './db/cypher.registry.js';
import { connectDatabase, type Database } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { createLogger } from './core/logger.js';
import { RESPONSE_MARGIN_MS, startAppServer, type AppServer } from './server/http.server.js';
import { demoManifestPath, loadDemoDataIfEmpty } from '../seeds/demo.js';
import { warmUpSearch } from './search/search-warm-up.js';
import { prepareWebAssets } from './web/assets.js';

/** `npm start`: the whole service, on the local Neo4j unless NEO4J_URI says otherwise. */
async function main() {
  const config = loadConfigOrExit();
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
    // In order: no new requests, requests in flight answered (each within its deadline plus the
    // margin), then the driver, then Neo4j, so no request meets a closed pool or a stopped database.
    await step('HTTP server drained', () => app?.close(), config.REQUEST_TIMEOUT_MS + RESPONSE_MARGIN_MS + 5_000);
    say('HTTP server drained.');
    await step('driver closed', () => db?.gateway.close(), 10_000);
    // Neo4j checkpoints its store on the way down: that takes seconds. The supervisor stops
    // restarting it first, and waits for a restart under way.
    await step('Neo4j stopped', () => db?.supervisor?.stop(), 60_000);
    say('Stopped.');
    process.exit(0);
  };
  /** One shutdown step, bounded: a step that hangs must not keep the process (and its Neo4j) alive. */
  const step = async (done: string, work: () => Promise<unknown> | undefined, limitMs: number) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), limitMs)));
    try {
      const outcome = await Promise.race([Promise.resolve(work()).then(() => 'ok' as const), timeout]);
      if (outcome === 'timeout') logger.warn(`Shutdown step did not finish in ${limitMs / 1000} s: ${done}; going on.`);
      else logger.debug(done);
    } catch (error) {
      logger.error({ err: error }, `Shutdown step failed: ${done}`);
    } finally {
      clearTimeout(timer);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    say(config.embeddedNeo4j ? 'NEO4J_URI is unset: using the local Neo4j.' : `Using Neo4j at ${config.NEO4J_URI}.`);
    db = await connectDatabase(config, say);
    await migrate(db.gateway, say);
    if (config.SEED_DEMO_DATA) await loadDemoDataIfEmpty(db.gateway, say, demoManifestPath(config.LOCAL_NEO4J_HOME));
    // The chart page is served in every mode, GraphiQL outside production: build both bundles.
    await prepareWebAssets(say);
    // Before taking requests: on a Neo4j that has just started, searches are several times slower until its code is compiled.
    if (config.SEARCH_WARM_UP_SECONDS > 0) say(`Warming up search (up to ${config.SEARCH_WARM_UP_SECONDS} s; SEARCH_WARM_UP_SECONDS=0 skips it)...`);
    await warmUpSearch(db.gateway, config.SEARCH_WARM_UP_SECONDS, say);
    const supervisor = db.supervisor;
    app = await startAppServer({ config, gateway: db.gateway, logger, localNeo4j: supervisor && (() => supervisor.status()) }, config.HOST, config.PORT);
    say(`crimegun-graph ready: GraphQL and GraphiQL at ${app.url.replace('127.0.0.1', 'localhost')}`);
  } catch (error) {
    logger.fatal((error as Error).message);
    await db?.close().catch(() => {});
    process.exit(1);
  }
}

await main();
