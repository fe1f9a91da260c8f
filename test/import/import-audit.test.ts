import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { cliActor } from '../../src/import/import.audit.js';
import { runImport } from '../../src/import/import.job.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { sha256, unique } from '../security/support.js';
import { RUN, tempDir, validRecords, writeNdjson } from './fixtures.js';
import { graphql } from '../generated/graphql/index.js';

/** `npm run import` (runImport) leaves one audit record per run, which the agency's supervisor sees. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const AUDIT = graphql(`
  query ImportAuditTrail($s: String) {
    auditEvents(filter: { subject: $s }) {
      edges {
        node {
          subject
          agencyOri
          roles
          sourceAddress
          operation
          rootFields
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

async function trailOf(subject: string) {
  const res = await app.gql(AUDIT, { s: subject }, [Role.SUPERVISOR]);
  expect(res.errors).toBeUndefined();
  return res.data!.auditEvents.edges.map((e) => e.node);
}

describe('audit record of a command-line import', () => {
  it('records a run with who, where from, the input digest and the counts; a rejected line makes it ERROR', async () => {
    const records = validRecords(`CLIAUDIT${RUN}${unique()}`);
    const file = writeNdjson(path.join(tempDir(), 'audited.ndjson'), [
      ...(records as unknown as Array<Record<string, unknown>>),
      { type: 'person', id: 'bad id with spaces' },
    ]);
    const subject = `operator-${unique()}`;
    const run = await runImport(app.gateway, [file], { analysis: false, actor: { subject, agencyOri: 'NY0303000', sourceAddress: 'cli@test-host' } });
    expect(run.summaries[0]).toMatchObject({ accepted: records.length, rejected: 1 });
    expect(await trailOf(subject)).toEqual([
      {
        subject,
        agencyOri: 'NY0303000',
        roles: [],
        sourceAddress: 'cli@test-host',
        operation: 'import',
        rootFields: [],
        documentHash: sha256(readFileSync(file, 'utf8')),
        personIds: [],
        outcome: 'ERROR',
        errorCodes: ['BAD_USER_INPUT'],
        wrote: true,
        recordsRead: records.length + 1,
        recordsAccepted: records.length,
        recordsRejected: 1,
      },
    ]);
  });

  it('records a clean run ALLOWED, and a run that failed ERROR', async () => {
    const subject = `operator-${unique()}`;
    const actor = { subject, agencyOri: 'NY0303000', sourceAddress: 'cli@test-host' };
    const dir = tempDir();
    const clean = writeNdjson(path.join(dir, 'clean.ndjson'), validRecords(`CLIOK${RUN}${unique()}`) as unknown as Array<Record<string, unknown>>);
    await runImport(app.gateway, [clean], { analysis: false, actor });
    const missing = path.join(dir, 'missing.ndjson');
    await expect(runImport(app.gateway, [missing], { analysis: false, actor })).rejects.toThrow();
    const [failed, ok] = await trailOf(subject);
    expect(ok).toMatchObject({ outcome: 'ALLOWED', errorCodes: [], wrote: true, recordsRejected: 0 });
    expect(failed).toMatchObject({ outcome: 'ERROR', errorCodes: ['INTERNAL_SERVER_ERROR'], wrote: false, recordsRead: 0 });
  });

  it('names the OS user and this host by default', () => {
    const actor = cliActor();
    expect(actor.subject).toMatch(/\S/);
    expect(actor.sourceAddress).toMatch(/^cli@/);
    expect(actor.agencyOri).toBeNull();
  });
});
