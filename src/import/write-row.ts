import type { GraphRecord } from './record.types.js';

/** The statement parameters for one record: the record itself minus its `type` tag. */
export function toWriteRow(record: GraphRecord): Record<string, unknown> {
  const { type: _type, ...row } = record;
  return row;
}
