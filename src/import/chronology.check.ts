import type { Gateway, QueryMeta, Reader } from '../db/gateway.js';
import { addGraphFacts, addRecordFacts, chronologyProblems, emptyFacts, factKeys, type Facts } from './chronology.js';
import { correctsDependedValue, dependentProblems } from './chronology.dependents.js';
import { gunsToHold, type StoredGun } from './gun-links.data.js';
import { readStored, storedId, valuesWritten, type Stored } from './chronology.stored.js';
import { recordKey } from './record.references.js';
import { gatewayReader, readChronologyFacts } from './import.data.js';
import type { RecordProblem } from './record.rules.js';
import type { GraphRecord } from './record.types.js';

/** Facts from the graph, with each gun's first dates as stored (no record left out) and its count of records (gun-links.data.ts). */
export interface GraphFacts extends Facts {
  storedGuns: Map<string, StoredGun>;
}

/**
 * What the graph holds about the records `records` depend on: one statement for the whole batch.
 * `written` says which re-sent sales and recoveries will overwrite their stored values: only those
 * are left out of a gun's first sale and first recovery (a conflict keeps the stored value).
 * `leftGuns`: the guns re-pointed sales leave, looked up too (their first sale after the batch).
 */
export async function graphFacts(
  read: Reader,
  records: readonly GraphRecord[],
  written: (r: GraphRecord) => boolean = () => true,
  leftGuns: readonly string[] = [],
): Promise<GraphFacts> {
  const keys = factKeys(records.filter((r) => (r.type !== 'sale' && r.type !== 'recovery') || written(r)));
  // A conflicted sale or recovery still needs its references looked up.
  const all = factKeys(records);
  const facts: GraphFacts = { ...emptyFacts(), storedGuns: new Map() };
  const firearms = [...new Set([...all.firearms, ...leftGuns])];
  const lookup = { ...all, firearms, resentSales: keys.resentSales, resentRecoveries: keys.resentRecoveries };
  if (![lookup.firearms, lookup.persons, lookup.scenes, lookup.recoveries, lookup.casings].some((k) => k.length)) return facts;
  const row = await readChronologyFacts(read, lookup);
  if (!row) return facts;
  for (const f of row.firearms) {
    facts.firearms.set(f.key, { kind: f.kind, firstSoldOn: f.firstSoldOn, firstRecoveredOn: f.firstRecoveredOn });
    facts.storedGuns.set(f.key, { soldOn: f.storedSoldOn, recoveredOn: f.storedRecoveredOn, links: Number(f.storedLinks) });
  }
  for (const p of row.persons) facts.persons.set(p.key, p.value);
  for (const s of row.scenes) facts.scenes.set(s.key, s.value);
  for (const x of row.recoveries) {
    facts.recoveries.set(x.key, x.value);
    if (x.firearmId) facts.recoveryGuns.set(x.key, x.firearmId);
  }
  for (const c of row.casings) facts.casings.set(c.key, { recoveredAt: c.recoveredAt, submittedToNibinAt: c.submittedToNibinAt });
  return facts;
}

/**
 * Chronology problems of each record (same order as `records`), against `context` (records of the same
 * import not yet in the graph: the call's records for importRecords) and the graph, in two parts: each
 * record's own (against what it depends on) and its dependents' (the stored records depending on a
 * correction, chronology.dependents.ts), which a later part of the same file may still move along
 * (importer.held.ts). `agencyOri` is the submitting agency: a context record stands in for its stored
 * version only when its values will be written (chronology.stored.ts), so the API checks what the file
 * import checks (there every earlier type is committed before a later one is checked).
 */
export interface ChronologyParts {
  own: RecordProblem[][];
  dependents: RecordProblem[][];
  /** Whether each record corrects a value other stored records depend on (correctsDependedValue). */
  corrects: boolean[];
  /** The guns of the records' sales and recoveries the write holds, with the count of their records the checks read (gun-links.data.ts). */
  heldGuns: Map<string, number>;
}

export function chronologyParts(
  gateway: Gateway,
  records: readonly GraphRecord[],
  context: readonly GraphRecord[],
  meta: QueryMeta,
  agencyOri: string | null = null,
): Promise<ChronologyParts> {
  return chronologyPartsWith(gatewayReader(gateway, meta), records, context, agencyOri);
}

/** chronologyParts reading through `read` (an import's write transaction, checking its corrections under the lock). */
export async function chronologyPartsWith(
  read: Reader,
  records: readonly GraphRecord[],
  context: readonly GraphRecord[],
  agencyOri: string | null,
): Promise<ChronologyParts> {
  const stored: Stored = await readStored(read, [...records, ...context]);
  return partsAgainstStored(read, records, context, stored, (r) => valuesWritten(stored, r, agencyOri));
}

const joined = ({ own, dependents }: ChronologyParts): RecordProblem[][] => own.map((p, i) => [...p, ...dependents[i]!]);

/**
 * The rules of `chronologyParts` once the stored versions are known: `stored` holds the stored records
 * the batch re-sends and `written` says whose values will be written. A supervisor's decision on a
 * conflict (src/provenance/decision.check.ts) passes the decided record's stored version and writes it;
 * it reads through its own write transaction (`read`), an import through the gateway (chronologyParts).
 */
export async function checkAgainstStored(
  read: Reader,
  records: readonly GraphRecord[],
  context: readonly GraphRecord[],
  stored: Stored,
  written: (r: GraphRecord) => boolean,
): Promise<RecordProblem[][]> {
  return joined(await partsAgainstStored(read, records, context, stored, written));
}

async function partsAgainstStored(
  read: Reader,
  records: readonly GraphRecord[],
  context: readonly GraphRecord[],
  stored: Stored,
  written: (r: GraphRecord) => boolean,
): Promise<ChronologyParts> {
  // The gun a re-pointed sale leaves: its first retail sale after the batch (chronology.dependents.ts).
  const left = records.flatMap((r) => {
    const was = r.type === 'sale' && written(r) ? stored.get(storedId('sale', r.id))?.firearmId : null;
    return was && r.type === 'sale' && was !== r.firearmId ? [was] : [];
  });
  const fromGraph = await graphFacts(read, records, written, left);
  const facts = addGraphFacts(addRecordFacts(emptyFacts(), context.filter(written)), fromGraph);
  // A correction is checked from the corrected record to the stored records depending on it too;
  // dependents this batch writes are checked as its own records, against the corrected values.
  const batch = new Set([...records, ...context].filter(written).map((r) => storedId(r.type, recordKey(r))));
  const dependents = await dependentProblems(read, records, stored, written, facts, batch);
  // A correction of what is stored: a new sale counts only when the gun's recovery is in the graph, not
  // in the same call (new records of one call depend on nothing stored).
  const corrects = records.map((r) => correctsDependedValue(r, stored, written, fromGraph));
  const heldGuns = gunsToHold(records, fromGraph.storedGuns);
  return { own: records.map((r) => chronologyProblems(r, facts)), dependents, corrects, heldGuns };
}
