import { cypher, type Statement } from '../db/cypher.registry.js';
import { RECORD_TYPES, type RecordType } from './record.types.js';

/**
 * One idempotent `UNWIND $rows … MERGE` statement per record type
 * (cypher/import/upsert-<type>.cypher), used by the importer and the seed loader alike.
 */
export const UPSERT: Record<RecordType, Statement> = Object.fromEntries(RECORD_TYPES.map((t) => [t, cypher(`import/upsert-${t}`)])) as Record<
  RecordType,
  Statement
>;
