import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import { asInput } from '../leads/fixtures.js';
import { startTestApp, type TestApp } from '../support/app.js';

/** importRecords and the conflicts it records, through the API (typed documents). */
export type Raw = Record<string, unknown>;

export const INGEST = graphql(`
  mutation IngestRecords($records: [ImportRecordInput!]!) {
    importRecords(records: $records) {
      accepted
      created
      updated
      unchanged
      conflicted
      sourceId
    }
  }
`);

/** importRecords as the test INGEST user (agency NY0303000), as a records management system sends them. */
export const ingest = (app: TestApp, records: Raw[]) => app.gql(INGEST, { records: asInput(records) }, [Role.INGEST]);

/** importRecords as an INGEST user of `agencyOri` (the submitting agency the conflict rules compare). */
export const ingestAs = (app: TestApp, agencyOri: string, records: Raw[]) =>
  app.gql(INGEST, { records: asInput(records) }, [Role.INGEST], { agencyOri, subject: `ingest-${agencyOri}` });

/** Conflicts a supervisor sees: filtered by agency, record type and status (each left out: no filter), at most 100. */
export const CONFLICTS = graphql(`
  query ImportConflicts($o: String, $recordType: ImportRecordType, $status: ConflictStatus) {
    conflicts(first: 100, filter: { agencyOri: $o, recordType: $recordType, status: $status }) {
      edges {
        node {
          id
          key
          field
          currentValue
          incomingValue
          currentOri
          incomingOri
          kept
          status
          resolvedBy
        }
      }
    }
  }
`);

/** A second submitting agency, whose values for another agency's records the conflict tests send. */
export const OTHER_AGENCY = 'PA0510000';

/**
 * The server for the conflict tests. The upserts are planned again once the seed has grown the graph
 * (statistics changed); on a loaded machine planning all of them inside the first call can outlast
 * the default 15 s transaction limit.
 */
export const startConflictApp = () => startTestApp({ NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_TIMEOUT_MS: '120000' });

/** A supervisor's decision on one conflict (SUPERVISOR). */
export const RESOLVE_CONFLICT = graphql(`
  mutation ImportResolveConflict($id: NonEmptyString!, $keep: ConflictSide!) {
    resolveConflict(id: $id, keep: $keep) {
      id
      status
      kept
      currentValue
    }
  }
`);
