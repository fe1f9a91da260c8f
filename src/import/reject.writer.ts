import { writeFileSync } from 'node:fs';

export interface Rejection {
  line: number;
  type: string | null;
  key: string | null;
  field: string;
  reason: string;
}

/**
 * The reject file: one JSON object per rejected record problem (NDJSON), with the input's
 * line number, the field at fault and the reason, so the sender can fix and resend
 * just those lines. Problems are found in several passes (fields while reading, references and
 * chronology while writing), so they are kept and written in input order when the import ends.
 * Rewritten from scratch on every run of the same import.
 */
export class RejectWriter {
  private readonly pending: Rejection[] = [];
  count = 0;
  readonly lines = new Set<number>();

  constructor(readonly file: string) {}

  write(r: Rejection): void {
    this.pending.push(r);
    this.count += 1;
    this.lines.add(r.line);
  }

  close(): void {
    if (!this.pending.length) return;
    // Stable sort: a record's problems keep the order they were found in (fields, then references, then dates).
    const sorted = this.pending.slice().sort((a, b) => a.line - b.line);
    writeFileSync(this.file, sorted.map((r) => `${JSON.stringify(r)}\n`).join(''));
    this.pending.length = 0;
  }
}
