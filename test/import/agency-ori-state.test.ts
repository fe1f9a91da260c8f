import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/importer.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, tempDir, validRecords, writeNdjson } from './fixtures.js';
import { ingest, type Raw } from './import-api.js';
import { rejectsOf } from './chronology-cases.js';

/**
 * An agency's state is the one its ORI names (docs/import.md, Validation: NCIC assigns an ORI under the
 * state or territory where the agency is located). The rule applies to incoming records only: an agency
 * stored before it, with another state, still reads back and can still be referred to.
 */
const AGENCY = 'query($o: NonEmptyString!) { agency(ori: $o) { ori name state } }';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("an agency's state and its ORI", () => {
  const tag = `AO${RUN}${unique()}`;
  const base = validRecords(tag) as unknown as Raw[];
  const agency = base.find((r) => r.type === 'agency')!;
  const ori = String(agency.ori);
  const read = async (o: string) => (await app.gqlRaw(AGENCY, { o })).data as { agency: { ori: string; name: string; state: string } | null } | undefined;

  it('rejects an agency filed under another state than its ORI names, through importRecords, and writes nothing', async () => {
    const res = await ingest(app, [{ ...agency, state: 'NY' }]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].state' });
    expect(res.errors?.[0]?.message).toContain(`state: is NY, but the ORI ${ori} names NJ`);
    const missing = await app.gqlRaw(AGENCY, { o: ori });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects it in a file import too, on the state field, and accepts the agency filed under its own state', async () => {
    const file = writeNdjson(path.join(tempDir(), 'agencies.ndjson'), [{ ...agency, state: 'PA' }, agency]);
    const summary = await importFile(app.gateway, file);
    expect(summary).toMatchObject({ accepted: 1, rejected: 1 });
    expect(rejectsOf(summary.rejectFile!)).toMatchObject([{ line: 1, type: 'agency', field: 'state', reason: `is PA, but the ORI ${ori} names NJ` }]);
  });

  it('reads back an agency stored before the rule with another state, and lets new records refer to it', async () => {
    const stored = `NJ${String(Date.now() % 100_000).padStart(5, '0')}Q9`;
    await app.gateway.write(
      { name: 'test/agency-before-the-rule', text: 'CREATE (:Agency {ori: $ori, name: $name, state: $state, city: $city, nibinPartner: true})' },
      { ori: stored, name: `IMPTEST ${tag} Border Task Force`, state: 'PA', city: 'Philadelphia' },
    );
    expect(await read(stored)).toEqual({ agency: { ori: stored, name: `IMPTEST ${tag} Border Task Force`, state: 'PA' } });
    const scene = { ...base.find((r) => r.type === 'scene')!, id: `IMPTEST-${tag}-SCX`, agencyOri: stored };
    const res = await ingest(app, [scene]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.importRecords).toMatchObject({ created: 1 });
  });
});
