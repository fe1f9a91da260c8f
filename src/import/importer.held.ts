import type { ImportCheckpoint } from './import.checkpoint.js';
import type { Spooled } from './importer.checks.js';
import { RECORD_TYPES, type RecordType } from './record.types.js';
import type { AcceptedKeys } from './reference.check.js';

/** At most this many records are held in memory; past it a correction is refused at once, as before. */
const HOLD_LIMIT = 10_000;

/**
 * Corrections a file import holds for a second check (docs/import.md, Chronology: "Checked from both
 * ends"). A file is written type by type, so a correction that moves a recovery past its stored
 * trace's request is checked before the file's own trace line, which may move the request along, is
 * read. A correction whose only problems are with the stored records depending on it is therefore
 * held while a later type of the same file still has records to write, and checked again against the
 * graph once every type is written: written if the file moved its dependents along, refused with the
 * problems of that check if not. Nothing is written on the strength of a record not yet written: the
 * second check reads only the graph. Only corrections (and new sales of guns already recovered) have
 * such problems, and no record refers to a sale, so a held record refused later leaves no reference dangling.
 * A held line the checkpoint has passed is kept in the checkpoint (`heldLines`), so a run resumed after
 * an interruption checks it again instead of counting it written.
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

  /** Holds `s` when a later type of this file has records to write and the limit allows; says whether it did. */
  take(type: RecordType, s: Spooled): boolean {
    const later = RECORD_TYPES.slice(RECORD_TYPES.indexOf(type) + 1).some((t) => (this.accepted.get(t)?.size ?? 0) > 0);
    if (!later || this.count >= HOLD_LIMIT) return false;
    this.count += 1;
    if (!this.held.has(type)) this.held.set(type, []);
    this.held.get(type)!.push(s);
    ((this.checkpoint.heldLines ??= {})[type] ??= []).push(s.line);
    return true;
  }

  /** The held records by type, in the order types are written and, within one, in file order. */
  byType(): Array<[RecordType, Spooled[]]> {
    return RECORD_TYPES.filter((t) => this.held.has(t)).map((t) => [t, [...this.held.get(t)!].sort((a, b) => a.line - b.line)]);
  }

  /** `type`'s held records are checked again and written or refused: the checkpoint forgets them. */
  release(type: RecordType): void {
    delete this.checkpoint.heldLines?.[type];
  }
}
