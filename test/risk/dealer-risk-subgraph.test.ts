import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await runAnalysis(app.gateway);
});
afterAll(() => app.close());

const TOP_DEALERS = graphql(`
  query DealerRiskSubgraphTop {
    highRiskDealers(first: 25) {
      edges {
        node {
          license
          score
          indicators {
            key
            value
          }
        }
      }
    }
  }
`);

describe('dealerRiskSubgraph', () => {
  const SUBGRAPH = graphql(`
    query DealerRisk7($l: NonEmptyString!, $d: Int, $n: Int) {
      dealerRiskSubgraph(license: $l, depth: $d, limit: $n) {
        truncated
        omitted {
          nodes
          byKind {
            kind
            count
          }
        }
        nodes {
          id
          kind
          label
          properties
          riskScore
        }
        edges {
          id
          source
          target
          kind
          at
        }
      }
    }
  `);

  /** The highest-ranked dealer with retail sales on record (the top ones may sell off the books). */
  const topWithSales = async () => {
    const res = await app.gql(TOP_DEALERS, {}, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    return res.data!.highRiskDealers.edges.map((e) => e.node).find((n) => n.indicators.find((i) => i.key === 'TRACES_PER_THOUSAND_SALES')!.value !== null)!;
  };

  it('draws dealer → sales → guns → purchasers → recoveries → other dealers, consistent and bounded', async () => {
    const top = await topWithSales();
    const res = await app.gql(SUBGRAPH, { l: top.license, d: 3, n: 400 }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    const g = res.data!.dealerRiskSubgraph;
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.size).toBe(g.nodes.length);
    expect(g.nodes.length).toBeLessThanOrEqual(400);
    for (const e of g.edges) {
      expect(ids.has(e.source), e.id).toBe(true);
      expect(ids.has(e.target), e.id).toBe(true);
    }
    const kinds = new Set(g.nodes.map((n) => n.kind));
    for (const k of ['FFL', 'SALE', 'FIREARM', 'PERSON', 'RECOVERY'] as const) expect(kinds.has(k), k).toBe(true);
    const dealer = g.nodes.find((n) => n.id === `Ffl:${top.license}`)!;
    expect(dealer.riskScore).toBeCloseTo(top.score, 9);
    // Analysts see people by id only.
    for (const p of g.nodes.filter((n) => n.kind === 'PERSON')) {
      expect(p.properties.lastName).toBeNull();
      expect(p.label).toMatch(/^Person /);
    }
    const small = await app.gql(SUBGRAPH, { l: top.license, d: 3, n: 5 }, [Role.ANALYST]);
    expect(small.data!.dealerRiskSubgraph.nodes.length).toBe(5);
    expect(small.data!.dealerRiskSubgraph.truncated).toBe(true);
    const shallow = await app.gql(SUBGRAPH, { l: top.license, d: 1, n: 400 }, [Role.ANALYST]);
    expect(shallow.data!.dealerRiskSubgraph.nodes.some((n) => n.kind === 'RECOVERY')).toBe(false);
  });

  it('shows names to investigators, rejects bad arguments', async () => {
    const top = await topWithSales();
    // Depth 1 is sales, guns and purchasers, nearest first: a limit above the dealer's sales reaches the people.
    const res = await app.gql(SUBGRAPH, { l: top.license, d: 1, n: 400 }, [Role.INVESTIGATOR]);
    expect(res.errors).toBeUndefined();
    const people = res.data!.dealerRiskSubgraph.nodes.filter((n) => n.kind === 'PERSON');
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => typeof p.properties.lastName === 'string')).toBe(true);
    const deep = await app.gql(SUBGRAPH, { l: top.license, d: 4, n: 50 }, [Role.ANALYST]);
    expect(deep.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
    const malformed = await app.gql(SUBGRAPH, { l: 'nope', d: 1, n: 50 }, [Role.ANALYST]);
    expect(malformed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'license' });
    const ingest = await app.gql(SUBGRAPH, { l: top.license, d: 1, n: 50 }, [Role.INGEST]);
    expect(ingest.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
