import 'reflect-metadata';
import { withMigratedDatabase } from './cli-database.js';

/** `npm run db:migrate`: apply cypher/migrations to NEO4J_URI (or the local Neo4j) and exit. */
try {
  await withMigratedDatabase(
    (m) => console.log(m),
    async (_db, result) =>
      console.log(
        result.applied.length ? `Applied: ${result.applied.join(', ')}` : `Nothing to apply: all ${result.alreadyApplied} migrations were already applied.`,
      ),
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
