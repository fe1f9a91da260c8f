import { cypher, statementsUnder, statementText } from '../db/cypher.registry.js';
import type { Gateway } from '../db/gateway.js';
import { migrate } from '../db/migrate.js';

const searchedRecordsCount = cypher('import/searched-records-count');
const forgetMigrations = cypher('system/migration-forget');
const dropIndex = cypher('system/index-drop');

/**
 * Accepted records from which a load into an empty graph builds the search indexes after its writes.
 * Below it the indexes' upkeep costs less than dropping and rebuilding them; at scale M (about
 * 300,000 records) it is a quarter of the write phase (bench/results/import-M-search-indexes-2026-12-06.md).
 */
export const BULK_LOAD_MIN_RECORDS = 100_000;

/** `auto`: defer on a bulk load into an empty graph; `defer`: whenever the graph is empty; `keep`: never. */
export type SearchIndexMode = 'auto' | 'defer' | 'keep';

export interface SearchIndexMigration {
  /** The migration's version (its file name under cypher/migrations/), as SchemaMigration records it. */
  version: string;
  /** The index it creates. */
  index: string;
  /** The label the index covers. */
  label: string;
}

const FULLTEXT = /CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS FOR \(\w+:(\w+)\)/;

/** The migrations that create the full-text indexes search reads (cypher/migrations/8xx-search-*). */
export function searchIndexMigrations(): SearchIndexMigration[] {
  return statementsUnder('migrations').flatMap((name) => {
    const m = FULLTEXT.exec(statementText(name));
    return m ? [{ version: name.replace(/^migrations\//, ''), index: m[1]!, label: m[2]! }] : [];
  });
}

/** Whether this import should build the search indexes after its writes rather than during them. */
export async function shouldDeferSearchIndexes(gateway: Gateway, mode: SearchIndexMode, acceptedRecords: number): Promise<boolean> {
  if (mode === 'keep' || (mode === 'auto' && acceptedRecords < BULK_LOAD_MIN_RECORDS)) return false;
  const [row] = await gateway.read<{ records: number }>(searchedRecordsCount, {}, { operation: 'import:search-indexes' });
  return (row?.records ?? 0) === 0;
}

/**
 * Drops the search indexes before a bulk load. Their migrations are forgotten first, so whatever
 * happens next (the load fails, the process is killed), the next migration run (every start of
 * the service or importer) builds them again: search is never left without its indexes.
 */
export async function dropSearchIndexes(gateway: Gateway): Promise<SearchIndexMigration[]> {
  const migrations = searchIndexMigrations();
  const meta = { operation: 'import:search-indexes' };
  await gateway.write(forgetMigrations, { versions: migrations.map((m) => m.version) }, meta);
  for (const m of migrations) await gateway.write(dropIndex, { name: m.index }, meta);
  return migrations;
}

/** Builds the dropped search indexes again (their migrations) and waits until they are online. */
export async function rebuildSearchIndexes(gateway: Gateway): Promise<void> {
  await migrate(gateway);
}
