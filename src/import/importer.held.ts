import type { ImportCheckpoint } from './import.checkpoint.js';
import type { Spooled } from './importer.checks.js';
import { REFERENCED_TYPES } from './record.references.js';
import { RECORD_TYPES, type RecordType } from './record.types.js';
import type { AcceptedKeys } from './reference.check.js';
import { writeAsChecked } from './decision-epoch.data.js';

/** At most this many records are held in memory; past it a correction is refused at once, as before. */
const HOLD_LIMIT = 10_000;

/**
 * Corrections a file import holds for a second check (docs/import.md, Chronology: "Checked from both
 * ends"). A file is written type by type, so a correction that moves a recovery past its stored
 * trace's request is checked before the file's own trace line, which may move the request along, is
 * read. A correction whose only problems are with the stored records depending on it is therefore
 * held while a later type of the same file still has records to write. Once something is held, a
 * later record whose own problems are with the records it depends on is held too (a trace whose new
 * time-to-crime disagrees with the stored sale date a held sale corrects), provided no record refers
 * to its type, so refusing it later leaves no reference dangling. Once every type is written, the held
 * records are checked again together, against the graph and each other, as `importRecords` checks one
 * call (importer.checks.ts, acceptableTogether): only a set that holds together is written, and a
 * record refused names the problems of that check. A held line the checkpoint has passed is kept in
 * the checkpoint (`heldLines`), so a run resumed after an interruption checks it again instead of
 * counting it written.
 */
export class HeldCorrections {
  private readonly held = new Map<RecordType, Spooled[]>();
  private readonly earlier: Map<RecordType, Set<number>>;
  private count = 0;

  constructor(
    private readonly checkpoint: ImportCheckpoint,
    private readonly accepted: Map<RecordType, AcceptedKeys>,
  ) {
    this.earlier = new Map(Object.entries(checkpoint.heldLines ?? {}).map(([t, lines]) => [t as RecordType, new Set(lines)]));
  }

  /** Whether an earlier run of this file held the line (its batch's checkpoint passed it unwritten). */
  wasHeld(type: RecordType, line: number): boolean {
    return this.earlier.get(type)?.has(line) ?? false;
  }

  /**
   * Holds `s` and says whether it did. A record whose only problems are with its stored dependents is
   * held when a later type of this file has records to write; one with problems of its own (`own`)
   * when something is held already that the joint check may change, and no record refers to its type.
   */
  take(type: RecordType, s: Spooled, own = false): boolean {
    if (this.count >= HOLD_LIMIT) return false;
    if (own ? !this.count || (REFERENCED_TYPES as readonly string[]).includes(type) : !this.laterTypeHasRecords(type)) return false;
    this.count += 1;
    if (!this.held.has(type)) this.held.set(type, []);
    this.held.get(type)!.push(s);
    ((this.checkpoint.heldLines ??= {})[type] ??= []).push(s.line);
    return true;
  }

  private laterTypeHasRecords(type: RecordType): boolean {
    return RECORD_TYPES.slice(RECORD_TYPES.indexOf(type) + 1).some((t) => (this.accepted.get(t)?.size ?? 0) > 0);
  }

  /** Every held record, in the order types are written and, within one, in file order. */
  all(): Array<{ type: RecordType; spooled: Spooled }> {
    return RECORD_TYPES.flatMap((type) => [...(this.held.get(type) ?? [])].sort((a, b) => a.line - b.line).map((spooled) => ({ type, spooled })));
  }

  /** The held records were checked again and written or refused: the checkpoint forgets them. */
  releaseAll(): void {
    delete this.checkpoint.heldLines;
  }
}

/**
 * The held records, once every type is written: checked again together (`together`, importer.checks.ts,
 * acceptableTogether) at the decision epoch read just before, and what passes written type by type in
 * batches of `batchSize` (`write`, given the records not yet written, which its corrections are checked
 * with under the lock). A decision or correction landing meanwhile has the ones not yet written checked
 * again together (decision-epoch.data.ts).
 */
export async function writeHeldTogether(
  all: ReadonlyArray<{ type: RecordType; spooled: Spooled }>,
  batchSize: number,
  readEpoch: () => Promise<number>,
  together: (records: Spooled[]) => Promise<Spooled[]>,
  write: (type: RecordType, slice: Spooled[], epoch: number, withThem: Spooled[]) => Promise<void>,
): Promise<void> {
  const typeOf = new Map(all.map((h) => [h.spooled, h.type]));
  const written = new Set<Spooled>();
  const unwritten = (records: Spooled[]) => records.filter((s) => !written.has(s));
  const writeAll = async (ok: Spooled[], epoch: number) => {
    for (const type of RECORD_TYPES) {
      const these = unwritten(ok).filter((s) => typeOf.get(s) === type);
      for (let i = 0; i < these.length; i += batchSize) {
        const slice = these.slice(i, i + batchSize);
        await write(type, slice, epoch, unwritten(ok));
        for (const s of slice) written.add(s);
      }
    }
  };
  const epoch = await readEpoch();
  await writeAsChecked(epoch, await together(all.map((h) => h.spooled)), (last) => together(unwritten(last)), writeAll);
}
