import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { csvRows } from './csv.rows.js';
import { repeatedKey } from './json-keys.js';
import { RECORD_FIELDS, RECORD_TYPES, type RecordType } from './record.types.js';

export type ImportFormat = 'ndjson' | 'csv';

/** One line of the input: the raw record, or why it could not even be parsed. */
export interface RawLine {
  line: number;
  raw: Record<string, unknown> | null;
  parseError?: string;
  /** The field (or `(record)`, `(header)`) a parse error is about; default `(record)`. */
  field?: string;
  /** The record type of a CSV row that could not be read (the file's type), for the counts. */
  type?: RecordType | null;
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
export function parseNdjsonLine(text: string): { raw: Record<string, unknown> | null; parseError?: string; field?: string } {
  let value: unknown;
  // A byte order mark (Windows editors write one) is not JSON; only the first line has one,
  // unless files were concatenated, which leaves one at the start of each.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    value = JSON.parse(json) as unknown;
  } catch {
    return { raw: null, parseError: 'is not valid JSON' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { raw: null, parseError: 'is not a JSON object' };
  const twice = repeatedKey(json);
  if (twice !== null)
    return { raw: null, field: twice, parseError: `gives the field ${twice} twice; which value is meant would be a guess, so the record was not read` };
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
  yield* readCsv(file, csvType ?? csvTypeFromName(file));
}

/**
 * Header names are matched to the model's field names ignoring case and surrounding spaces
 * (`First Name` is not `firstName`, but ` FIRSTNAME ` is): exported spreadsheets change the case
 * of their headers, and no two fields differ only in case, so the match is never a guess.
 */
const CANONICAL_NAMES = new Map<string, string>(['type', ...Object.values(RECORD_FIELDS).flat()].map((f) => [f.toLowerCase(), f]));

/**
 * The records of a CSV file: the header row names the fields, each further row is one record of
 * `type` (or of its own `type` column). A problem with the file as a whole (its type unknown, a
 * column named twice: which one holds the value would be a guess) is one problem on the header
 * line and nothing of the file is read. A row that cannot be read, or whose number of cells is
 * not the header's (an unquoted comma in a value shifts every cell after it), is rejected alone.
 * A row of empty cells (spreadsheets leave them below the data) is skipped like a blank line.
 * A column that is no field of the type comes through under its name, so `validateRecord`
 * rejects a row holding a value there instead of dropping the value silently.
 */
async function* readCsv(file: string, type: RecordType | null): AsyncGenerator<RawLine> {
  let columns: string[] | null = null;
  for await (const row of csvRows(createReadStream(file, 'utf8'))) {
    if (!columns) {
      if (row.error) {
        yield { line: row.line, raw: null, field: '(header)', parseError: `${row.error}; nothing of this file was read`, type };
        return;
      }
      columns = row.cells.map((name, i) => CANONICAL_NAMES.get(name.trim().toLowerCase()) ?? (name.trim() || `(column ${i + 1})`));
      const problem = headerProblem(columns, type);
      if (problem) {
        yield { line: row.line, raw: null, ...problem, type };
        return;
      }
      continue;
    }
    if (row.error) {
      yield { line: row.line, raw: null, parseError: row.error, type };
      continue;
    }
    const { cells } = row;
    if (cells.every((c) => !c.trim())) continue;
    // Empty cells past the header's columns are padding some exporters add; a value there is not.
    const extra = cells.slice(columns.length);
    if (cells.length < columns.length || extra.some((c) => c.trim())) {
      const parseError = `has ${cells.length} cells where the header has ${columns.length} columns (a value holding a comma must be in double quotes)`;
      yield { line: row.line, raw: null, parseError, type: rowType(columns, cells, type) };
      continue;
    }
    const raw: Record<string, unknown> = Object.fromEntries(columns.map((name, i) => [name, cells[i]!.trim()]));
    if (raw.type === undefined || raw.type === '') raw.type = type ?? undefined;
    yield { line: row.line, raw };
  }
}

function headerProblem(columns: string[], type: RecordType | null): { field: string; parseError: string } | null {
  // Read as UTF-8, a UTF-16 file (Excel's "Unicode Text") has NULs between its letters and its BOM
  // became U+FFFD: every name would be unknown and every row rejected for it.
  if (columns.some((name) => name.includes('\u0000') || name.includes('\uFFFD'))) {
    const parseError = 'the file is not UTF-8 text (UTF-16 or another encoding): save or export it as "CSV UTF-8"; nothing of this file was read';
    return { field: '(header)', parseError };
  }
  const seen = new Set<string>();
  for (const name of columns) {
    if (seen.has(name)) return { field: name, parseError: `the column ${name} is named twice; nothing of this file was read` };
    seen.add(name);
  }
  if (!type && !seen.has('type')) {
    const parseError = `the record type of this file is not known: add a "type" column, name the file after its records (people.csv, nypd-sales.csv) or pass --type; nothing of this file was read`;
    return { field: 'type', parseError };
  }
  return null;
}

function rowType(columns: string[], cells: string[], type: RecordType | null): RecordType | null {
  const own = cells[columns.indexOf('type')]?.trim();
  return own && (RECORD_TYPES as readonly string[]).includes(own) ? (own as RecordType) : type;
}
