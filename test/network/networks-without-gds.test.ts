import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { storedAnalysis } from '../../src/analysis/analysis.data.js';
import { Role } from '../../src/core/role.js';
import { cypher } from '../../src/db/cypher.registry.js';
import { GDS_PROCEDURES, GdsProbe, setGdsProbe } from '../../src/db/gds.probe.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

// Community installs may lack the Graph Data Science plugin: the service must say so with its
// own error code and keep every analysis that does not need GDS.
const absentGdsProcedure = cypher('network/absent-gds-procedure');
const manifest = inject('manifest');
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('without Graph Data Science', () => {
  it('maps a ProcedureNotFound on gds.* from the real Neo4j to GDS_UNAVAILABLE', async () => {
    const error = await app.gateway.read(absentGdsProcedure).then(
      () => null,
      (e: unknown) => e as { extensions?: Record<string, unknown>; message: string },
    );
    expect(error?.extensions?.code).toBe('GDS_UNAVAILABLE');
    expect(error?.message).toMatch(/Graph Data Science/);
  });

  it('network queries fail with GDS_UNAVAILABLE; the job skips networks; dealer risk and straw indicators keep working', async () => {
    // A probe that requires a procedure no GDS release has: against the real Neo4j, GDS is "missing".
    const probe = new GdsProbe([...GDS_PROCEDURES, 'gds.crimegun.notInstalled']);
    const previous = setGdsProbe(probe);
    try {
      const run = await runAnalysis(app.gateway, () => {}, { probe });
      expect(run.gdsAvailable).toBe(false);
      expect(run.networksSkipped).toMatch(/gds\.crimegun\.notInstalled/);
      expect(run.dealersScored).toBeGreaterThan(0);
      const stored = await storedAnalysis(app.gateway);
      expect(stored.riskComputedAt).toEqual([run.computedAt]);

      const withoutGds = [
        await app.gql(
          graphql(`
            query NetworksWithoutGds {
              traffickingNetworks(first: 5) {
                totalCount
              }
            }
          `),
          {},
          [Role.ANALYST],
        ),
        await app.gql(
          graphql(`
            query NetworkWithoutGds {
              network(id: "NET-x") {
                id
              }
            }
          `),
          {},
          [Role.ANALYST],
        ),
      ];
      for (const res of withoutGds) {
        expect(res.errors![0]!.extensions!.code, JSON.stringify(res.errors)).toBe('GDS_UNAVAILABLE');
        expect(res.errors![0]!.message).toMatch(/Graph Data Science/);
      }
      const person = await app.gql(
        graphql(`
          query Networks6($id: NonEmptyString!) {
            person(id: $id) {
              id: personId
              strawPurchaseIndicators {
                purchases
              }
              network {
                role
              }
            }
          }
        `),
        { id: manifest.rings[0]!.strawPurchaserIds[0] },
        [Role.ANALYST],
      );
      expect(person.errors![0]!.extensions!.code).toBe('GDS_UNAVAILABLE');
      expect(person.data!.person!.strawPurchaseIndicators).not.toBeNull();
      const dealers = await app.gql(
        graphql(`
          query Networks7 {
            highRiskDealers(first: 3) {
              totalCount
              edges {
                node {
                  score
                }
              }
            }
          }
        `),
        {},
        [Role.ANALYST],
      );
      expect(dealers.errors).toBeUndefined();
      expect(dealers.data!.highRiskDealers.totalCount).toBe(run.dealersScored);
    } finally {
      setGdsProbe(previous);
    }
    // With GDS back, the next run computes networks again.
    const back = await runAnalysis(app.gateway);
    expect(back.gdsAvailable).toBe(true);
    expect(back.networks).toBeGreaterThan(0);
  }, 300_000);
});
