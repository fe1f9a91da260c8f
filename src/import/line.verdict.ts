import { parseNdjsonLine } from './record.reader.js';
import { recordKey } from './record.references.js';
import { validateRecord, type RecordProblem } from './record.rules.js';
import { RECORD_TYPES, type RecordType } from './record.types.js';

/**
 * What validation decided about one input line, as plain data: the same verdict whether the
 * line was checked on the importer's thread or in a validation worker (it crosses a
 * `postMessage`, so no class instances and no functions).
 */
export type LineVerdict =
  /** `field`: what the reason is about (default `(record)`); `type`: a CSV file's type, for the counts. */
  | { kind: 'unreadable'; reason: string; field?: string; type?: RecordType | null }
  | { kind: 'rejected'; type: RecordType | null; key: string | null; problems: RecordProblem[]; partial: Record<string, unknown> }
  /** `recordJson` is the normalised record, already serialised for the spool. */
  | { kind: 'valid'; type: RecordType; key: string; recordJson: string };

/** A verdict and the input line it is about (1-based; CSV counts its header as line 1). */
export interface JudgedLine {
  line: number;
  verdict: LineVerdict;
}

/** The field checks and cross-field rules of one raw record (a parsed NDJSON object or a CSV row). */
export function judgeRecord(raw: Record<string, unknown>, now: number): LineVerdict {
  const { record, problems, partial } = validateRecord(raw, now);
  if (record) return { kind: 'valid', type: record.type, key: recordKey(record), recordJson: JSON.stringify(record) };
  const named = String(raw.type).trim();
  const type = (RECORD_TYPES as readonly string[]).includes(named) ? (named as RecordType) : null;
  return { kind: 'rejected', type, key: rawKey(raw), problems, partial };
}

/** One NDJSON line: null for a blank line (skipped, but it still counts as a line). */
export function judgeNdjsonLine(text: string, now: number): LineVerdict | null {
  if (!text.trim()) return null;
  const { raw, parseError, field } = parseNdjsonLine(text);
  return raw ? judgeRecord(raw, now) : { kind: 'unreadable', reason: parseError ?? 'unreadable', field };
}

/** The key a rejected record would have had, for the reject file (the sender finds the record by it). */
export function rawKey(raw: Record<string, unknown>): string | null {
  const k = raw.id ?? raw.ori ?? raw.license ?? raw.evidenceId ?? raw.name ?? null;
  return k === null ? null : String(k).trim();
}
