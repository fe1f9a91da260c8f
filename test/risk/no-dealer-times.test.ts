import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import type { NoDealerTimesQuery } from '../generated/graphql/graphql.js';
import { importRecords } from '../leads/fixtures.js';
import { closeAfterRemovingGuns } from '../network/case-reads.js';
import { gunPath, philadelphians, type CaseWorld } from '../network/case-records.js';
import { startTestApp, type TestApp } from '../support/app.js';

// A source whose traces carry no dealer times (the request, the outcome, the dealer and the
// purchaser only): the generator always writes them, other sources may not. A dealer that keeps no
// records (27 CFR 478.125) must still be seen from its answers, and what the data cannot say (how
// late it answered) must be unknown, not zero. Hand-written records, not the generator's.
const RUN = Date.now().toString(36).toUpperCase().slice(-6);
const id = (k: string) => `NDT-${RUN}-${k}`;
const digits = String(Number.parseInt(RUN, 36) % 100_000).padStart(5, '0');
const ORI = `OH${digits}04`;
const MAKER = `NDT ${RUN} Arms`;
const OFF_BOOK = `4-31-035-01-7C-${digits}`;
const CAREFUL = `4-31-049-01-7C-${digits}`;
const world = (store: string): CaseWorld => ({
  id,
  run: RUN,
  store,
  ori: ORI,
  maker: MAKER,
  gun: { serialPrefix: 'ND', make: 'Ndt', model: 'N9' },
  recoveredAt: { address: '9 High St', city: 'Columbus', state: 'OH', latitude: 39.96, longitude: -83.0 },
});
const person = philadelphians(world(CAREFUL), 'Ndt', 'Oak St', 300);
const withoutDealerTimes = (r: Record<string, unknown>) => (r.type === 'trace' ? { ...r, dealerRequestedAt: null, dealerRespondedAt: null } : r);
const recovered = (n: number) => `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(2 + n).padStart(2, '0')}`;

// Twelve guns traced to the off-book store: ten answered with no purchaser and no sale on record,
// two sold on record and answered with the buyer.
const offBook = Array.from({ length: 12 }, (_, n) => n).flatMap((n) => {
  const [firearm, sale, recovery, trace] = gunPath(world(OFF_BOOK), `O${n}`, `B${n % 4}`, '2023-03-01', `H${n % 6}`, recovered(n));
  if (n < 2) return [firearm!, sale!, recovery!, withoutDealerTimes(trace!)];
  return [firearm!, recovery!, withoutDealerTimes({ ...trace!, outcome: 'NO_PURCHASER', timeToCrimeDays: null, resolvedPurchaserId: null })];
});
// Twelve guns traced to a careful store, every one sold on record and answered with the buyer.
const careful = Array.from({ length: 12 }, (_, n) => n).flatMap((n) =>
  gunPath(world(CAREFUL), `C${n}`, `B${n % 4}`, '2019-05-01', `H${n % 6}`, recovered(n)).map(withoutDealerTimes),
);
const records = [
  { type: 'manufacturer', name: MAKER, kind: 'MANUFACTURER', country: 'US' },
  { type: 'agency', ori: ORI, name: `NDT ${RUN} Police`, state: 'OH', city: 'Columbus', nibinPartner: true },
  ...[OFF_BOOK, CAREFUL].map((license, i) => ({
    type: 'ffl',
    license,
    name: `NDT ${RUN} ${i ? 'Careful' : 'Corner'} Guns`,
    licenseType: '01',
    premisesAddress: `${10 + i} Broad St`,
    city: 'Columbus',
    state: 'OH',
    latitude: 39.96,
    longitude: -83.0,
  })),
  ...['B0', 'B1', 'B2', 'B3'].map((k, i) => person(k, `Buyer${i}`, `198${i}-04-1${i}`)),
  ...['H0', 'H1', 'H2', 'H3', 'H4', 'H5'].map((k, i) => person(k, `Holder${i}`, `199${i}-08-2${i}`)),
  ...offBook,
  ...careful,
];

const DEALERS = graphql(`
  query NoDealerTimes($offBook: NonEmptyString!, $careful: NonEmptyString!) {
    highRiskDealers(first: 0) {
      totalCount
    }
    offBook: ffl(license: $offBook) {
      risk {
        rank
        indicators {
          key
          value
          detail
        }
        evidence(first: 50, indicator: NO_RECORD_TRACES) {
          totalCount
          edges {
            node {
              traceId
              outcome
            }
          }
        }
      }
    }
    careful: ffl(license: $careful) {
      risk {
        indicators {
          key
          value
        }
      }
    }
  }
`);

let app: TestApp;
let data: NoDealerTimesQuery;
beforeAll(async () => {
  app = await startTestApp();
  expect(await importRecords(app, records)).toBe(records.length);
  await runAnalysis(app.gateway);
  const res = await app.gql(DEALERS, { offBook: OFF_BOOK, careful: CAREFUL }, [Role.ANALYST]);
  expect(res.errors).toBeUndefined();
  data = res.data!;
}, 300_000);
// Its guns removed afterwards: other files' dealers are ranked against whatever the database holds.
afterAll(() => closeAfterRemovingGuns(app, records));

const indicator = (risk: { indicators: Array<{ key: string; value?: number | null; detail?: string }> }, key: string) =>
  risk.indicators.find((i) => i.key === key)!;

describe('dealer risk from traces without dealer times', () => {
  it('counts the no-purchaser answers as missing records and ranks the off-book store in the top 5% on them', () => {
    const risk = data.offBook!.risk!;
    expect(indicator(risk, 'NO_RECORD_TRACES').value).toBe(10);
    expect(indicator(risk, 'NO_RECORD_SHARE').detail).toMatch(/^10 of 12 traces that reached the dealer/);
    expect(risk.rank).toBeLessThanOrEqual(Math.ceil(0.05 * data.highRiskDealers.totalCount));
  });

  it('lists exactly the ten no-purchaser traces as the evidence of its missing records', () => {
    const evidence = data.offBook!.risk!.evidence;
    expect(evidence.totalCount).toBe(10);
    expect(new Set(evidence.edges.map((e) => e.node.outcome))).toEqual(new Set(['NO_PURCHASER']));
  });

  it('leaves how late the dealers answered unscored, since the data does not say when they were asked', () => {
    for (const risk of [data.offBook!.risk!, data.careful!.risk!]) {
      expect(indicator(risk, 'UNANSWERED_TRACE_REQUESTS').value).toBeNull();
      expect(indicator(risk, 'UNANSWERED_TRACE_SHARE').value).toBeNull();
    }
  });

  it('finds no missing record at the careful store, whose every trace named the buyer of a recorded sale', () => {
    expect(indicator(data.careful!.risk!, 'NO_RECORD_TRACES').value).toBe(0);
  });
});
