import type { Reader } from '../db/gateway.js';
import { readChronologyStored } from './import.data.js';
import { recordKey } from './record.references.js';
import type { GraphRecord } from './record.types.js';

/**
 * A batch's records that are already stored: who wrote their values, who owns them, and the stored
 * values the chronology rules read (cypher/import/chronology-stored.cypher, one statement per batch).
 * docs/import.md, Chronology: a batch record stands in for the stored one only when its values will
 * be written; a record another agency sends with other values becomes a conflict and the stored
 * value stays, so that is what the records depending on it are checked against.
 */
export interface StoredRecord {
  type: StoredType;
  key: string;
  valueSourceOri: string | null;
  ownerOri: string | null;
  kind?: string | null;
  dateOfBirth?: string | null;
  occurredAt?: string | null;
  recoveredOn?: string | null;
  soldOn?: string | null;
  /** A recovery's or a sale's gun. */
  firearmId?: string | null;
  recoveredAt?: string | null;
  submittedToNibinAt?: string | null;
}
/** Stored records by `type:key`. */
export type Stored = ReadonlyMap<string, StoredRecord>;

/** The record types other records' chronology depends on. */
const STORED_TYPES = ['firearm', 'person', 'scene', 'recovery', 'casing', 'sale'] as const;
export type StoredType = (typeof STORED_TYPES)[number];
const PARAM: Record<StoredType, string> = {
  firearm: 'firearms',
  person: 'persons',
  scene: 'scenes',
  recovery: 'recoveries',
  casing: 'casings',
  sale: 'sales',
};

export const storedId = (type: string, key: string) => `${type}:${key}`;
const isStoredType = (t: string): t is StoredType => (STORED_TYPES as readonly string[]).includes(t);

/** The stored versions of `records` (of the types others depend on): one statement. */
export async function readStored(read: Reader, records: readonly GraphRecord[]): Promise<Stored> {
  const keys = Object.fromEntries(STORED_TYPES.map((t) => [PARAM[t], new Set<string>()])) as Record<string, Set<string>>;
  for (const r of records) if (isStoredType(r.type)) keys[PARAM[r.type]]!.add(recordKey(r));
  const out = new Map<string, StoredRecord>();
  if (!Object.values(keys).some((k) => k.size)) return out;
  const params = Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, [...v]]));
  for (const s of await readChronologyStored<StoredRecord>(read, params)) out.set(storedId(s.type, s.key), s);
  return out;
}

/**
 * `r` as the stored record the chronology rules read, for a record read whole from the graph (a
 * supervisor's decision on a conflict: src/provenance/decision.check.ts); `valueSourceOri` and `ownerOri`
 * are left empty, since the decision is written whoever holds the record's values.
 */
export function storedOf(r: GraphRecord): StoredRecord | null {
  if (!isStoredType(r.type)) return null;
  const s: StoredRecord = { type: r.type, key: recordKey(r), valueSourceOri: null, ownerOri: null };
  switch (r.type) {
    case 'firearm':
      return { ...s, kind: r.kind };
    case 'person':
      return { ...s, dateOfBirth: r.dateOfBirth };
    case 'scene':
      return { ...s, occurredAt: r.occurredAt };
    case 'recovery':
      return { ...s, recoveredOn: r.recoveredOn, firearmId: r.firearmId };
    case 'casing':
      return { ...s, recoveredAt: r.recoveredAt, submittedToNibinAt: r.submittedToNibinAt };
    case 'sale':
      return { ...s, soldOn: r.soldOn, firearmId: r.firearmId };
    default:
      return s;
  }
}

/**
 * Whether `r`'s values will be written, by the rule of the upserts (docs/import.md, Conflicts): a
 * new record, or one sent by the agency whose values it holds, or by its owning agency. Otherwise
 * the first-written values stay and the incoming ones become an open conflict.
 */
export function valuesWritten(stored: Stored, r: GraphRecord, agencyOri: string | null): boolean {
  const s = stored.get(storedId(r.type, recordKey(r)));
  return !s || (s.valueSourceOri ?? '') === (agencyOri ?? '') || (s.ownerOri !== null && s.ownerOri === agencyOri);
}
