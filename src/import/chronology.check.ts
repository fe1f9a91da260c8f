import { cypher } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta } from '../db/gateway.js';
import { addGraphFacts, addRecordFacts, chronologyProblems, emptyFacts, factKeys, type CasingFacts, type Facts } from './chronology.js';
import type { RecordProblem } from './record.rules.js';
import type { GraphRecord } from './record.types.js';

const chronologyFacts = cypher('import/chronology-facts');

interface FactsRow {
  firearms: Array<{ key: string; kind: string | null; firstSoldOn: string | null; firstRecoveredOn: string | null }>;
  persons: Array<{ key: string; value: string }>;
  scenes: Array<{ key: string; value: string }>;
  recoveries: Array<{ key: string; value: string }>;
  casings: Array<{ key: string } & CasingFacts>;
}

/** What the graph holds about the records `records` depend on: one statement for the whole batch. */
export async function graphFacts(gateway: Gateway, records: readonly GraphRecord[], meta: QueryMeta): Promise<Facts> {
  const keys = factKeys(records);
  const facts = emptyFacts();
  if (!Object.values(keys).some((k) => k.length)) return facts;
  const [row] = await gateway.read<FactsRow>(chronologyFacts, keys, { ...meta, operation: `${meta.operation ?? 'import'}:check-chronology` });
  if (!row) return facts;
  for (const f of row.firearms) facts.firearms.set(f.key, { kind: f.kind, firstSoldOn: f.firstSoldOn, firstRecoveredOn: f.firstRecoveredOn });
  for (const p of row.persons) facts.persons.set(p.key, p.value);
  for (const s of row.scenes) facts.scenes.set(s.key, s.value);
  for (const x of row.recoveries) facts.recoveries.set(x.key, x.value);
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
