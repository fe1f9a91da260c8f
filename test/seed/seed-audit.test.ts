import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { seedGraphAudited } from '../../seeds/seed.audit.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { sha256, unique } from '../security/support.js';
import { graphql } from '../generated/graphql/index.js';

/** `npm run seed` and the demo load of `npm start` leave one audit record per run (every write is on record). */
let app: TestApp;
const manifest = inject('manifest');
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const AUDIT = graphql(`
  query SeedAudit1($s: String) {
    auditEvents(filter: { subject: $s }) {
      edges {
        node {
          subject
          agencyOri
          sourceAddress
          operation
          documentHash
          personIds
          outcome
          errorCodes
          wrote
          recordsRead
          recordsAccepted
          recordsRejected
        }
      }
    }
  }
`);

describe('audit record of a synthetic-data load', () => {
  it('records who loaded which scale and seed, from where, how many records, and the outcome', async () => {
    const subject = `seeder-${unique()}`;
    // The test graph already holds this seed: loading it again changes nothing (MERGE), but it is a write run all the same.
    const result = await seedGraphAudited(
      app.gateway,
      { scale: manifest.scale, seed: manifest.seed, operation: 'seed' },
      { subject, agencyOri: 'NY0303000', sourceAddress: 'cli@test-host' },
    );
    expect(result.records).toBeGreaterThan(0);
    const res = await app.gql(AUDIT, { s: subject }, [Role.SUPERVISOR]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditEvents.edges.map((e) => e.node)).toEqual([
      {
        subject,
        agencyOri: 'NY0303000',
        sourceAddress: 'cli@test-host',
        operation: 'seed',
        documentHash: sha256(`${manifest.scale}/${manifest.seed}`),
        personIds: [],
        outcome: 'ALLOWED',
        errorCodes: [],
        wrote: true,
        recordsRead: result.records,
        recordsAccepted: result.records,
        recordsRejected: 0,
      },
    ]);
  }, 120_000);
});
