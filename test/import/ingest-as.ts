import { Role } from '../../src/core/role.js';
import type { TestApp } from '../support/app.js';

export type Raw = Record<string, unknown>;
export interface IngestResult {
  data?: { importRecords: Record<string, number | string> };
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

const asInput = (records: Raw[]) => records.map(({ type, ...fields }) => ({ type: String(type).toUpperCase(), fields }));

/** importRecords as an INGEST user of `agencyOri` (the submitting agency the conflict rules compare). */
export async function ingestAs(app: TestApp, agencyOri: string, records: Raw[]): Promise<IngestResult> {
  const token = await app.token([Role.INGEST], { agencyOri, subject: `ingest-${agencyOri}` });
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation($r: [ImportRecordInput!]!) { importRecords(records: $r) { accepted created updated unchanged conflicted sourceId } }',
      variables: { r: asInput(records) },
    }),
  });
  return (await res.json()) as IngestResult;
}
