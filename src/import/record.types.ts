/**
 * The record types an import carries, one per kind of fact. The seed generator produces
 * exactly these records too, so synthetic and imported data go through the same
 * validated shape and the same write statements (cypher/import/upsert-<type>.cypher).
 *
 * Dates are ISO strings: `YYYY-MM-DD` for Date fields, full ISO-8601 with offset for DateTime
 * fields. Coordinates are WGS-84 decimal degrees.
 */
export interface ManufacturerRecord {
  type: 'manufacturer';
  name: string;
  kind: 'MANUFACTURER' | 'IMPORTER';
  country: string;
}

export interface AgencyRecord {
  type: 'agency';
  ori: string;
  name: string;
  state: string;
  city: string;
  nibinPartner: boolean;
}

export interface FflRecord {
  type: 'ffl';
  license: string;
  name: string;
  /** Must equal the type field inside the license number. */
  licenseType: string;
  premisesAddress: string;
  city: string;
  state: string;
  latitude: number;
  longitude: number;
}

export interface PersonRecord {
  type: 'person';
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  address: string;
  city: string;
  state: string;
}

export interface FirearmRecord {
  type: 'firearm';
  id: string;
  serial: string | null;
  serialObliterated: boolean;
  make: string;
  model: string;
  caliber: string;
  kind: 'PISTOL' | 'REVOLVER' | 'RIFLE' | 'SHOTGUN';
  /** Manufacturer or importer name (a manufacturer record, in the graph or in the same import). */
  manufacturer: string;
}

export interface AssociationRecord {
  type: 'association';
  fromPersonId: string;
  toPersonId: string;
  /** Where the link is known from, e.g. ARREST_REPORT, FIELD_INTERVIEW, INFORMANT, SOCIAL_MEDIA. */
  source: string;
  since: string;
}

export interface SceneRecord {
  type: 'scene';
  id: string;
  occurredAt: string;
  kind: 'HOMICIDE' | 'NON_FATAL_SHOOTING' | 'SHOTS_FIRED' | 'RECOVERY_ONLY';
  address: string;
  city: string;
  state: string;
  latitude: number;
  longitude: number;
  agencyOri: string;
}

export interface CasingRecord {
  type: 'casing';
  evidenceId: string;
  caliber: string;
  recoveredAt: string;
  submittedToNibinAt: string | null;
  /** The scene it was picked up at (null for a test-fire). */
  sceneId: string | null;
  /** Set for a test-fire: the recovered firearm it was fired from in the lab. */
  testFireOfFirearmId: string | null;
  /** Set when a confirmed hit with that gun's test-fire matched this scene casing. */
  firedFromFirearmId: string | null;
  firedFromConfirmedAt: string | null;
}

export interface SaleRecord {
  type: 'sale';
  id: string;
  fflLicense: string;
  firearmId: string;
  purchaserId: string;
  soldOn: string;
  multipleSale: boolean;
}

export interface RecoveryRecord {
  type: 'recovery';
  id: string;
  firearmId: string;
  recoveredOn: string;
  address: string;
  city: string;
  state: string;
  latitude: number;
  longitude: number;
  agencyOri: string;
  sceneId: string | null;
  possessorId: string | null;
}

export type TraceOutcome = 'COMPLETED' | 'NO_DEALER' | 'NO_PURCHASER' | 'NOT_TRACEABLE' | 'PENDING';

export interface TraceRecord {
  type: 'trace';
  id: string;
  agencyOri: string;
  recoveryId: string;
  requestedAt: string;
  completedAt: string | null;
  outcome: TraceOutcome;
  dealerRequestedAt: string | null;
  dealerRespondedAt: string | null;
  timeToCrimeDays: number | null;
  resolvedDealerLicense: string | null;
  resolvedPurchaserId: string | null;
}

export interface LeadRecord {
  type: 'lead';
  id: string;
  casingA: string;
  casingB: string;
  correlatedAt: string;
  score: number;
  status: 'UNREVIEWED' | 'CONFIRMED' | 'REJECTED';
  reviewedAt: string | null;
}

/** What a theft/loss report says happened: a police report of a theft, or an FFL's report to ATF. */
export const THEFT_KINDS = ['RESIDENCE_BURGLARY', 'VEHICLE_BREAK_IN', 'FFL_THEFT', 'FFL_LOSS', 'OTHER_THEFT'] as const;
export type TheftKind = (typeof THEFT_KINDS)[number];
/** Kinds an FFL files (ATF Form 3310.11): they need the reporting licensee. */
export const FFL_THEFT_KINDS: readonly TheftKind[] = ['FFL_THEFT', 'FFL_LOSS'];

/**
 * A theft or loss report of one firearm: what tells a stolen gun from a diverted one when it
 * is later recovered in crime. Reported by a police agency (a burglary report), by the
 * licensee (FFL theft/loss report), or both.
 */
export interface TheftRecord {
  type: 'theft';
  id: string;
  firearmId: string;
  kind: TheftKind;
  /** The day the theft or loss happened (or was discovered), local date. */
  occurredOn: string;
  reportedAt: string;
  reportingAgencyOri: string | null;
  reportingFflLicense: string | null;
}

export type GraphRecord =
  | ManufacturerRecord
  | AgencyRecord
  | FflRecord
  | PersonRecord
  | FirearmRecord
  | AssociationRecord
  | SceneRecord
  | CasingRecord
  | SaleRecord
  | RecoveryRecord
  | TraceRecord
  | LeadRecord
  | TheftRecord;

export type RecordType = GraphRecord['type'];
export type RecordOf<T extends RecordType> = Extract<GraphRecord, { type: T }>;

/**
 * Write order: a record is written after every type it refers to, so one pass in this
 * order never meets a reference to a record that has not been written yet.
 */
export const RECORD_TYPES: readonly RecordType[] = [
  'manufacturer',
  'agency',
  'ffl',
  'person',
  'firearm',
  'association',
  'scene',
  'casing',
  'sale',
  'recovery',
  'trace',
  'lead',
  'theft',
];
