import { cypher, type Statement } from '../src/db/cypher.registry.js';
import type { Gateway } from '../src/db/gateway.js';
import { recordKey } from '../src/import/record.references.js';
import { RECORD_TYPES, type GraphRecord, type RecordType } from '../src/import/record.types.js';
import { tallyRecord } from './record-sink.js';

const EXPORT: Record<RecordType, Statement> = Object.fromEntries(RECORD_TYPES.map((t) => [t, cypher(`seed/export-${t}`)])) as Record<RecordType, Statement>;
export const graphCounts = cypher('seed/graph-counts');

/** The key the export statements take: the record's natural key, an association as its ordered pair of people. */
export function keyOf(record: GraphRecord): unknown {
  return record.type === 'association' ? { fromPersonId: record.fromPersonId, toPersonId: record.toPersonId } : recordKey(record);
}

/** What the export statement returns for a record that was written faithfully. */
export function expectedExport(record: GraphRecord): Record<string, unknown> {
  const counts: Record<string, number> = {};
  tallyRecord(record, counts);
  const links = Object.entries(counts)
    .filter(([k]) => k === k.toUpperCase() && k !== 'MADE_BY' && k !== 'INVESTIGATED_BY' && k !== 'CORRELATES')
    .reduce((a, [, v]) => a + v, 0);
  switch (record.type) {
    case 'firearm':
    case 'scene':
      return { ...record, linkCount: 1 };
    case 'casing':
      return { ...record, testFire: record.testFireOfFirearmId !== null, linkCount: links };
    case 'sale':
    case 'recovery':
    case 'trace':
    case 'theft':
      return { ...record, linkCount: links };
    case 'lead': {
      const { casingA, casingB, ...rest } = record;
      return { ...rest, casingIds: [casingA, casingB].sort(), linkCount: 2 };
    }
    default:
      return { ...record };
  }
}

/** Reads records back from the graph in import-record shape (absent keys are simply missing). */
export async function exportRecords(gateway: Gateway, type: RecordType, keys: unknown[]): Promise<Record<string, unknown>[]> {
  return gateway.read(EXPORT[type], { keys }, { operation: `verify:${type}` });
}

export interface Mismatch {
  type: RecordType;
  key: unknown;
  expected: Record<string, unknown> | null;
  actual: Record<string, unknown> | null;
}

/** Compares a batch of records with what the graph holds for their keys; returns every difference. */
export async function verifyBatch(gateway: Gateway, type: RecordType, records: GraphRecord[]): Promise<Mismatch[]> {
  const actual = await exportRecords(gateway, type, records.map(keyOf));
  const byKey = new Map(actual.map((row) => [stableKey(type, row), row]));
  const out: Mismatch[] = [];
  for (const record of records) {
    const expected = expectedExport(record);
    const got = byKey.get(stableKey(type, expected)) ?? null;
    if (!got || canonical(got) !== canonical(expected)) out.push({ type, key: keyOf(record), expected, actual: got });
  }
  return out;
}

function stableKey(type: RecordType, row: Record<string, unknown>): string {
  switch (type) {
    case 'manufacturer':
      return String(row.name);
    case 'agency':
      return String(row.ori);
    case 'ffl':
      return String(row.license);
    case 'casing':
      return String(row.evidenceId);
    case 'association':
      return `${row.fromPersonId}>${row.toPersonId}`;
    default:
      return String(row.id);
  }
}

/** JSON with sorted keys, so property order does not matter. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
