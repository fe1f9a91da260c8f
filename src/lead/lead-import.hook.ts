import type { TransactionReader } from '../db/gateway.js';
import { appendEvents, type LeadEventKind } from '../event/event.data.js';
import { announceImportedLeads, casingsOf, reconcileSeriesLinks } from './series-links.data.js';

/** What an import batch wrote that the lead cycle must follow up. */
export interface ImportedNibinRecords {
  leadIds: string[];
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
}

export function nibinRecordsOf(records: ReadonlyArray<NibinRecordFields>): ImportedNibinRecords {
  const leadIds: string[] = [];
  const anchoredEvidenceIds: string[] = [];
  for (const r of records) {
    if (r.type === 'lead') leadIds.push(String(r.id));
    if (r.type === 'casing' && (r.testFireOfFirearmId || r.firedFromFirearmId)) anchoredEvidenceIds.push(String(r.evidenceId));
  }
  return { leadIds, anchoredEvidenceIds };
}

/**
 * Runs in the transaction of an import batch, after its upserts: brings the derived gun links of
 * every touched series up to date (a confirmed hit imported on a test-fire reaches the whole
 * series; an imported rejection undoes it), and writes one outbox event per lead that is new or
 * changed status, so subscribers hear of imported leads and hits exactly once.
 */
export async function followUpImportedNibin(run: TransactionReader, records: ImportedNibinRecords, at: string): Promise<void> {
  if (!records.leadIds.length && !records.anchoredEvidenceIds.length) return;
  const touched = [...new Set([...(await casingsOf(run, records.leadIds)), ...records.anchoredEvidenceIds])];
  await reconcileSeriesLinks(run, touched, at);
  const announced = await announceImportedLeads(run, records.leadIds);
  await appendEvents(
    run,
    announced.map((a) => ({ kind: a.kind as LeadEventKind, leadId: a.leadId, actor: null, actorAgencyOri: null, assignee: null })),
    at,
  );
}
