import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, validRecords } from './fixtures.js';
import { ingest } from './import-api.js';
import { graphql } from '../generated/graphql/index.js';

/** Theft/loss reports: imported through importRecords, read back through Firearm.theftReports (paged). */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const REPORTS = graphql(`
  query TheftReports($id: NonEmptyString!, $first: Int, $after: String) {
    firearm(id: $id) {
      theftReports(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            occurredOn
            reportedAt
            firearm {
              id: firearmId
            }
            reportingAgency {
              ori
            }
            reportingFfl {
              license
            }
          }
        }
      }
    }
  }
`);

describe('theft/loss reports', () => {
  const tag = `TH${RUN}${unique()}`;
  const base = validRecords(tag) as unknown as Array<Record<string, unknown>>;
  const gun = base.find((r) => r.type === 'firearm')!.id as string;
  const agency = base.find((r) => r.type === 'agency')!.ori as string;
  const license = base.find((r) => r.type === 'ffl')!.license as string;
  const ffl = {
    type: 'theft',
    id: `IMPTEST-${tag}-TH2`,
    firearmId: gun,
    kind: 'FFL_LOSS',
    occurredOn: '2024-11-30',
    reportedAt: '2024-12-02T15:00:00Z',
    reportingAgencyOri: null,
    reportingFflLicense: license,
  };

  it('writes a police and an FFL report and reads both back, newest first, a page at a time', async () => {
    const sent = await ingest(app, [...base, ffl]);
    expect(sent.errors).toBeUndefined();
    const first = await app.gql(REPORTS, { id: gun, first: 1 }, [Role.ANALYST]);
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.firearm!.theftReports;
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges.map((e) => e.node)).toEqual([
      {
        id: `IMPTEST-${tag}-TH`,
        kind: 'VEHICLE_BREAK_IN',
        occurredOn: '2025-02-01',
        reportedAt: '2025-02-01T18:30:00.000Z',
        firearm: { id: gun },
        reportingAgency: { ori: agency },
        reportingFfl: null,
      },
    ]);
    const second = await app.gql(REPORTS, { id: gun, first: 5, after: page1.pageInfo.endCursor }, [Role.ANALYST]);
    expect(second.data!.firearm!.theftReports.edges.map((e) => e.node)).toEqual([
      {
        id: ffl.id,
        kind: 'FFL_LOSS',
        occurredOn: '2024-11-30',
        reportedAt: '2024-12-02T15:00:00.000Z',
        firearm: { id: gun },
        reportingAgency: null,
        reportingFfl: { license },
      },
    ]);
    expect(second.data!.firearm!.theftReports.pageInfo.hasNextPage).toBe(false);
  });

  it('rejects an FFL loss without the licensee, naming the field', async () => {
    const bad = { ...ffl, id: `IMPTEST-${tag}-TH3`, reportingFflLicense: null, reportingAgencyOri: agency };
    const res = await ingest(app, [bad]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].reportingFflLicense' });
  });

  it('rejects a report of a gun that is nowhere', async () => {
    const bad = { ...ffl, id: `IMPTEST-${tag}-TH4`, firearmId: `IMPTEST-${tag}-NOGUN` };
    const res = await ingest(app, [bad]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].firearmId' });
  });
});
