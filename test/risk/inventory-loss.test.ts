import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import { asInput } from '../leads/fixtures.js';
import { closeAfterRemovingGuns } from '../network/case-reads.js';

// A dealer's guns that left its inventory without a sale, written by hand: one stolen in a
// burglary the dealer reported at once, one "lost" but reported only after the trace request
// asked for it, one never reported. Only a report filed before the trace request accounts for a
// gun (27 CFR 478.39a: theft or loss reported within 48 hours of discovery).
const RUN = Date.now().toString(36).toUpperCase().slice(-6);
const id = (k: string) => `LOSS-${RUN}-${k}`;
const digits = String(Number.parseInt(RUN, 36) % 100_000).padStart(5, '0');
const STORE = `8-23-045-01-7C-${digits}`;
const ORI = `PA${digits}02`;
const MAKER = `LOSS ${RUN} Arms`;
let app: TestApp;

const IMPORT = graphql(`
  mutation InventoryLoss1($records: [ImportRecordInput!]!) {
    importRecords(records: $records) {
      accepted
    }
  }
`);
const RISK = graphql(`
  query InventoryLoss2($l: NonEmptyString!) {
    ffl(license: $l) {
      risk {
        indicators {
          key
          value
          detail
        }
        evidence(first: 10, indicator: NO_RECORD_TRACES) {
          totalCount
          edges {
            node {
              traceId
              flags
            }
          }
        }
      }
    }
  }
`);
/** A gun of the store recovered in Philadelphia on 2025-06-10 and traced; the store answers "no purchaser". */
function inventoryGun(k: string) {
  return [
    {
      type: 'firearm',
      id: id(`FA${k}`),
      serial: `LS${RUN}${k}`,
      serialObliterated: false,
      make: 'Loss',
      model: 'L9',
      caliber: '9mm Luger',
      kind: 'PISTOL',
      manufacturer: MAKER,
    },
    {
      type: 'recovery',
      id: id(`RC${k}`),
      firearmId: id(`FA${k}`),
      recoveredOn: '2025-06-10',
      address: '9 Loss St',
      city: 'Philadelphia',
      state: 'PA',
      latitude: 39.95,
      longitude: -75.16,
      agencyOri: ORI,
      sceneId: null,
      possessorId: null,
    },
    {
      type: 'trace',
      id: id(`T${k}`),
      agencyOri: ORI,
      recoveryId: id(`RC${k}`),
      requestedAt: '2025-06-11T15:00:00.000Z',
      completedAt: '2025-06-12T15:00:00.000Z',
      outcome: 'NO_PURCHASER',
      dealerRequestedAt: '2025-06-11T16:00:00.000Z',
      dealerRespondedAt: '2025-06-11T20:00:00.000Z',
      timeToCrimeDays: null,
      resolvedDealerLicense: STORE,
      resolvedPurchaserId: null,
    },
  ];
}

const report = (k: string, kind: string, occurredOn: string, reportedAt: string) => ({
  type: 'theft',
  id: id(`TH${k}`),
  firearmId: id(`FA${k}`),
  kind,
  occurredOn,
  reportedAt,
  reportingAgencyOri: ORI,
  reportingFflLicense: STORE,
});

let records: Array<Record<string, unknown>> = [];
beforeAll(async () => {
  app = await startTestApp();
  records = [
    { type: 'manufacturer', name: MAKER, kind: 'MANUFACTURER', country: 'US' },
    { type: 'agency', ori: ORI, name: `LOSS ${RUN} Police`, state: 'PA', city: 'Philadelphia', nibinPartner: true },
    {
      type: 'ffl',
      license: STORE,
      name: `LOSS ${RUN} Guns`,
      licenseType: '01',
      premisesAddress: '1 Loss St',
      city: 'Philadelphia',
      state: 'PA',
      latitude: 39.95,
      longitude: -75.16,
    },
    ...inventoryGun('BURGLED'),
    ...inventoryGun('LATELOSS'),
    ...inventoryGun('NOREPORT'),
    // Burgled on 2025-01-03, reported the next morning: months before any trace.
    report('BURGLED', 'FFL_THEFT', '2025-01-03', '2025-01-04T09:00:00.000Z'),
    // "Lost" on a date in spring, reported two days after the trace request reached the store.
    report('LATELOSS', 'FFL_LOSS', '2025-04-01', '2025-06-13T09:00:00.000Z'),
  ];
  const sent = await app.gql(IMPORT, { records: asInput(records) }, [Role.INGEST]);
  expect(sent.errors).toBeUndefined();
  await runAnalysis(app.gateway);
}, 300_000);
// Its guns removed afterwards: other files' dealers are ranked against whatever the database holds.
afterAll(() => closeAfterRemovingGuns(app, records));

describe('guns that left a dealer without a sale', () => {
  it('count as missing records unless a theft or loss was reported before the trace asked for them', async () => {
    const res = await app.gql(RISK, { l: STORE }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    const risk = res.data!.ffl!.risk!;
    expect(risk.indicators.find((i) => i.key === 'NO_RECORD_TRACES')!.value).toBe(2);
    const listed = risk.evidence.edges.map((e) => e.node.traceId).sort();
    expect(listed).toEqual([id('TLATELOSS'), id('TNOREPORT')]);
    expect(risk.evidence.totalCount).toBe(2);
  });
});
