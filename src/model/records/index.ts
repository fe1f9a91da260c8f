import type { Links, RecordModel, RecordOfModel } from './define.js';
import { CasingModel, LeadModel, SceneModel } from './evidence.record.js';
import { FirearmModel, RecoveryModel, SaleModel, TheftModel } from './firearm.record.js';
import { AgencyModel, AssociationModel, FflModel, ManufacturerModel, PersonModel } from './parties.record.js';
import { TraceModel } from './trace.record.js';

/**
 * The record model: one declarative definition per record type (fields in zod, rules across
 * fields). Import, the API's importRecords and the seed generator all produce and check these
 * records, so synthetic and imported data go through the same validated shape and the same
 * write statements (cypher/import/upsert-<type>.cypher).
 *
 * Dates are ISO strings: `YYYY-MM-DD` for days, ISO-8601 with offset for instants (stored in
 * UTC). Coordinates are WGS-84 decimal degrees.
 *
 * Key order is the write order: a record is written after every type it refers to, so one pass
 * in this order never meets a reference to a record that has not been written yet.
 */
export const RECORD_MODELS = {
  manufacturer: ManufacturerModel,
  agency: AgencyModel,
  ffl: FflModel,
  person: PersonModel,
  firearm: FirearmModel,
  association: AssociationModel,
  scene: SceneModel,
  sale: SaleModel,
  recovery: RecoveryModel,
  // After recovery: a test-fire is checked against its gun's recovery (chronology rules).
  casing: CasingModel,
  trace: TraceModel,
  lead: LeadModel,
  theft: TheftModel,
} as const;

type Models = typeof RECORD_MODELS;
export type RecordType = keyof Models;

export type ManufacturerRecord = RecordOfModel<Models['manufacturer']>;
export type AgencyRecord = RecordOfModel<Models['agency']>;
export type FflRecord = RecordOfModel<Models['ffl']>;
export type PersonRecord = RecordOfModel<Models['person']>;
export type FirearmRecord = RecordOfModel<Models['firearm']>;
export type AssociationRecord = RecordOfModel<Models['association']>;
export type SceneRecord = RecordOfModel<Models['scene']>;
export type CasingRecord = RecordOfModel<Models['casing']>;
export type SaleRecord = RecordOfModel<Models['sale']>;
export type RecoveryRecord = RecordOfModel<Models['recovery']>;
export type TraceRecord = RecordOfModel<Models['trace']>;
export type LeadRecord = RecordOfModel<Models['lead']>;
export type TheftRecord = RecordOfModel<Models['theft']>;

export type GraphRecord = { [T in RecordType]: RecordOfModel<Models[T]> }[RecordType];
export type RecordOf<T extends RecordType> = Extract<GraphRecord, { type: T }>;

/** Write order (see above). */
export const RECORD_TYPES = Object.keys(RECORD_MODELS) as RecordType[];

/** The fields of every record type, in the column order CSV files use. */
export const RECORD_FIELDS = Object.fromEntries(RECORD_TYPES.map((t) => [t, [...RECORD_MODELS[t].columns]])) as { [T in RecordType]: string[] };

/**
 * The fields each record type writes as links, by field (docs/import.md, Conflicts on links): declared
 * once, with each record's definition. The upserts (cypher/import/upsert-*.cypher) and the decision
 * statement (cypher/provenance/resolve-conflict.cypher) name them literally, and
 * test/unit/link-fields.test.ts holds every such copy to this declaration.
 */
export const RECORD_LINKS = Object.fromEntries(RECORD_TYPES.map((t) => [t, RECORD_MODELS[t].links])) as { [T in RecordType]: Links };

export function recordModel(type: RecordType): RecordModel {
  return RECORD_MODELS[type] as unknown as RecordModel;
}
