import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { startLocalNeo4j } from './local-neo4j.js';

/** `npm run neo4j`: only the local Neo4j (for Neo4j Browser, cypher-shell or `npm run seed`), until Ctrl-C. */
try {
  const config = loadConfig();
  const neo4j = await startLocalNeo4j({
    home: path.resolve(config.LOCAL_NEO4J_HOME),
    port: config.LOCAL_NEO4J_BOLT_PORT,
    password: config.LOCAL_NEO4J_PASSWORD,
    heap: config.LOCAL_NEO4J_HEAP,
    pagecache: config.LOCAL_NEO4J_PAGECACHE,
    log: (m) => console.log(m),
  });
  console.log(`Neo4j is running at ${neo4j.uri} (user neo4j, password from LOCAL_NEO4J_PASSWORD). Ctrl-C stops it.`);
  const stop = async () => {
    console.log('Stopping Neo4j...');
    await neo4j.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message);
  process.exit(1);
}
