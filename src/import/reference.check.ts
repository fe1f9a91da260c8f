import type { Gateway, QueryMeta } from '../db/gateway.js';
import { existingKeys } from './import.data.js';
import { REFERENCED_TYPES, REFERENCES, type ReferencedType } from './record.references.js';
import type { GraphRecord, RecordType } from './record.types.js';

/** A reference of a record that points at nothing: the field, the type it names and the key. */
export interface DanglingReference {
  field: string;
  to: ReferencedType;
  value: string;
}

/** The keys of one type accepted so far in an import: a set, or a map from key to the line it came from. */
export interface AcceptedKeys {
  has(key: string): boolean;
  delete(key: string): boolean;
  readonly size: number;
}

/** One empty key set per referenced type: what a caller has found in the graph so far. */
export const emptyKeySets = () => new Map<ReferencedType, Set<string>>(REFERENCED_TYPES.map((t) => [t, new Set<string>()]));

/**
 * The references of each record (same order as `records`) that resolve neither to a record of
 * the same import (`accepted`, keys per type) nor to a node already in the graph. The upsert
 * statements MATCH what they link to, so a dangling reference would silently drop the record:
 * both the file importer and the importRecords mutation reject it first. Keys found in the
 * graph are added to `inGraph`, so a long import asks about each key once.
 */
export async function danglingReferences(
  gateway: Gateway,
  records: GraphRecord[],
  accepted: Map<RecordType, AcceptedKeys>,
  inGraph: Map<ReferencedType, Set<string>>,
  meta: QueryMeta,
): Promise<DanglingReference[][]> {
  const known = (to: ReferencedType, value: string) => accepted.get(to)?.has(value) || inGraph.get(to)!.has(value);
  const refsOf = (record: GraphRecord): DanglingReference[] =>
    (REFERENCES[record.type] ?? []).flatMap((ref) => {
      const value = (record as unknown as Record<string, unknown>)[ref.field];
      return typeof value === 'string' && !known(ref.to, value) ? [{ field: ref.field, to: ref.to, value }] : [];
    });
  const unknown = new Map<ReferencedType, Set<string>>();
  for (const record of records) {
    for (const ref of refsOf(record)) {
      let set = unknown.get(ref.to);
      if (!set) unknown.set(ref.to, (set = new Set()));
      set.add(ref.value);
    }
  }
  for (const [to, keys] of unknown) {
    for (const key of await existingKeys(gateway, to, [...keys], meta)) inGraph.get(to)!.add(key);
  }
  return records.map(refsOf);
}
