import type { z } from 'zod';
import { FFL_THEFT_KINDS as THEFT_KINDS_OF_FFL, TheftKindSchema, TraceOutcomeSchema } from '../model/records/enums.js';

/**
 * The import's view of the record model (src/model/records/): the record types, their write
 * order and their CSV columns are defined there, once.
 */
export {
  RECORD_FIELDS,
  RECORD_LINKS,
  RECORD_TYPES,
  type AgencyRecord,
  type AssociationRecord,
  type CasingRecord,
  type FflRecord,
  type FirearmRecord,
  type GraphRecord,
  type LeadRecord,
  type ManufacturerRecord,
  type PersonRecord,
  type RecordOf,
  type RecordType,
  type RecoveryRecord,
  type SaleRecord,
  type SceneRecord,
  type TheftRecord,
  type TraceRecord,
} from '../model/records/index.js';

export type TraceOutcome = z.infer<typeof TraceOutcomeSchema>;
/** What a theft/loss report says happened: a police report of a theft, or an FFL's report to ATF. */
export const THEFT_KINDS = TheftKindSchema.options;
export type TheftKind = z.infer<typeof TheftKindSchema>;
/** Kinds an FFL files (ATF Form 3310.11): they need the reporting licensee. */
export const FFL_THEFT_KINDS: readonly TheftKind[] = THEFT_KINDS_OF_FFL;
