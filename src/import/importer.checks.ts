import type { Gateway, TransactionReader } from '../db/gateway.js';
import { chronologyParts, chronologyPartsWith } from './chronology.check.js';
import { datedGun } from './gun-links.data.js';
import { rawKey } from './line.verdict.js';
import { recordKey, type ReferencedType } from './record.references.js';
import type { RecordProblem } from './record.rules.js';
import type { GraphRecord, RecordType } from './record.types.js';
import { danglingReferences, type AcceptedKeys } from './reference.check.js';
import type { RejectWriter } from './reject.writer.js';

export interface Spooled {
  line: number;
  record: GraphRecord;
  /** Set by the checks: it corrects a value other stored records depend on (written under the epoch's exclusive lock). */
  corrects?: boolean;
  /** Set by the checks for a sale or recovery whose gun the write holds: the count of the gun's records they read (gun-links.data.ts). */
  heldGunLinks?: number;
}

/** The guns the write of `records` holds, with the count of records their checks read (gun-links.data.ts). */
export function heldGunsOf(records: readonly Spooled[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of records) {
    const gun = datedGun(s.record);
    if (gun && s.heldGunLinks !== undefined) out.set(gun, s.heldGunLinks);
  }
  return out;
}

/** Marks what the checks found of a record that is written: a correction, and its held gun's count of records. */
function checked(s: Spooled, corrects: boolean | undefined, heldGuns: ReadonlyMap<string, number>): void {
  s.corrects = corrects;
  const gun = datedGun(s.record);
  if (gun) s.heldGunLinks = heldGuns.get(gun);
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
  hold: (s: Spooled, own: boolean) => boolean = () => false,
): Promise<Spooled[]> {
  const meta = { operation: 'import' };
  const dangling = await danglingReferences(
    gateway,
    batch.map((s) => s.record),
    accepted,
    inGraph,
    meta,
  );
  const { own, dependents, corrects, heldGuns } = await chronologyParts(
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
      checked(s, corrects[i], heldGuns);
      ok.push(s);
      continue;
    }
    if (!refs.length && hold(s, own[i]!.length > 0)) continue;
    refuse(s, refs, dates, accepted, rejects, tally);
  }
  return ok;
}

/**
 * The records a file import held (importer.held.ts), checked again once every type is written:
 * together, against the graph and each other, as `importRecords` checks one call. A record with a
 * problem is refused and the rest checked again without it, until the rest hold together, so nothing
 * is written on the strength of a record that is not. Each round removes at least one record.
 */
export async function acceptableTogether(
  gateway: Gateway,
  held: Spooled[],
  accepted: Map<RecordType, AcceptedKeys>,
  inGraph: Map<ReferencedType, Set<string>>,
  rejects: RejectWriter,
  tally: (type: RecordType, field: 'accepted' | 'rejected') => void,
  agencyOri: string | null = null,
): Promise<Spooled[]> {
  const meta = { operation: 'import' };
  const dangling = await danglingReferences(
    gateway,
    held.map((s) => s.record),
    accepted,
    inGraph,
    meta,
  );
  let rest = held.filter((s, i) => {
    if (!dangling[i]!.length) return true;
    refuse(s, dangling[i]!, [], accepted, rejects, tally);
    return false;
  });
  for (;;) {
    const records = rest.map((s) => s.record);
    const { own, dependents, corrects, heldGuns } = await chronologyParts(gateway, records, records, meta, agencyOri);
    const next = rest.filter((s, i) => {
      const dates = [...own[i]!, ...dependents[i]!];
      checked(s, corrects[i], heldGuns);
      if (!dates.length) return true;
      refuse(s, [], dates, accepted, rejects, tally);
      return false;
    });
    if (next.length === rest.length) return rest;
    rest = next;
  }
}

/**
 * Under the decision epoch's exclusive lock, in the write transaction of a batch with corrections: whether
 * they still keep every rule against the graph as it now is (a dependent another import wrote since the
 * check), checked as the batch was: `context` as the check had it (none for a file's batch, the call's
 * records for importRecords, the records held with them). Undefined when there are no corrections:
 * nothing to hold exclusively.
 */
export function correctionsHold(
  records: ReadonlyArray<{ record: GraphRecord; corrects?: boolean }>,
  context: ReadonlyArray<{ record: GraphRecord }>,
  agencyOri: string | null,
): ((run: TransactionReader) => Promise<boolean>) | undefined {
  const correcting = records.filter((s) => s.corrects).map((s) => s.record);
  if (!correcting.length) return undefined;
  return async (run) => {
    const { own, dependents } = await chronologyPartsWith(
      run,
      correcting,
      context.map((s) => s.record),
      agencyOri,
    );
    return own.every((p) => !p.length) && dependents.every((p) => !p.length);
  };
}

function refuse(
  s: Spooled,
  refs: ReadonlyArray<{ field: string; to: string; value: string }>,
  dates: readonly RecordProblem[],
  accepted: Map<RecordType, AcceptedKeys>,
  rejects: RejectWriter,
  tally: (type: RecordType, field: 'accepted' | 'rejected') => void,
): void {
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
          // The key as the record's other problem lines give it, so the sender finds all of them by it.
          key: rawKey(p.fields),
          field: ref.field,
          reason: `refers to ${ref.to} ${ref.value}, which is neither in the graph nor accepted in this import`,
        });
      }
    });
  }
}
