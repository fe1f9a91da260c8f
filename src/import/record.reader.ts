import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { RECORD_TYPES, type RecordType } from './record.types.js';

export type ImportFormat = 'ndjson' | 'csv';

/** One line of the input: the raw record, or why it could not even be parsed. */
export interface RawLine {
  line: number;
  raw: Record<string, unknown> | null;
  parseError?: string;
}

export function formatOf(file: string): ImportFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv') return 'csv';
  throw new Error(`Cannot tell the format of ${file}: use .ndjson (or .jsonl) for NDJSON, .csv for CSV.`);
}

const PLURALS: Record<string, RecordType> = { people: 'person', persons: 'person', agencies: 'agency', recoveries: 'recovery' };

/**
 * The record type of a CSV file that has no `type` column: the last word of its name,
 * singular or plural, e.g. `sales.csv`, `nypd-2025-casings.csv`, `people.csv`.
 */
export function csvTypeFromName(file: string): RecordType | null {
  const words = path
    .basename(file, path.extname(file))
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const last = words.at(-1) ?? '';
  if ((RECORD_TYPES as readonly string[]).includes(last)) return last as RecordType;
  if (PLURALS[last]) return PLURALS[last]!;
  const singular = last.replace(/s$/, '');
  return (RECORD_TYPES as readonly string[]).includes(singular) ? (singular as RecordType) : null;
}

/** One NDJSON line as a raw record, or why it is not one. */
export function parseNdjsonLine(text: string): { raw: Record<string, unknown> | null; parseError?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { raw: null, parseError: 'is not valid JSON' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { raw: null, parseError: 'is not a JSON object' };
  return { raw: value as Record<string, unknown> };
}

/** Streams the records of an NDJSON or CSV file with their line numbers (1-based; CSV counts the header as line 1). */
export async function* readLines(file: string, csvType?: RecordType | null): AsyncGenerator<RawLine> {
  if (formatOf(file) === 'ndjson') {
    const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let line = 0;
    for await (const text of rl) {
      line += 1;
      if (!text.trim()) continue;
      yield { line, ...parseNdjsonLine(text) };
    }
    return;
  }
  const type = csvType ?? csvTypeFromName(file);
  const parser = createReadStream(file).pipe(parse({ columns: true, info: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: true }));
  for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const raw: Record<string, unknown> = { ...item.record };
    if (raw.type === undefined || raw.type === '') raw.type = type ?? undefined;
    yield { line: item.info.lines, raw };
  }
}
