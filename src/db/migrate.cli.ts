import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config.js';
import { connectDatabase } from './connect.js';
import { loadCypher } from './cypher.registry.js';
import { migrate } from './migrate.js';

/** `npm run db:migrate`: apply cypher/migrations to NEO4J_URI (or the local Neo4j) and exit. */
try {
  const config = loadConfig();
  loadCypher();
  const db = await connectDatabase(config, (m) => console.log(m));
  try {
    const result = await migrate(db.gateway, (m) => console.log(m));
    console.log(
      result.applied.length
        ? `Applied: ${result.applied.join(', ')}`
        : `Nothing to apply: all ${result.alreadyApplied} migrations were already applied.`,
    );
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message);
  process.exit(1);
}
