import type { Gateway } from '../db/gateway.js';
import { chronologyParts } from './chronology.check.js';
import { recordKey, type ReferencedType } from './record.references.js';
import type { GraphRecord, RecordType } from './record.types.js';
import { danglingReferences, type AcceptedKeys } from './reference.check.js';
import type { RejectWriter } from './reject.writer.js';

export interface Spooled {
  line: number;
  record: GraphRecord;
}

/**
 * Keeps the records of one batch whose references all resolve (to a record accepted earlier in
 * this import, or to a node already in the graph) and whose dates agree with the records they
 * depend on (chronology rules, one lookup for the batch: every earlier type is committed by now,
 * since types are written in dependency order). A rejected record is removed from `accepted`, so
 * records pointing at it are rejected too. `hold`: a correction whose only problems are with the
 * stored records depending on it may be held for a later check instead (importer.held.ts; it says
 * whether it took the record): a later type of the same file may move those records along.
 */
export async function acceptableRecords(
  gateway: Gateway,
  batch: Spooled[],
  accepted: Map<RecordType, AcceptedKeys>,
  inGraph: Map<ReferencedType, Set<string>>,
  rejects: RejectWriter,
  tally: (type: RecordType, field: 'accepted' | 'rejected') => void,
  agencyOri: string | null = null,
  hold: (s: Spooled) => boolean = () => false,
): Promise<Spooled[]> {
  const meta = { operation: 'import' };
  const dangling = await danglingReferences(
    gateway,
    batch.map((s) => s.record),
    accepted,
    inGraph,
    meta,
  );
  const { own, dependents } = await chronologyParts(
    gateway,
    batch.map((s) => s.record),
    [],
    meta,
    agencyOri,
  );
  const ok: Spooled[] = [];
  for (const [i, s] of batch.entries()) {
    const refs = dangling[i]!;
    const dates = refs.length ? [] : [...own[i]!, ...dependents[i]!];
    if (!refs.length && !dates.length) {
      ok.push(s);
      continue;
    }
    if (!refs.length && !own[i]!.length && hold(s)) continue;
    const key = recordKey(s.record);
    for (const ref of refs) {
      rejects.write({
        line: s.line,
        type: s.record.type,
        key,
        field: ref.field,
        reason: `refers to ${ref.to} ${ref.value}, which is neither in the graph nor accepted in this import`,
      });
    }
    for (const p of dates) rejects.write({ line: s.line, type: s.record.type, key, field: p.field, reason: p.reason });
    accepted.get(s.record.type)?.delete(key);
    tally(s.record.type, 'rejected');
  }
  return ok;
}

/** The reference problems of records already rejected for their fields (so the sender sees every problem at once). */
export async function referenceProblemsOfRejected(
  gateway: Gateway,
  partials: Array<{ line: number; fields: Record<string, unknown> }>,
  accepted: Map<RecordType, AcceptedKeys>,
  inGraph: Map<ReferencedType, Set<string>>,
  rejects: RejectWriter,
): Promise<void> {
  for (let i = 0; i < partials.length; i += 5_000) {
    const slice = partials.slice(i, i + 5_000);
    const dangling = await danglingReferences(
      gateway,
      slice.map((p) => p.fields as unknown as GraphRecord),
      accepted,
      inGraph,
      { operation: 'import' },
    );
    slice.forEach((p, j) => {
      for (const ref of dangling[j]!) {
        rejects.write({
          line: p.line,
          type: String(p.fields.type),
          key: null,
          field: ref.field,
          reason: `refers to ${ref.to} ${ref.value}, which is neither in the graph nor accepted in this import`,
        });
      }
    });
  }
}
