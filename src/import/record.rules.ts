import { FirearmKindSchema, LeadStatusSchema, LicenseTypeSchema, ManufacturerKindSchema, SceneKindSchema, TraceOutcomeSchema } from '../model/record-enums.js';
import { isCaliber } from './caliber.list.js';
import { fflLicenseProblem, parseFflLicense } from '../common/ffl-license.js';
import { isStateCode, oriProblem } from '../common/ori.js';
import { FFL_THEFT_KINDS, RECORD_TYPES, THEFT_KINDS, type GraphRecord, type RecordType, type TheftKind } from './record.types.js';

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

type Kind = 'string' | 'id' | 'bool' | 'int' | 'number' | 'score' | 'date' | 'datetime' | 'caliber' | 'ffl' | 'ori' | 'state' | 'latitude' | 'longitude';

interface FieldSpec {
  name: string;
  kind: Kind;
  /** null/empty allowed */
  optional?: boolean;
  values?: readonly string[];
  min?: number;
  max?: number;
}

const f = (name: string, kind: Kind, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, kind, ...extra });
const opt = (name: string, kind: Kind, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, kind, optional: true, ...extra });
const oneOf = (name: string, values: readonly string[]): FieldSpec => ({ name, kind: 'string', values });

/** The fields of every record type, in the column order CSV files use. */
export const RECORD_FIELDS: Record<RecordType, FieldSpec[]> = {
  manufacturer: [f('name', 'string'), oneOf('kind', ManufacturerKindSchema.options), f('country', 'string', { max: 2, min: 2 })],
  agency: [f('ori', 'ori'), f('name', 'string'), f('state', 'state'), f('city', 'string'), f('nibinPartner', 'bool')],
  ffl: [
    f('license', 'ffl'),
    f('name', 'string'),
    f('licenseType', 'string', { values: LicenseTypeSchema.options }),
    f('premisesAddress', 'string'),
    f('city', 'string'),
    f('state', 'state'),
    f('latitude', 'latitude'),
    f('longitude', 'longitude'),
  ],
  person: [
    f('id', 'id'),
    f('firstName', 'string'),
    f('lastName', 'string'),
    f('dateOfBirth', 'date'),
    f('address', 'string'),
    f('city', 'string'),
    f('state', 'state'),
  ],
  firearm: [
    f('id', 'id'),
    opt('serial', 'string'),
    f('serialObliterated', 'bool'),
    f('make', 'string'),
    f('model', 'string'),
    f('caliber', 'caliber'),
    oneOf('kind', FirearmKindSchema.options),
    f('manufacturer', 'string'),
  ],
  association: [f('fromPersonId', 'id'), f('toPersonId', 'id'), f('source', 'string'), f('since', 'date')],
  scene: [
    f('id', 'id'),
    f('occurredAt', 'datetime'),
    oneOf('kind', SceneKindSchema.options),
    f('address', 'string'),
    f('city', 'string'),
    f('state', 'state'),
    f('latitude', 'latitude'),
    f('longitude', 'longitude'),
    f('agencyOri', 'ori'),
  ],
  casing: [
    f('evidenceId', 'id'),
    f('caliber', 'caliber'),
    f('recoveredAt', 'datetime'),
    opt('submittedToNibinAt', 'datetime'),
    opt('sceneId', 'id'),
    opt('testFireOfFirearmId', 'id'),
    opt('firedFromFirearmId', 'id'),
    opt('firedFromConfirmedAt', 'datetime'),
  ],
  sale: [f('id', 'id'), f('fflLicense', 'ffl'), f('firearmId', 'id'), f('purchaserId', 'id'), f('soldOn', 'date'), f('multipleSale', 'bool')],
  recovery: [
    f('id', 'id'),
    f('firearmId', 'id'),
    f('recoveredOn', 'date'),
    f('address', 'string'),
    f('city', 'string'),
    f('state', 'state'),
    f('latitude', 'latitude'),
    f('longitude', 'longitude'),
    f('agencyOri', 'ori'),
    opt('sceneId', 'id'),
    opt('possessorId', 'id'),
  ],
  trace: [
    f('id', 'id'),
    f('agencyOri', 'ori'),
    f('recoveryId', 'id'),
    f('requestedAt', 'datetime'),
    opt('completedAt', 'datetime'),
    oneOf('outcome', TraceOutcomeSchema.options),
    opt('dealerRequestedAt', 'datetime'),
    opt('dealerRespondedAt', 'datetime'),
    opt('timeToCrimeDays', 'int', { min: 0, max: 40_000 }),
    opt('resolvedDealerLicense', 'ffl'),
    opt('resolvedPurchaserId', 'id'),
  ],
  lead: [
    f('id', 'id'),
    f('casingA', 'id'),
    f('casingB', 'id'),
    f('correlatedAt', 'datetime'),
    // The API type of Lead.score is Int: a value it cannot represent must never be accepted.
    f('score', 'score'),
    oneOf('status', LeadStatusSchema.options),
    opt('reviewedAt', 'datetime'),
  ],
  theft: [
    f('id', 'id'),
    f('firearmId', 'id'),
    oneOf('kind', THEFT_KINDS),
    f('occurredOn', 'date'),
    f('reportedAt', 'datetime'),
    opt('reportingAgencyOri', 'ori'),
    opt('reportingFflLicense', 'ffl'),
  ],
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** ISO-8601 date-time with an explicit offset: a time without a zone is ambiguous across agencies. */
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;
const EARLIEST = Date.UTC(1900, 0, 1);

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Checks one field; returns the normalised value or a problem. CSV strings are coerced. */
function checkField(spec: FieldSpec, raw: unknown, now: number): { value?: unknown; problem?: string } {
  if (isBlank(raw)) return spec.optional ? { value: null } : { problem: 'is required' };
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (spec.kind) {
    case 'string': {
      if (typeof text !== 'string') return { problem: 'must be text' };
      if (text.length > 500) return { problem: 'is longer than 500 characters' };
      if (spec.min !== undefined && text.length < spec.min) return { problem: `must be at least ${spec.min} characters` };
      if (spec.max !== undefined && text.length > spec.max) return { problem: `must be at most ${spec.max} characters` };
      if (spec.values && !spec.values.includes(text)) return { problem: `must be one of ${spec.values.join(', ')}` };
      return { value: text };
    }
    case 'id':
      if (typeof text !== 'string' || !ID.test(text)) return { problem: 'must be 1–64 letters, digits or . _ : / - (starting with a letter or digit)' };
      return { value: text };
    case 'bool':
      if (typeof text === 'boolean') return { value: text };
      if (text === 'true' || text === 'false') return { value: text === 'true' };
      return { problem: 'must be true or false' };
    case 'int':
    case 'number': {
      const n = typeof text === 'number' ? text : typeof text === 'string' && text !== '' ? Number(text) : NaN;
      if (!Number.isFinite(n)) return { problem: 'must be a number' };
      if (spec.kind === 'int' && !Number.isInteger(n)) return { problem: 'must be a whole number' };
      if (spec.min !== undefined && n < spec.min) return { problem: `must be at least ${spec.min}` };
      if (spec.max !== undefined && n > spec.max) return { problem: `must be at most ${spec.max}` };
      return { value: n };
    }
    case 'score': {
      const n = typeof text === 'number' ? text : typeof text === 'string' && text !== '' ? Number(text) : NaN;
      if (!Number.isFinite(n)) return { problem: 'must be a whole number from 0 to 100 (the NIBIN correlation score on a 0–100 scale)' };
      if (n > 0 && n < 1 && !Number.isInteger(n))
        return { problem: `must be a whole number from 0 to 100; ${n} looks like a 0–1 score: multiply it by 100 (${Math.round(n * 100)})` };
      if (!Number.isInteger(n) || n < 0 || n > 100) return { problem: 'must be a whole number from 0 to 100 (the NIBIN correlation score on a 0–100 scale)' };
      return { value: n };
    }
    case 'latitude':
    case 'longitude': {
      const n = typeof text === 'number' ? text : Number(text);
      const limit = spec.kind === 'latitude' ? 90 : 180;
      if (!Number.isFinite(n)) return { problem: 'must be a number (decimal degrees)' };
      if (n < -limit || n > limit) return { problem: `must be between -${limit} and ${limit} (WGS-84 decimal degrees)` };
      return { value: n };
    }
    case 'date': {
      if (typeof text !== 'string' || !DATE.test(text)) return { problem: 'must be a date YYYY-MM-DD' };
      const ms = Date.parse(`${text}T00:00:00Z`);
      if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) return { problem: 'is not a calendar date' };
      if (ms > now) return { problem: 'is in the future' };
      if (ms < EARLIEST) return { problem: 'is before 1900' };
      return { value: text };
    }
    case 'datetime': {
      if (typeof text !== 'string' || !DATETIME.test(text)) return { problem: 'must be an ISO-8601 date-time with a zone, e.g. 2025-03-01T14:30:00Z' };
      const ms = Date.parse(text);
      if (Number.isNaN(ms)) return { problem: 'is not a valid date-time' };
      if (ms > now) return { problem: 'is in the future' };
      if (ms < EARLIEST) return { problem: 'is before 1900' };
      // One canonical form in the graph and in comparisons: UTC with milliseconds.
      return { value: new Date(ms).toISOString() };
    }
    case 'caliber':
      if (typeof text !== 'string' || !isCaliber(text)) return { problem: 'is not a known caliber (see src/import/caliber.list.ts)' };
      return { value: text };
    case 'ffl': {
      if (typeof text !== 'string') return { problem: 'must be text' };
      const p = fflLicenseProblem(text);
      return p ? { problem: p } : { value: text };
    }
    case 'ori': {
      if (typeof text !== 'string') return { problem: 'must be text' };
      const p = oriProblem(text);
      return p ? { problem: p } : { value: text };
    }
    case 'state':
      if (typeof text !== 'string' || !isStateCode(text)) return { problem: 'must be a two-letter US state code' };
      return { value: text };
  }
}

const ms = (v: unknown) => (typeof v === 'string' ? Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v) : NaN);

/** Rules across the fields of one record: dates in order, consistent links. */
function crossChecks(r: Record<string, unknown>, problems: RecordProblem[]): void {
  const before = (earlier: string, later: string, what: string) => {
    if (r[earlier] != null && r[later] != null && ms(r[later]) < ms(r[earlier])) problems.push({ field: later, reason: `is before ${earlier} (${what})` });
  };
  switch (r.type as RecordType) {
    case 'ffl': {
      const parts = parseFflLicense(String(r.license));
      if (parts && r.licenseType != null && parts.licenseType !== r.licenseType) {
        problems.push({ field: 'licenseType', reason: `does not match the type ${parts.licenseType} inside the license number` });
      }
      break;
    }
    case 'association':
      if (r.fromPersonId != null && r.fromPersonId === r.toPersonId) problems.push({ field: 'toPersonId', reason: 'a person cannot be their own associate' });
      break;
    case 'casing':
      before('recoveredAt', 'submittedToNibinAt', 'a casing is entered into NIBIN after it is recovered');
      before('recoveredAt', 'firedFromConfirmedAt', 'a match is confirmed after the casing is recovered');
      if (r.sceneId == null && r.testFireOfFirearmId == null)
        problems.push({ field: 'sceneId', reason: 'a casing needs a scene, or testFireOfFirearmId for a test-fire' });
      if (r.sceneId != null && r.testFireOfFirearmId != null)
        problems.push({ field: 'testFireOfFirearmId', reason: 'a test-fire is not recovered at a scene: give sceneId or testFireOfFirearmId, not both' });
      if ((r.firedFromFirearmId == null) !== (r.firedFromConfirmedAt == null)) {
        problems.push({
          field: r.firedFromFirearmId == null ? 'firedFromFirearmId' : 'firedFromConfirmedAt',
          reason: 'firedFromFirearmId and firedFromConfirmedAt go together',
        });
      }
      break;
    case 'trace':
      before('requestedAt', 'completedAt', 'a trace completes after it is requested');
      before('requestedAt', 'dealerRequestedAt', 'the dealer is asked after the trace is requested');
      before('dealerRequestedAt', 'dealerRespondedAt', 'the dealer answers after being asked');
      if (r.dealerRespondedAt != null && r.dealerRequestedAt == null)
        problems.push({ field: 'dealerRequestedAt', reason: 'is required when dealerRespondedAt is given' });
      if (r.outcome === 'PENDING' && r.completedAt != null) problems.push({ field: 'completedAt', reason: 'must be empty while the outcome is PENDING' });
      if (r.outcome != null && r.outcome !== 'PENDING' && r.completedAt == null)
        problems.push({ field: 'completedAt', reason: `is required for outcome ${String(r.outcome)}` });
      if (r.resolvedPurchaserId != null && r.resolvedDealerLicense == null)
        problems.push({ field: 'resolvedDealerLicense', reason: 'is required when a purchaser was resolved' });
      break;
    case 'lead':
      before('correlatedAt', 'reviewedAt', 'a lead is reviewed after NIBIN correlates it');
      if (r.casingA != null && r.casingA === r.casingB) problems.push({ field: 'casingB', reason: 'a lead correlates two different casings' });
      if (r.status === 'UNREVIEWED' && r.reviewedAt != null) problems.push({ field: 'reviewedAt', reason: 'must be empty while the status is UNREVIEWED' });
      if (r.status != null && r.status !== 'UNREVIEWED' && r.reviewedAt == null)
        problems.push({ field: 'reviewedAt', reason: `is required for status ${String(r.status)}` });
      break;
    case 'theft':
      if (r.reportingAgencyOri == null && r.reportingFflLicense == null) {
        problems.push({ field: 'reportingAgencyOri', reason: 'a theft/loss report needs its reporter: reportingAgencyOri, reportingFflLicense or both' });
      }
      if (FFL_THEFT_KINDS.includes(r.kind as TheftKind) && r.reportingFflLicense == null) {
        problems.push({ field: 'reportingFflLicense', reason: `is required for kind ${String(r.kind)}: a licensee reports its own thefts and losses to ATF` });
      }
      // occurredOn is a local date, reportedAt an instant: allow the widest UTC offset (+14 h)
      // so a report filed the same local day is never taken for one filed the day before.
      if (r.occurredOn != null && r.reportedAt != null && ms(r.reportedAt) + 14 * 3_600_000 < ms(r.occurredOn)) {
        problems.push({ field: 'reportedAt', reason: 'is before occurredOn (a theft or loss is reported after it happened)' });
      }
      break;
    default:
      break;
  }
}

/**
 * Validates one raw record (parsed NDJSON object or CSV row with `type`) against the field
 * rules of its type and the rules across its fields. References to other records are
 * checked later, by the importer, against the graph and the rest of the import.
 */
export function validateRecord(raw: Record<string, unknown>, now = Date.now()): Validated {
  const type = raw.type;
  if (typeof type !== 'string' || !(RECORD_TYPES as readonly string[]).includes(type)) {
    return { record: null, problems: [{ field: 'type', reason: `must be one of ${RECORD_TYPES.join(', ')}` }], partial: {} };
  }
  const problems: RecordProblem[] = [];
  const out: Record<string, unknown> = { type };
  for (const spec of RECORD_FIELDS[type as RecordType]) {
    const { value, problem } = checkField(spec, raw[spec.name], now);
    if (problem) problems.push({ field: spec.name, reason: problem });
    else out[spec.name] = value;
  }
  if (!problems.length) crossChecks(out, problems);
  return { record: problems.length ? null : (out as unknown as GraphRecord), problems, partial: out };
}
