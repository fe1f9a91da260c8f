import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, validRecords } from './fixtures.js';
import { ingest } from './import-api.js';
import { graphql } from '../generated/graphql/index.js';

/** Dealer risk and networks follow writes through the API (importRecords), as they follow `npm run import`. */
let app: TestApp;
beforeAll(async () => {
  // Writes pause for 8 s before the run: the two calls below fall in one window even when a
  // loaded CI machine takes seconds over the second call.
  app = await startTestApp({ ANALYSIS_AFTER_INGEST: 'true', ANALYSIS_AFTER_INGEST_MS: '8000' });
});
afterAll(() => app.close());

const RISK = graphql(`
  query AfterIngestRisk($l: NonEmptyString!) {
    ffl(license: $l) {
      license
      risk {
        score
        rank
        computedAt
      }
    }
  }
`);

describe('analysis after ingest', () => {
  it('scores a dealer written through importRecords once the writes pause: one run for a burst of calls', async () => {
    const scheduler = app.server.analysis!;
    expect(scheduler).toBeDefined();
    const records = validRecords(`AFTER${RUN}${unique()}`) as unknown as Array<Record<string, unknown>>;
    const license = String(records.find((r) => r.type === 'ffl')!.license);
    // Other test files run the analysis job on the same Neo4j: a start refused because one of
    // them held the analysis lock (busy) is retried, and is not a second run of this burst.
    const ran = () => scheduler.runs - scheduler.busy;
    const before = ran();
    for (const batch of [records.slice(0, 6), records]) {
      const res = await ingest(app, batch);
      expect(res.errors).toBeUndefined();
      expect(res.data!.importRecords.accepted).toBe(batch.length);
    }
    await scheduler.idle();
    expect(ran() - before).toBe(1);
    const res = await app.gql(RISK, { l: license }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.ffl!.risk).not.toBeNull();
    expect(res.data!.ffl!.risk!.computedAt).toBe(scheduler.lastRun!.computedAt);
    expect(res.data!.ffl!.risk!.rank).toBeGreaterThan(0);
  }, 180_000);

  it('is off in the other tests and can be turned off (ANALYSIS_AFTER_INGEST=false)', async () => {
    const off = await startTestApp();
    try {
      expect(off.server.analysis).toBeUndefined();
    } finally {
      await off.close();
    }
  });
});
