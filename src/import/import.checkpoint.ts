import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { RecordType } from './record.types.js';

/**
 * Resume state of one import, kept beside the input as `<file>.import-checkpoint.json`.
 * `committedThroughLine[type] = L` means every accepted record of that type on lines ≤ L is
 * committed. It is written after each batch commits; a crash between commit and checkpoint
 * only means that batch is written again on the re-run, which MERGE makes harmless.
 * `fingerprint` (SHA-256 of the input) keeps a checkpoint from being applied to a changed file.
 */
export interface ImportCheckpoint {
  fingerprint: string;
  committedThroughLine: Partial<Record<RecordType, number>>;
  /** Lines passed by `committedThroughLine` but held, not written, until the file's later types are in (importer.held.ts). */
  heldLines?: Partial<Record<RecordType, number[]>>;
}

export function checkpointPath(file: string): string {
  return `${file}.import-checkpoint.json`;
}

export function readCheckpoint(file: string, fingerprint: string): ImportCheckpoint {
  const p = checkpointPath(file);
  if (existsSync(p)) {
    try {
      const saved = JSON.parse(readFileSync(p, 'utf8')) as ImportCheckpoint;
      if (saved.fingerprint === fingerprint) return saved;
    } catch {
      // A torn checkpoint is ignored: the import then rewrites everything, idempotently.
    }
  }
  return { fingerprint, committedThroughLine: {} };
}

export function saveCheckpoint(file: string, checkpoint: ImportCheckpoint): void {
  const p = checkpointPath(file);
  // Write-then-rename: a crash never leaves half a checkpoint.
  writeFileSync(`${p}.tmp`, JSON.stringify(checkpoint));
  renameSync(`${p}.tmp`, p);
}

export function clearCheckpoint(file: string): void {
  rmSync(checkpointPath(file), { force: true });
}
