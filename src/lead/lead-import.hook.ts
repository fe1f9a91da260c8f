import type { TransactionReader } from '../db/gateway.js';
import { announceImported, reconcileTouched } from './series-links.data.js';

/** What an import batch wrote that the lead cycle must follow up. */
export interface ImportedNibinRecords {
  leadIds: string[];
  /** Of those, the leads whose record is not CONFIRMED. */
  unconfirmedLeadIds: string[];
  /** Casings written with a gun link (a test-fire, or an asserted FIRED_FROM): anchors of their series. */
  anchoredEvidenceIds: string[];
}

/** Picks the follow-up keys from import records (lead records; casing records with a gun). */
/** The fields of an import record this hook reads (structural: the lead area does not depend on the import area). */
export interface NibinRecordFields {
  type: string;
  id?: unknown;
  evidenceId?: unknown;
  testFireOfFirearmId?: unknown;
  firedFromFirearmId?: unknown;
  status?: unknown;
}

export function nibinRecordsOf(records: ReadonlyArray<NibinRecordFields>): ImportedNibinRecords {
  const leadIds: string[] = [];
  const unconfirmedLeadIds: string[] = [];
  const anchoredEvidenceIds: string[] = [];
  for (const r of records) {
    if (r.type === 'lead') {
      leadIds.push(String(r.id));
      if (r.status !== 'CONFIRMED') unconfirmedLeadIds.push(String(r.id));
    }
    if (r.type === 'casing' && (r.testFireOfFirearmId || r.firedFromFirearmId)) anchoredEvidenceIds.push(String(r.evidenceId));
  }
  return { leadIds, unconfirmedLeadIds, anchoredEvidenceIds };
}

/** Keys of the casings and leads the batch's transaction created (they were not in the graph before it). */
export interface CreatedRecords {
  casings: ReadonlySet<string>;
  leads: ReadonlySet<string>;
}
const NONE_CREATED: CreatedRecords = { casings: new Set(), leads: new Set() };

/** What a write can have moved: the series of these casings, and of the casings of these leads. */
export interface SeriesTouch {
  leadIds: string[];
  evidenceIds: string[];
}

/**
 * The leads and casings whose write can move a series. A series is the casings joined by
 * CONFIRMED leads (NIBIN: a correlation is a lead until an examiner confirms the hit), so a lead
 * created by this write with any other status joins nothing and splits nothing; every lead that
 * existed before counts, since its status may have changed. A casing created by this write has no
 * lead yet (a lead's casings must exist before it), so its series is itself: nothing to derive.
 */
export function seriesTouchOf(records: ImportedNibinRecords, created: CreatedRecords = NONE_CREATED): SeriesTouch {
  const unconfirmed = new Set(records.unconfirmedLeadIds);
  return {
    leadIds: records.leadIds.filter((id) => !(created.leads.has(id) && unconfirmed.has(id))),
    evidenceIds: records.anchoredEvidenceIds.filter((e) => !created.casings.has(e)),
  };
}

/**
 * The whole follow-up of a write that is ONE transaction (an importRecords call): the touched
 * series, then the events. A file import writes in many concurrent transactions, which cannot see
 * each other's leads, so it walks the series and then announces once all are committed
 * (src/import/series.pass.ts).
 */
export async function followUpImportedNibin(
  run: TransactionReader,
  records: ImportedNibinRecords,
  at: string,
  created: CreatedRecords = NONE_CREATED,
): Promise<void> {
  const touch = seriesTouchOf(records, created);
  await reconcileTouched(run, touch.leadIds, touch.evidenceIds, at);
  await announceImported(run, records.leadIds, at);
}
