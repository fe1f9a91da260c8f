import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { parseTriageConfig, triageConfig } from '../../src/lead/triage-config.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import { importRecords, nibinWorld } from './fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' });
});
afterAll(async () => {
  await app.close();
});
const RUN = Date.now().toString(36).toUpperCase();

const TRIAGE = graphql(`
  query Triage($ori: NonEmptyString, $after: String) {
    leadTriage(agencyOri: $ori, from: "2025-01-01T00:00:00Z", to: "2025-06-01T00:00:00Z", first: 3, after: $after) {
      totalCount
      edges {
        node {
          rank
          score
          factors {
            factor
            value
            weight
            points
            why
          }
          lead {
            id: leadId
            status
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
describe('triage and the daily brief', () => {
  it('ranks the open leads of a series with every factor and weight shown; the test-fire lead (known gun and person) ranks first', async () => {
    const w = nibinWorld(`TR${RUN}`);
    await importRecords(app, w.records);
    const p1 = await app.gql(TRIAGE, { ori: w.oriB }, [Role.ANALYST]);
    expect(p1.errors).toBeUndefined();
    const p2 = await app.gql(TRIAGE, { ori: w.oriB, after: p1.data!.leadTriage.pageInfo.endCursor }, [Role.ANALYST]);
    const ranked = [...p1.data!.leadTriage.edges, ...p2.data!.leadTriage.edges].map((e) => e.node);
    const mine = ranked.filter((r) => r.lead.id.startsWith(`LEADTEST-TR${RUN}`));
    expect(mine.map((r) => r.lead.id).sort()).toEqual(['L12', 'L23', 'L34', 'LT4'].map(w.id).sort());
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
    const config = triageConfig();
    for (const r of ranked) {
      expect(r.factors.map((f) => f.factor)).toEqual(Object.keys(config.weights));
      for (const f of r.factors) expect(f.weight).toBe(config.weights[f.factor as keyof typeof config.weights]);
      expect(r.factors.reduce((s, f) => s + f.points, 0)).toBeCloseTo(r.score, 1);
    }
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    const top = mine[0]!;
    expect(top.lead.id).toBe(w.id('LT4'));
    expect(top.factors.find((f) => f.factor === 'KNOWN_GUN')!.value).toBe(1);
    expect(top.factors.find((f) => f.factor === 'VIOLENCE')!.why).toContain('HOMICIDE');
    expect(top.factors.find((f) => f.factor === 'JURISDICTIONS')!.why).toContain('2 agencies');
  });

  it('the daily brief of agency B counts entries (one late), leads, hits and the hit that also touches agency A', async () => {
    const w = nibinWorld(`BR${RUN}`);
    await importRecords(app, w.records);
    const res = await app.gql(
      graphql(`
        query Brief($ori: NonEmptyString!) {
          dailyBrief(agencyOri: $ori, from: "2025-04-01T00:00:00Z", to: "2025-05-10T00:00:00Z") {
            gunsRecovered
            casingsEntered
            casingsEnteredLate
            newLeadCount
            newLeads {
              id: leadId
            }
            newHitCount
            crossAgencyHits {
              id: leadId
            }
            overdueReferralCount
          }
        }
      `),
      { ori: w.oriB },
      [Role.ANALYST],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.dailyBrief).toMatchObject({
      gunsRecovered: 0,
      casingsEntered: 2,
      casingsEnteredLate: 1,
      newLeadCount: 2,
      newHitCount: 2,
      overdueReferralCount: 0,
    });
    expect(res.data!.dailyBrief.crossAgencyHits.map((l) => l.id)).toEqual([w.id('L23')]);
  });

  it('refuses a bad window and a malformed configuration', async () => {
    const bad = await app.gql(
      graphql(`
        query Triage1 {
          dailyBrief(agencyOri: "NY0303000", from: "2025-02-01T00:00:00Z", to: "2025-01-01T00:00:00Z") {
            gunsRecovered
          }
        }
      `),
      {},
      [Role.ANALYST],
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const raw = structuredClone(triageConfig()) as unknown as { weights: Record<string, number> };
    raw.weights.RECENCYY = 1;
    expect(() => parseTriageConfig(raw)).toThrow(/weights/);
  });
});
