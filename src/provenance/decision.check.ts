import type { Reader } from '../db/gateway.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { checkAgainstStored } from '../import/chronology.check.js';
import { storedId, storedOf } from '../import/chronology.stored.js';
import { RECORD_FIELDS, validateRecord, type RecordProblem } from '../import/record.rules.js';
import { RECORD_LINKS, RECORD_TYPES, type RecordType } from '../import/record.types.js';
import { readDecisionRecord, type DecisionRow } from './decision.data.js';
import type { ConflictSide } from './provenance.type.js';

/**
 * A supervisor's decision on a conflict obeys the rules an import obeys (docs/import.md, Provenance and
 * conflicts: "A decision is checked like an import"): the record as it would stand after the decision
 * is checked by the record's own rules (src/model/records: a trace completes after it is requested…),
 * by the chronology rules from the record to what it depends on (chronology.ts: sale <= recovery <=
 * trace request; a buyer's age at an FFL, 18 U.S.C. 922(b)(1)) and from the record to the stored
 * records depending on it (chronology.dependents.ts). The same code as the import's, one record.
 * Reads: the record (cypher/provenance/decision-record.cypher), then the import's facts and, when the
 * decision changes a value others depend on, its dependents lookup; none when nothing would change. All
 * through `read`: the decision's own write transaction, after it has locked the record (provenance.data.ts).
 */
/**
 * The record fields the import writes as links, by link type, from the model's declaration (src/model/records);
 * a lead's pair of casings (`casings`, not a field of its own) is read as casingA and casingB below.
 */
const LINK_FIELDS = Object.fromEntries(
  RECORD_TYPES.map((t) => [
    t,
    Object.fromEntries(
      Object.entries(RECORD_LINKS[t])
        .filter(([field]) => RECORD_FIELDS[t].includes(field))
        .map(([field, link]) => [link.type, field]),
    ),
  ]),
) as Record<RecordType, Record<string, string>>;

const instant = (v: string | null | undefined) => (v ? new Date(Date.parse(v)).toISOString() : null);

/** The stored record in the import's form: its fields' properties, its links as the fields they were written from. */
function storedRecord(row: DecisionRow, props: Record<string, unknown>): Record<string, unknown> {
  const raw: Record<string, unknown> = { type: row.recordType };
  for (const column of RECORD_FIELDS[row.recordType]) raw[column] = props[column] ?? null;
  // Coordinates are stored as one point (`location`), as the create and upsert statements write them.
  const location = props.location as { latitude: number; longitude: number } | null | undefined;
  if (location && 'latitude' in raw) [raw.latitude, raw.longitude] = [raw.latitude ?? location.latitude, raw.longitude ?? location.longitude];
  if (row.recordType === 'association') [raw.fromPersonId, raw.toPersonId] = row.key.split('>');
  const fields = LINK_FIELDS[row.recordType];
  for (const l of row.links) {
    const field = fields[l.type];
    if (field) raw[field] = l.target;
    if (l.type === 'FIRED_FROM') raw.firedFromConfirmedAt = instant(l.confirmedAt);
  }
  if (row.recordType === 'lead') [raw.casingA, raw.casingB] = row.links.map((l) => l.target).sort();
  return raw;
}

/** `raw` with the kept side written to the conflict's field: a value, or a link's target keys (a lead's pair; a hit as "<gun>@<confirmedAt>"). */
function decidedRecord(row: DecisionRow, raw: Record<string, unknown>): Record<string, unknown> {
  const out = { ...raw };
  if (!row.link) out[row.field] = row.kept;
  else {
    const keys = [...((row.kept as string[] | null) ?? [])].sort();
    if (row.link === 'CORRELATES') [out.casingA, out.casingB] = keys;
    else if (row.link === 'FIRED_FROM') {
      const [gun, at] = keys[0]?.split('@') ?? [];
      out.firedFromFirearmId = gun ?? null;
      out.firedFromConfirmedAt = instant(at);
    } else out[row.field] = keys[0] ?? null;
  }
  return out;
}

const said = (p: RecordProblem) => `${p.field}\u0000${p.reason}`;
/** What `after` breaks that `before` did not: a problem the stored record already had (data written before a rule) is not the decision's. */
const added = (after: RecordProblem[], before: RecordProblem[]) => after.filter((p) => !new Set(before.map(said)).has(said(p)));

export interface DecisionCheck {
  recordType: RecordType;
  key: string;
  problems: RecordProblem[];
  /** The same send's other conflicts on the record, decided with this one (none: this field alone). */
  together: string[];
}

/** What the record `after` breaks that the stored record `before` did not (none when nothing changes). */
async function problemsOf(read: Reader, before: Record<string, unknown>, after: Record<string, unknown>, now: number): Promise<RecordProblem[]> {
  // Keeping what the record holds (CURRENT of an open conflict, the same decision again) writes nothing new.
  if (JSON.stringify(after) === JSON.stringify(before)) return [];
  const was = validateRecord(before, now);
  const will = validateRecord(after, now);
  const problems = added(will.problems, was.problems);
  // A stored record its own model no longer reads (written before a rule) is judged by what the decision adds to it only.
  if (!will.record || !was.record) return problems;
  // The decided record stands in for its stored version (the decision writes it, whoever holds the record's values).
  const stored = storedOf(was.record);
  const [mine, had] = await checkAgainstStored(
    read,
    [will.record, was.record],
    [],
    new Map(stored ? [[storedId(stored.type, stored.key), stored]] : []),
    () => true,
  );
  return [...problems, ...added(mine!, had!)];
}

/**
 * The problems the decision `keep` on conflict `id` would bring to its record. Fields the record's
 * rules tie (a lead's status and its review time, a trace's outcome and its completion) reach the
 * record as one send's conflicts, one per field: decided one at a time, each would break the rule the
 * pair keeps (CONFIRMED without a review time; a review time on an UNREVIEWED lead), and neither could
 * ever be kept. So when the field alone breaks a rule, the same send's other undecided conflicts on the
 * record are tried with it, and when together they keep every rule, they are decided together.
 * `record`: the element id of the conflict's record, as decision-lock.cypher returned it (null: the record is gone).
 */
export async function decisionProblems(read: Reader, id: string, record: string | null, keep: ConflictSide, now = Date.now()): Promise<DecisionCheck | null> {
  const row = await readDecisionRecord(read, id, record, keep);
  if (!row?.props) return null;
  const before = storedRecord(row, row.props);
  const alone = await problemsOf(read, before, decidedRecord(row, before), now);
  const out: DecisionCheck = { recordType: row.recordType, key: row.key, problems: alone, together: [] };
  if (!alone.length || !row.siblings.length) return out;
  const all = row.siblings.reduce((record, s) => decidedRecord({ ...row, ...s }, record), decidedRecord(row, before));
  if ((await problemsOf(read, before, all, now)).length === 0) return { ...out, problems: [], together: row.siblings.map((s) => s.id) };
  return out;
}

/** The refusal of a decision that breaks a rule: CONFLICT (the stored records), field `keep`, the import's wording. */
export function decisionRefused(keep: ConflictSide, check: DecisionCheck): AppError {
  const [first] = check.problems;
  const more = check.problems.length > 1 ? ` (and ${check.problems.length - 1} more, in extensions.problems)` : '';
  return new AppError(
    ErrorCode.CONFLICT,
    `keep: keeping ${keep} would break a rule every import obeys (docs/import.md, Chronology and plausibility): ${check.recordType} ${check.key} ${first!.field}: ${first!.reason}${more}; nothing was written and the conflict is left as it was`,
    { field: 'keep', problems: check.problems },
  );
}
