import { randomUUID } from 'node:crypto';

/**
 * Where a write run's records came from (provenance, CJIS AU-3: what, when, by whom): one
 * (:Source) node per import run, importRecords call or seed load. Its id is the run's audit
 * `requestId`, so "who told us this, and when?" leads from any node to the audit trail.
 */
export interface WriteSource {
  id: string;
  kind: 'IMPORT' | 'API' | 'SEED';
  /** The submitting agency (ORI); null when the run names none (a seed, a CLI run without --agency). */
  agencyOri: string | null;
  subject: string;
  receivedAt: string;
  description: string;
}

export function newWriteSource(
  kind: WriteSource['kind'],
  agencyOri: string | null,
  subject: string,
  description: string,
  id: string = randomUUID(),
): WriteSource {
  return { id, kind, agencyOri, subject, receivedAt: new Date().toISOString(), description };
}

/** The `$source` parameter of the upsert statements. */
export const sourceParam = (s: WriteSource) => ({ id: s.id, agencyOri: s.agencyOri, receivedAt: s.receivedAt });
