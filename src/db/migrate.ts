import { cypher, statementsUnder, statementText, type Statement } from './cypher.registry.js';
import type { Gateway } from './gateway.js';

const applied = cypher('system/migrations-applied');
const record = cypher('system/migration-record');
const awaitIndexes = cypher('system/await-indexes');

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies cypher/migrations/*.cypher in file-name order, each once, recording its version
 * as a SchemaMigration node. Statements use IF NOT EXISTS, so a crash between applying and
 * recording is harmless: the next run applies again and changes nothing.
 */
export async function migrate(gateway: Gateway, log: (m: string) => void = () => {}): Promise<MigrationResult> {
  const done = new Set((await gateway.read<{ version: string }>(applied, {}, { operation: 'migrate' })).map((r) => r.version));
  const pending = statementsUnder('migrations').filter((name) => !done.has(versionOf(name)));
  for (const name of pending) {
    const statement: Statement = { name, text: statementText(name) };
    await gateway.write(statement, {}, { operation: 'migrate' });
    await gateway.write(record, { version: versionOf(name) }, { operation: 'migrate' });
  }
  if (pending.length) {
    await gateway.read(awaitIndexes, {}, { operation: 'migrate' });
    log(`Applied ${pending.length} schema migration(s); ${done.size} were already applied.`);
  }
  return { applied: pending.map(versionOf), alreadyApplied: done.size };
}

/** A migration's version as SchemaMigration records it: its file name under cypher/migrations/. */
export function versionOf(name: string): string {
  return name.replace(/^migrations\//, '');
}

/** The newest migration in cypher/, which /readyz compares with the graph's. */
export function latestMigration(): string | undefined {
  return statementsUnder('migrations').map(versionOf).at(-1);
}

export async function isMigrated(gateway: Gateway): Promise<boolean> {
  const latest = latestMigration();
  const done = await gateway.read<{ version: string }>(applied, {}, { operation: 'readyz' });
  return latest === undefined || done.some((r) => r.version === latest);
}
