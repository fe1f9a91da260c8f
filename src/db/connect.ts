import path from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.js';
import type { Config } from '../config/config.js';
import { createDriver, Gateway } from './gateway.js';
import { recordNeo4jRestart, recordNeo4jUp } from '../telemetry/service-metrics.js';

export interface Database {
  gateway: Gateway;
  /** Present when this process started its own Neo4j (NEO4J_URI unset). */
  local?: LocalNeo4j;
  uri: string;
  close(): Promise<void>;
}

/** Connects to NEO4J_URI, or starts the local Neo4j when it is unset; waits until Bolt answers. */
export async function connectDatabase(config: Config, log: (m: string) => void): Promise<Database> {
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  let user = config.NEO4J_USER;
  let password = config.NEO4J_PASSWORD;
  let closing = false;
  const startLocal = async (): Promise<LocalNeo4j> => {
    const started = await startLocalNeo4j({
      home: path.resolve(config.LOCAL_NEO4J_HOME),
      port: config.LOCAL_NEO4J_BOLT_PORT,
      password: config.LOCAL_NEO4J_PASSWORD,
      heap: config.LOCAL_NEO4J_HEAP,
      pagecache: config.LOCAL_NEO4J_PAGECACHE,
      txTimeoutMs: Math.max(config.NEO4J_TX_TIMEOUT_MS, 60_000),
      log,
    });
    // A crashed local Neo4j is restarted; meanwhile requests get SERVICE_UNAVAILABLE and /readyz says 503.
    started.onUnexpectedExit((code) => {
      if (closing) return;
      recordNeo4jUp(false);
      log(`The local Neo4j exited unexpectedly (code ${code}); restarting it in 5 s...`);
      setTimeout(() => {
        if (closing) return;
        startLocal().then(
          (next) => {
            recordNeo4jRestart('started');
            local = next;
          },
          (error: Error) => {
            recordNeo4jRestart('failed');
            log(`Restarting the local Neo4j failed: ${error.message}`);
          },
        );
      }, 5_000);
    });
    return started;
  };
  if (!uri) {
    local = await startLocal();
    uri = local.uri;
    user = 'neo4j';
    password = config.LOCAL_NEO4J_PASSWORD;
  }
  const driver = createDriver(uri, user, password!);
  const gateway = new Gateway(driver, { database: config.NEO4J_DATABASE, txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS });
  const deadline = Date.now() + 60_000;
  while (!(await gateway.ping())) {
    if (Date.now() > deadline) {
      await gateway.close();
      await local?.stop();
      throw new Error(`Neo4j at ${uri} did not answer within 60 s (database "${config.NEO4J_DATABASE}"); check NEO4J_URI and credentials.`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return {
    gateway,
    uri,
    get local() {
      return local;
    },
    async close() {
      closing = true;
      await gateway.close();
      await local?.stop();
    },
  };
}
