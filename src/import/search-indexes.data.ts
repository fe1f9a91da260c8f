import { cypher, statementsUnder, statementText } from '../db/cypher.registry.js';
import type { Gateway } from '../db/gateway.js';
import { migrate, versionOf } from '../db/migrate.js';

const searchedRecordsCount = cypher('import/searched-records-count');
const forgetMigrations = cypher('system/migration-forget');
const dropIndex = cypher('system/index-drop');

/**
 * Accepted records from which a load into an empty graph builds the search indexes after its writes.
 * At scale M (476,758 records) their upkeep is about a third of the write phase and rebuilding them
 * saves 15-17 % of the import (bench/results/import-M-bulk-search-indexes-2026-12-06.md). Smaller
 * loads were not measured: below this, an agency's file or a test's keeps search answering throughout.
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
    return m ? [{ version: versionOf(name), index: m[1]!, label: m[2]! }] : [];
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
export async function dropSearchIndexes(gateway: Gateway): Promise<void> {
  const migrations = searchIndexMigrations();
  const meta = { operation: 'import:search-indexes' };
  await gateway.write(forgetMigrations, { versions: migrations.map((m) => m.version) }, meta);
  // A Cypher statement holds one schema command: one DROP per index (eight).
  for (const m of migrations) await gateway.write(dropIndex, { name: m.index }, meta);
}

/** Builds the dropped search indexes again (their migrations) and waits until they are online. */
export async function rebuildSearchIndexes(gateway: Gateway): Promise<void> {
  await migrate(gateway);
}
