import { closeSync, openSync, writeSync } from 'node:fs';

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
 * just those lines. Rewritten from scratch on every run of the same import.
 */
export class RejectWriter {
  private fd: number | null = null;
  count = 0;
  readonly lines = new Set<number>();

  constructor(readonly file: string) {}

  write(r: Rejection): void {
    if (this.fd === null) this.fd = openSync(this.file, 'w');
    writeSync(this.fd, `${JSON.stringify(r)}\n`);
    this.count += 1;
    this.lines.add(r.line);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
