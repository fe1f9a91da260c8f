import { describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import { analysedAgencyCase, unseenAgencies } from './unseen-agencies.js';

// What an analyst would type about the hand-written Wyoming case (unseen-agencies.ts): the
// feedback report over a period with data, with none, for an agency with no evidence and one with
// recoveries only; ranges given backwards, blank, open-ended or a century long; leagues, peers and
// trends; the daily brief around the CGIC 24-hour entry target. Expected values by hand.
const { ori, records } = unseenAgencies('UMQ');
const [A, B, C, D, E] = (['A', 'B', 'C', 'D', 'E'] as const).map(ori) as [string, string, string, string, string];
const { app } = analysedAgencyCase(records);
const nameOf = (o: string) => records.find((r) => r.type === 'agency' && r.ori === o)!.name as string;
const r4 = (v: number) => Math.round(v * 10_000) / 10_000;

const REPORT = graphql(`
  query UnseenQuestionsReport($ori: String!, $from: String, $to: String) {
    agencyReport(ori: $ori, from: $from, to: $to) {
      findings
      peerPeriod
      metrics {
        name
        state
        period
        computedAt
        nibin {
          casingsRecovered
        }
        timeliness {
          within24hShare
        }
      }
      state {
        key
        nibin {
          casingsRecovered
        }
      }
      untracedGuns(first: 10) {
        totalCount
      }
    }
  }
`);
const METRICS = graphql(`
  query UnseenQuestionsMetrics($key: String, $from: String, $to: String) {
    agencyMetrics(key: $key, from: $from, to: $to) {
      name
      period
      nibin {
        casingsRecovered
        casingsEntered
      }
      timeliness {
        medianHours
        within24hShare
        backlogTotal
      }
      tracing {
        gunsRecovered
        tracedShare
      }
      leads {
        leads
      }
      peers {
        group
        peers
        measure
        value
        peerMedian
        betterThanShare
      }
    }
  }
`);
const LEAGUE = graphql(`
  query UnseenQuestionsLeague($measure: AgencyMeasure) {
    agencyLeague(period: "ALL", state: "WY", measure: $measure, first: 10) {
      totalCount
      edges {
        node {
          key
        }
      }
    }
  }
`);
const TREND = graphql(`
  query UnseenQuestionsTrend($key: String, $from: String, $to: String) {
    agencyMetricsTrend(key: $key, from: $from, to: $to) {
      period
      timeliness {
        within24hShare
      }
    }
  }
`);
const BRIEF = graphql(`
  query UnseenQuestionsBrief($ori: NonEmptyString!, $from: DateTime, $to: DateTime) {
    dailyBrief(agencyOri: $ori, from: $from, to: $to) {
      gunsRecovered
      casingsEntered
      casingsEnteredLate
    }
  }
`);

const report = async (o: string, from: string | null = null, to: string | null = null) => {
  const res = await app().gql(REPORT, { ori: o, from, to }, [Role.ANALYST]);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.agencyReport;
};
const metrics = (key: string, from: string | null = null, to: string | null = null) => app().gql(METRICS, { key, from, to }, [Role.ANALYST]);

describe('the feedback report, as an agency reads it', () => {
  it('an agency with no evidence on record: its name and state, the state beside it, and "no data" instead of zeros', async () => {
    const r = await report(E);
    expect(r.metrics).toMatchObject({ name: nameOf(E), state: 'WY', computedAt: null });
    expect(r.state.key).toBe('WY');
    expect(r.state.nibin.casingsRecovered).toBe(12 + 3 + 6);
    expect(r.findings).toEqual([expect.stringMatching(/^No casings, guns or NIBIN leads of your agency are on record for this period/)]);
  });

  it('a period in which the agency recorded nothing: same, and the state column is the state, not the agency again', async () => {
    const r = await report(A, '2024-01', '2024-02');
    expect(r.metrics).toMatchObject({ name: nameOf(A), state: 'WY', period: '2024-01..2024-02', computedAt: null });
    expect(r.state.key).toBe('WY');
    expect(r.findings.join(' ')).not.toMatch(/0 of 0/);
    expect(r.untracedGuns.totalCount).toBe(0);
  });

  it('recoveries only (D): that none of its 3 guns reached NIBIN as a test-fire, 2 of 3 traced (Wyoming: 5 of 8), its one untraced gun', async () => {
    const r = await report(D);
    expect(r.findings).toContain(`None of the 3 guns your agency recovered was test-fired into NIBIN.`);
    expect(r.findings).toContain('2 of 3 recovered guns traced (66.7%; state: 62.5%).');
    expect(r.untracedGuns.totalCount).toBe(1);
  });

  it('C entered nothing: says so, with its backlog', async () => {
    const r = await report(C);
    expect(r.findings).toContain('None of the 6 casings your agency recovered was entered into NIBIN.');
    expect(r.findings).toContain('6 recovered casings are not in NIBIN.');
  });

  it('A in March and April: its timeliness against the state, peers over the year that holds the period', async () => {
    const r = await report(A, '2025-03', '2025-04');
    expect(r.peerPeriod).toBe('2025');
    // A: 4 of 8 within 24 h, median 24.01 h; Wyoming in those months is A alone (C's casings are dated from today).
    expect(r.findings).toContain('Casings reached NIBIN a median 24 hours after recovery (state: 24 hours); 50% within the 24-hour target (state: 50%).');
  });
});

describe('periods as an analyst types them', () => {
  it('from after to is refused on `to`, for metrics, trend and report', async () => {
    const m = await metrics(A, '2025-05', '2025-03');
    expect(m.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const t = await app().gql(TREND, { key: A, from: '2025-05', to: '2025-03' }, [Role.ANALYST]);
    expect(t.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const r = await app().gql(REPORT, { ori: A, from: '2025-05', to: '2025-03' }, [Role.ANALYST]);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('blank months mean all data; a century-long range equals all data; an open end runs to the end of the data', async () => {
    const all = (await metrics(A)).data!.agencyMetrics;
    const blank = (await metrics(A, '', '')).data!.agencyMetrics;
    expect(blank).toEqual(all);
    const century = (await metrics(A, '1950-01', '2049-12')).data!.agencyMetrics;
    expect({ ...century, period: 'ALL', peers: all.peers }).toEqual(all);
    expect(century.period).toBe('1950-01..2049-12');
    // From April: A6-A9 and the series casings X1, X3, X5.
    const fromApril = (await metrics(A, '2025-04', null)).data!.agencyMetrics;
    expect(fromApril.nibin).toEqual({ casingsRecovered: 7, casingsEntered: 6 });
  });

  it('a period with no data for the agency answers no data (nulls), not an error', async () => {
    const m = await metrics(A, '2031-01', '2031-12');
    expect(m.errors).toBeUndefined();
    expect(m.data!.agencyMetrics).toMatchObject({ name: nameOf(A), nibin: { casingsRecovered: 0 }, timeliness: { medianHours: null, within24hShare: null } });
  });

  it('the trend gives the months with data in order: March, April, May 2025', async () => {
    const t = await app().gql(TREND, { key: A, from: '2025-01', to: '2025-12' }, [Role.ANALYST]);
    expect(t.data!.agencyMetricsTrend).toEqual([
      { period: '2025-03', timeliness: { within24hShare: 0.6 } },
      { period: '2025-04', timeliness: { within24hShare: r4(1 / 3) } },
      { period: '2025-05', timeliness: { within24hShare: 1 } },
    ]);
  });
});

describe('leagues and peers within Wyoming (A, B, C, D; E has no evidence)', () => {
  const league = async (measure: 'TRACED_SHARE' | 'WITHIN_24H_SHARE' | 'LATE_ENTRY_SHOOTINGS') => {
    const res = await app().gql(LEAGUE, { measure }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    return res.data!.agencyLeague.edges.map((e) => e.node.key);
  };

  it('ranks by the measure, agencies without a value last', async () => {
    expect(await league('TRACED_SHARE')).toEqual([A, D, C, B]);
    expect(await league('WITHIN_24H_SHARE')).toEqual([A, B, C, D]);
    // C entered nothing and D recovered no casing: no late-entry cost can be measured, so they are not "best".
    expect(await league('LATE_ENTRY_SHOOTINGS')).toEqual([A, B, C, D]);
  });

  it("A's peers in its state: B alone has a 24-hour share (0); C and D a traced share (0 and 2/3)", async () => {
    const peers = (await metrics(A)).data!.agencyMetrics.peers.filter((p) => p.group === 'WY');
    expect(peers.find((p) => p.measure === 'WITHIN_24H_SHARE')).toEqual({
      group: 'WY',
      peers: 1,
      measure: 'WITHIN_24H_SHARE',
      value: r4(7 / 11),
      peerMedian: 0,
      betterThanShare: 1,
    });
    expect(peers.find((p) => p.measure === 'TRACED_SHARE')).toEqual({
      group: 'WY',
      peers: 2,
      measure: 'TRACED_SHARE',
      value: 0.75,
      peerMedian: r4(r4(2 / 3) / 2),
      betterThanShare: 1,
    });
  });
});

describe('the daily brief around the 24-hour entry target', () => {
  const brief = async (o: string, from: string, to: string) => {
    const res = await app().gql(BRIEF, { ori: o, from, to }, [Role.ANALYST]);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.dailyBrief;
  };

  it('counts an entry at exactly 24 h and an overnight entry as on time, 24 h + 1 min and 34 h as late', async () => {
    expect(await brief(A, '2025-03-11T00:00:00Z', '2025-03-14T00:00:00Z')).toEqual({ gunsRecovered: 0, casingsEntered: 2, casingsEnteredLate: 0 });
    expect(await brief(A, '2025-03-21T00:00:00Z', '2025-03-22T00:00:00Z')).toEqual({ gunsRecovered: 0, casingsEntered: 1, casingsEnteredLate: 1 });
    // A5 (31 March 23:00 -> 2 April 09:00, 34 h) and A6 (1 April 00:30 -> 06:30).
    expect(await brief(A, '2025-03-31T00:00:00Z', '2025-04-03T00:00:00Z')).toEqual({ gunsRecovered: 0, casingsEntered: 2, casingsEnteredLate: 1 });
    // GA1 recovered 5 March, its test-fire entered 6 March 13:00.
    expect(await brief(A, '2025-03-05T00:00:00Z', '2025-03-07T00:00:00Z')).toEqual({ gunsRecovered: 1, casingsEntered: 1, casingsEnteredLate: 0 });
  });

  it('refuses a window that ends before it starts, on `to`', async () => {
    const res = await app().gql(BRIEF, { ori: B, from: '2025-03-14T00:00:00Z', to: '2025-03-11T00:00:00Z' }, [Role.ANALYST]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
