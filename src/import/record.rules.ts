import { TEMPORAL_FIELDS } from '../model/records/fields.js';
import { RECORD_TYPES, recordModel } from '../model/records/index.js';
import type { GraphRecord, RecordType } from './record.types.js';

export { RECORD_FIELDS } from '../model/records/index.js';

/** One reason a record cannot be imported: the field at fault and why. */
export interface RecordProblem {
  field: string;
  reason: string;
}

export interface Validated {
  record: GraphRecord | null;
  problems: RecordProblem[];
  /** The fields that passed, normalised (with `type`): a rejected record's references are still checked, so every problem is reported at once. */
  partial: Record<string, unknown>;
}

const NOT_UTF8 = 'holds bytes that are not UTF-8 text (shown as �): the file is probably in another encoding, e.g. Windows-1252; save or export it as UTF-8';

/**
 * A value under a name that is no field of the type would be dropped, and a dropped optional field
 * reads as empty: `serialNumber` for `serial` would write a gun without its serial, and a
 * re-sent record with a misspelled link clears the link (docs/import.md, "Conflicts on links").
 * So it is a problem of the record; an empty value under such a name carries nothing and passes.
 */
function unknownFields(raw: Record<string, unknown>, columns: readonly string[], type: string): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'type' || columns.includes(name) || value === null || value === undefined || (typeof value === 'string' && !value.trim())) continue;
    const near = columns.find((c) => c.toLowerCase() === name.trim().toLowerCase());
    const hint = near ? `did you mean ${near}?` : `the fields of ${type} are ${columns.join(', ')}`;
    problems.push({ field: name, reason: `is not a field of ${type} (${hint})` });
  }
  return problems;
}

const dayOrInstant = (v: string) => Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);

/**
 * Validates one raw record (parsed NDJSON object or CSV row with `type`) against its model
 * (src/model/records/): every field's rule, then the rules across its fields. A field gets at
 * most one problem (the first its rule finds). No date may lie after `now`. References to other
 * records are checked later, by the importer, against the graph and the rest of the import.
 */
export function validateRecord(raw: Record<string, unknown>, now = Date.now()): Validated {
  // Spaces around a value are never part of it (docs/import.md, "Files from other systems"): the type's neither.
  const type = typeof raw.type === 'string' ? raw.type.trim() : raw.type;
  if (typeof type !== 'string' || !(RECORD_TYPES as readonly string[]).includes(type)) {
    return { record: null, problems: [{ field: 'type', reason: `must be one of ${RECORD_TYPES.join(', ')}` }], partial: {} };
  }
  const model = recordModel(type as RecordType);
  const problems: RecordProblem[] = [];
  const out: Record<string, unknown> = { type };
  const whole = model.fields.safeParse(raw);
  if (whole.success) Object.assign(out, whole.data);
  else {
    // Field by field, so the valid ones are kept (their references are still checked).
    for (const name of model.columns) {
      const parsed = model.fields.shape[name]!.safeParse(raw[name]);
      if (parsed.success) out[name] = parsed.data;
      else problems.push({ field: name, reason: parsed.error.issues[0]!.message });
    }
  }
  for (const name of model.columns) {
    const v = raw[name];
    // Bytes that are not UTF-8 were decoded as U+FFFD: the value is not what the sender holds.
    if (typeof v === 'string' && v.includes('\uFFFD')) {
      delete out[name];
      const other = problems.find((p) => p.field === name);
      if (other) other.reason = NOT_UTF8;
      else problems.push({ field: name, reason: NOT_UTF8 });
    }
  }
  problems.push(...unknownFields(raw, model.columns, type));
  for (const name of model.columns) {
    const v = out[name];
    if (typeof v === 'string' && TEMPORAL_FIELDS.has(model.fields.shape[name]!) && dayOrInstant(v) > now) {
      delete out[name];
      problems.push({ field: name, reason: 'is in the future' });
    }
  }
  if (!problems.length) model.rules(out as never, (field, reason) => problems.push({ field, reason }));
  return { record: problems.length ? null : (out as unknown as GraphRecord), problems, partial: out };
}
