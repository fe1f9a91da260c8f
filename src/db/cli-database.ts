import { loadConfigOrExit } from '../config/config.js';
import { connectDatabase, type Database } from './connect.js';
import { loadCypher } from './cypher.registry.js';
import { migrate, type MigrationResult } from './migrate.js';

/**
 * What every command-line tool (migrate, seed, import, analyze) does around its own work:
 * validated configuration (a bad value prints one line per problem and exits 1, never a stack
 * trace), the Cypher statements, the database (NEO4J_URI or the local Neo4j), migrations applied,
 * then the work, and the database closed whatever happens.
 */
export async function withMigratedDatabase<T>(log: (m: string) => void, work: (db: Database, migration: MigrationResult) => Promise<T>): Promise<T> {
  const config = loadConfigOrExit();
  loadCypher();
  const db = await connectDatabase(config, log);
  try {
    return await work(db, await migrate(db.gateway, log));
  } finally {
    await db.close();
  }
}
