import { RECORD_TYPES, type GraphRecord, type RecordType } from '../src/import/record.types.js';

export { NODE_LABELS, tallyRecord } from '../src/import/record.tally.js';

export interface RecordBatch {
  type: RecordType;
  records: GraphRecord[];
}

/** Collects one stage's records and hands them out type by type in write order, in batches. */
export class RecordSink {
  private readonly byType = new Map<RecordType, GraphRecord[]>();

  add(record: GraphRecord): void {
    let list = this.byType.get(record.type);
    if (!list) this.byType.set(record.type, (list = []));
    list.push(record);
  }

  /** The records collected since the last drain (a later stage of the same chunk reads them). */
  pending(): GraphRecord[] {
    return [...this.byType.values()].flat();
  }

  *drain(batchSize: number): Generator<RecordBatch> {
    for (const type of RECORD_TYPES) {
      const list = this.byType.get(type);
      if (!list) continue;
      for (let i = 0; i < list.length; i += batchSize) yield { type, records: list.slice(i, i + batchSize) };
    }
    this.byType.clear();
  }
}
