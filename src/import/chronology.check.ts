import type { Gateway, QueryMeta } from '../db/gateway.js';
import { addGraphFacts, addRecordFacts, chronologyProblems, emptyFacts, factKeys, type Facts } from './chronology.js';
import { readChronologyFacts } from './import.data.js';
import type { RecordProblem } from './record.rules.js';
import type { GraphRecord } from './record.types.js';

/** What the graph holds about the records `records` depend on: one statement for the whole batch. */
export async function graphFacts(gateway: Gateway, records: readonly GraphRecord[], meta: QueryMeta): Promise<Facts> {
  const keys = factKeys(records);
  const facts = emptyFacts();
  if (![keys.firearms, keys.persons, keys.scenes, keys.recoveries, keys.casings].some((k) => k.length)) return facts;
  const row = await readChronologyFacts(gateway, keys, meta);
  if (!row) return facts;
  for (const f of row.firearms) facts.firearms.set(f.key, { kind: f.kind, firstSoldOn: f.firstSoldOn, firstRecoveredOn: f.firstRecoveredOn });
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
 * Chronology problems of each record (same order as `records`), against `context` (records of
 * the same import not yet in the graph: the call's records for importRecords) and the graph.
 */
export async function chronologyCheck(
  gateway: Gateway,
  records: readonly GraphRecord[],
  context: readonly GraphRecord[],
  meta: QueryMeta,
): Promise<RecordProblem[][]> {
  const facts = addGraphFacts(addRecordFacts(emptyFacts(), context), await graphFacts(gateway, records, meta));
  return records.map((r) => chronologyProblems(r, facts));
}
