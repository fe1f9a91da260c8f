import path from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.js';
import type { Config } from '../config/config.js';
import { createDriver, Gateway } from './gateway.js';
import { LocalNeo4jSupervisor } from './local-supervisor.js';

export interface Database {
  gateway: Gateway;
  /** Present when this process started its own Neo4j (NEO4J_URI unset). */
  local?: LocalNeo4j;
  /** Keeps the local Neo4j running (restarts with backoff, forever); absent with NEO4J_URI. */
  supervisor?: LocalNeo4jSupervisor;
  uri: string;
  close(): Promise<void>;
}

/** Connects to NEO4J_URI, or starts the local Neo4j when it is unset; waits until Bolt answers. */
export async function connectDatabase(config: Config, log: (m: string) => void): Promise<Database> {
  let uri = config.NEO4J_URI;
  let user = config.NEO4J_USER;
  let password = config.NEO4J_PASSWORD;
  let supervisor: LocalNeo4jSupervisor | undefined;
  if (!uri) {
    // A crashed local Neo4j is restarted, with backoff and forever; meanwhile requests get
    // SERVICE_UNAVAILABLE and /readyz says 503 with the supervisor's state.
    supervisor = new LocalNeo4jSupervisor({
      start: () =>
        startLocalNeo4j({
          home: path.resolve(config.LOCAL_NEO4J_HOME),
          port: config.LOCAL_NEO4J_BOLT_PORT,
          password: config.LOCAL_NEO4J_PASSWORD,
          heap: config.LOCAL_NEO4J_HEAP,
          pagecache: config.LOCAL_NEO4J_PAGECACHE,
          txTimeoutMs: Math.max(config.NEO4J_TX_TIMEOUT_MS, 60_000),
          log,
        }),
      log,
      minBackoffMs: config.LOCAL_NEO4J_RESTART_MIN_MS,
      maxBackoffMs: Math.max(config.LOCAL_NEO4J_RESTART_MIN_MS, config.LOCAL_NEO4J_RESTART_MAX_MS),
    });
    uri = (await supervisor.start()).uri;
    user = 'neo4j';
    password = config.LOCAL_NEO4J_PASSWORD;
  }
  const driver = createDriver(uri, user, password!);
  const gateway = new Gateway(driver, { database: config.NEO4J_DATABASE, txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS });
  const deadline = Date.now() + 60_000;
  while (!(await gateway.ping())) {
    if (Date.now() > deadline) {
      await gateway.close();
      await supervisor?.stop();
      throw new Error(`Neo4j at ${uri} did not answer within 60 s (database "${config.NEO4J_DATABASE}"); check NEO4J_URI and credentials.`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return {
    gateway,
    uri,
    supervisor,
    get local() {
      return supervisor?.current;
    },
    async close() {
      await gateway.close();
      await supervisor?.stop();
    },
  };
}
