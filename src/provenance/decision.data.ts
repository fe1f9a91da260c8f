import { cypher } from '../db/cypher.registry.js';
import type { Reader } from '../db/gateway.js';
import type { RecordType } from '../import/record.types.js';
import type { ConflictSide } from './provenance.type.js';

const decisionRecord = cypher('provenance/decision-record');

/** The record a decision on a conflict writes to, with the side it keeps (decision.check.ts). */
export interface DecisionRow {
  recordType: RecordType;
  key: string;
  field: string;
  link: string | null;
  kept: unknown;
  /** The record's stored properties; null when the record is gone. */
  props: Record<string, unknown> | null;
  /** Its import links (a hit with its confirmation time). */
  links: Array<{ type: string; target: string; confirmedAt: string | null }>;
  /** The other conflicts the same send raised on the record, not yet decided this way, with the side they would keep. */
  siblings: Array<{ id: string; field: string; link: string | null; kept: unknown }>;
}

/**
 * The record of conflict `id` as the import's rules read it, with the side `keep` and the same send's other
 * conflicts on it; read in the decision's write transaction once decision-lock.cypher has locked the record
 * (`record`: its element id, null when the record is gone).
 */
export async function readDecisionRecord(read: Reader, id: string, record: string | null, keep: ConflictSide): Promise<DecisionRow | undefined> {
  return (await read<DecisionRow>(decisionRecord, { id, record, keep }))[0];
}
