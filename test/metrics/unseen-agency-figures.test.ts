import { describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import type { UnseenFiguresFragment } from '../generated/graphql/graphql.js';
import { analysedAgencyCase, unseenAgencies } from './unseen-agencies.js';

// Every measure of the hand-written Wyoming case (unseen-agencies.ts) against figures computed by
// hand from its records: definitions in docs/metrics.md (CGIC 24-hour NIBIN entry target; eTrace
// 7-day goal; DOJ-IG Frontline review). Medians of even counts are the mean of the middle two,
// p90 is nearest rank, shares are rounded to 4 places and hours/days to 2.
const { id, ori, t0, records } = unseenAgencies('UMF');
const A = ori('A');
const B = ori('B');
const C = ori('C');
const D = ori('D');
const { app } = analysedAgencyCase(records);

graphql(`
  fragment UnseenFigures on AgencyMetrics {
    key
    name
    state
    period
    computedAt
    nibin {
      casingsRecovered
      casingsEntered
      casingEntryShare
      gunsRecovered
      gunsTestFired
      testFireShare
      agenciesRecovering
      agenciesEntering
      agenciesEnteringNothing
    }
    timeliness {
      entered
      medianHours
      p90Hours
      within24hShare
      within48hShare
      histogram {
        upToHours
        casings
      }
      backlog {
        fromDays
        casings
      }
      backlogTotal
    }
    leads {
      leads
      confirmed
      medianEntryToCorrelationHours
      medianCorrelationToReviewHours
      p90CorrelationToReviewHours
      reviewed
      reviewedWithin48hShare
    }
    tracing {
      gunsRecovered
      gunsTraced
      tracedShare
      medianRequestDelayDays
      p90RequestDelayDays
      completed
      medianCompletionDays
      completedWithin7DaysShare
      outcomes {
        outcome
        traces
      }
      dealerRequests
      medianDealerResponseHours
      dealerWithin24hShare
      dealerUnanswered
    }
    lateEntry {
      lateCasings
      costlyCasings
      shootingsLinkableEarlier
      seriesAffected
      sceneIds
    }
    crossJurisdiction {
      series
      otherAgencies
    }
  }
`);
const METRICS = graphql(`
  query UnseenFiguresMetrics($scope: MetricScope, $key: String, $from: String, $to: String) {
    agencyMetrics(scope: $scope, key: $key, from: $from, to: $to) {
      ...UnseenFigures
    }
  }
`);

async function metrics(
  key: string,
  from: string | null = null,
  to: string | null = null,
  scope: 'AGENCY' | 'STATE' = 'AGENCY',
): Promise<UnseenFiguresFragment> {
  const res = await app().gql(METRICS, { scope, key, from, to }, [Role.ANALYST]);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.agencyMetrics as UnseenFiguresFragment;
}

const bins = (...casings: number[]) => [24, 48, 168, 720, 2160, null].map((upToHours, i) => ({ upToHours, casings: casings[i] ?? 0 }));
const r4 = (v: number) => Math.round(v * 10_000) / 10_000;
const r2 = (v: number) => Math.round(v * 100) / 100;

describe('NIBIN entry timeliness, by hand (agency A)', () => {
  it('March: 5 h, exactly 24 h (on target), 10 h overnight, 24 h + 1 min (late), 34 h across the month end', async () => {
    const m = await metrics(A, '2025-03', '2025-03');
    expect(m.period).toBe('2025-03');
    expect(m.nibin).toMatchObject({ casingsRecovered: 5, casingsEntered: 5, casingEntryShare: 1 });
    // Sorted 5, 10, 24, 24.02, 34: median 24; nearest-rank p90 is the 5th.
    expect(m.timeliness).toMatchObject({ entered: 5, medianHours: 24, p90Hours: 34, within24hShare: 0.6, within48hShare: 1, backlogTotal: 0 });
    expect(m.timeliness.histogram).toEqual(bins(3, 2));
    expect(m.lateEntry.lateCasings).toBe(2);
  });

  it('April: 6 h just after midnight on the 1st, exactly 48 h, 100 h and one casing never entered', async () => {
    const m = await metrics(A, '2025-04', '2025-04');
    expect(m.nibin).toMatchObject({ casingsRecovered: 4, casingsEntered: 3, casingEntryShare: 0.75 });
    expect(m.timeliness).toMatchObject({ entered: 3, medianHours: 48, p90Hours: 100, within24hShare: r4(1 / 3), within48hShare: r4(2 / 3), backlogTotal: 1 });
    expect(m.timeliness.histogram).toEqual(bins(1, 1, 1));
    // Recovered 2025-04-20, more than 90 days before the latest instant in the data.
    expect(m.timeliness.backlog.map((b) => b.casings)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('March to April merged: the exact median of eight delays, not an average of the two months', async () => {
    const m = await metrics(A, '2025-03', '2025-04');
    expect(m.period).toBe('2025-03..2025-04');
    // 5, 6, 10, 24, 24.02, 34, 48, 100: median (24 + 24.0167) / 2.
    expect(m.timeliness).toMatchObject({ entered: 8, medianHours: r2((24 + 24 + 1 / 60) / 2), p90Hours: 100, within24hShare: 0.5, within48hShare: 0.875 });
    expect(m.nibin).toMatchObject({ casingsRecovered: 9, casingsEntered: 8, casingEntryShare: r4(8 / 9) });
  });

  it('all data: the eight delays and the series casings (6, 8 and 3 h), guns test-fired 2 of 4', async () => {
    const m = await metrics(A);
    // 3, 5, 6, 6, 8, 10, 24, 24.02, 34, 48, 100: median the 6th, p90 the 10th.
    expect(m.timeliness).toMatchObject({ entered: 11, medianHours: 10, p90Hours: 48, within24hShare: r4(7 / 11), within48hShare: r4(10 / 11) });
    expect(m.nibin).toMatchObject({ casingsRecovered: 12, casingsEntered: 11, gunsRecovered: 4, gunsTestFired: 2, testFireShare: 0.5 });
    const year = await metrics(A, '2025-01', '2025-12');
    expect(year.period).toBe('2025');
    expect({ ...year, period: 'ALL' }).toEqual(m);
  });
});

describe('NIBIN use, backlog and tracing, by hand', () => {
  it('C recovered six casings and entered none: its backlog by age at the latest instant (ages 0, 1, 3, 7, 40, 100 days)', async () => {
    const m = await metrics(C);
    expect(m.nibin).toMatchObject({ casingsRecovered: 6, casingsEntered: 0, casingEntryShare: 0, gunsRecovered: 1, gunsTestFired: 0, testFireShare: 0 });
    expect(m.timeliness).toMatchObject({ entered: 0, medianHours: null, within24hShare: null, backlogTotal: 6 });
    // Lower bounds inclusive: exactly 1 day old is in 1-2, exactly 7 in 7-30.
    expect(m.timeliness.backlog.map((b) => [b.fromDays, b.casings])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
      [7, 1],
      [30, 1],
      [90, 1],
    ]);
    expect(m.tracing).toMatchObject({ gunsRecovered: 1, gunsTraced: 0, tracedShare: 0, medianRequestDelayDays: null });
  });

  it('Wyoming: four agencies recovered, A and B entered, C and D entered nothing', async () => {
    const m = await metrics('WY', null, null, 'STATE');
    expect(m.nibin).toMatchObject({ agenciesRecovering: 4, agenciesEntering: 2, agenciesEnteringNothing: [C, D] });
    expect(m.nibin).toMatchObject({ casingsRecovered: 12 + 3 + 6, casingsEntered: 11 + 3, gunsRecovered: 4 + 3 + 1, gunsTestFired: 2 });
  });

  it('A traced 3 of 4 guns: request delay, completion, outcomes and dealer answers', async () => {
    const t = (await metrics(A)).tracing;
    // Requests 1.5, 10 and 0.75 days after the recovery day; completions 4 and 10 days; dealers 8 h and 48 h, one never.
    expect(t).toMatchObject({ gunsRecovered: 4, gunsTraced: 3, tracedShare: 0.75, medianRequestDelayDays: 1.5, p90RequestDelayDays: 10 });
    expect(t).toMatchObject({ completed: 2, medianCompletionDays: 7, completedWithin7DaysShare: 0.5 });
    expect(t.outcomes).toEqual([
      { outcome: 'COMPLETED', traces: 1 },
      { outcome: 'NO_PURCHASER', traces: 1 },
      { outcome: 'PENDING', traces: 1 },
    ]);
    expect(t).toMatchObject({ dealerRequests: 3, medianDealerResponseHours: 28, dealerUnanswered: 1, dealerWithin24hShare: r4(1 / 3) });
  });

  it('D (guns only): a trace completed in exactly 7 days is within the eTrace goal; a dealer asked 2 hours ago is not yet late', async () => {
    const t = (await metrics(D)).tracing;
    const gd3Day = Date.parse(`${new Date(t0 - 2 * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`);
    const gd3Delay = (t0 - 3 * 3_600_000 - gd3Day) / 86_400_000;
    expect(t).toMatchObject({ gunsRecovered: 3, gunsTraced: 2, tracedShare: r4(2 / 3), medianRequestDelayDays: r2((7 + gd3Delay) / 2) });
    expect(t).toMatchObject({ completed: 1, medianCompletionDays: 7, completedWithin7DaysShare: 1, dealerRequests: 1, dealerUnanswered: 0 });
    // No dealer request has had its 24 hours yet: no share to give.
    expect(t.dealerWithin24hShare).toBeNull();
  });
});

describe('lead turnaround and the cost of late entry, by hand (May 2025)', () => {
  it('A: six leads (four confirmed), entry-to-correlation 1-20 h, reviews 5-50 h and one never reviewed', async () => {
    const l = (await metrics(A, '2025-05', '2025-05')).leads;
    // Entry -> correlation 2, 3, 2, 8, 1, 20 h: median 2.5. Reviews 20, 30, 50, 10, 5 h: median 20, p90 50.
    expect(l).toMatchObject({
      leads: 6,
      confirmed: 4,
      medianEntryToCorrelationHours: 2.5,
      medianCorrelationToReviewHours: 20,
      p90CorrelationToReviewHours: 50,
      reviewed: 5,
    });
    // Four reviewed within 48 h, of the five reviewed and the one waiting since May 2025.
    expect(l.reviewedWithin48hShare).toBe(r4(4 / 6));
    expect((await metrics(A, '2025-04', '2025-04')).leads.leads).toBe(0);
  });

  it('B: X2 entered 17 days late kept S3 and S4 from being linked; X4 (30 h late) and the rejected Z6 (7 days) cost nothing', async () => {
    const m = await metrics(B, '2025-05', '2025-05');
    // H = X2 recovered + 24 h (3 May 03:00; X1 was in since 2 May), A = X2 entered (20 May 03:00): S3 (10 May) and S4 (15 May).
    expect(m.lateEntry).toEqual({ lateCasings: 3, costlyCasings: 1, shootingsLinkableEarlier: 2, seriesAffected: 1, sceneIds: [id('SX3'), id('SX4')].sort() });
    expect(m.timeliness).toMatchObject({ entered: 3, medianHours: 168, p90Hours: 408, within24hShare: 0, within48hShare: r4(1 / 3) });
    expect(m.timeliness.histogram).toEqual(bins(0, 1, 1, 1));
    expect(m.crossJurisdiction).toEqual({ series: 1, otherAgencies: [A] });
    expect(m.leads).toMatchObject({ leads: 5, confirmed: 4, medianEntryToCorrelationHours: 2 });
    const a = await metrics(A, '2025-05', '2025-05');
    expect(a.lateEntry).toMatchObject({ lateCasings: 0, shootingsLinkableEarlier: 0 });
    expect(a.crossJurisdiction).toEqual({ series: 1, otherAgencies: [B] });
  });

  it('Wyoming counts each lead once, though it touches two of its agencies', async () => {
    const l = (await metrics('WY', '2025-05', '2025-05', 'STATE')).leads;
    expect(l).toMatchObject({ leads: 6, confirmed: 4, medianEntryToCorrelationHours: 2.5 });
  });
});
