import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAnalysis, type AnalysisSummary } from '../../src/analysis/analysis.job.js';
import { jaccard, measureAgainstPlanted } from '../../src/analysis/planted-quality.js';
import { evaluateTypologies } from '../../src/analysis/typology-quality.js';
import { Role } from '../../src/core/role.js';
import { cypher } from '../../src/db/cypher.registry.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import type { Networks1QueryVariables, Networks2Query } from '../generated/graphql/graphql.js';

const projectionsLeft = cypher('network/projections-left');

const NETWORKS = graphql(`
  query Networks1($first: Int, $after: String, $filter: TraffickingNetworkFilter) {
    traffickingNetworks(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          rank
          size
          method
          typology
          corridor
          evidence
          strawPurchasers
          repeatStrawPurchasers
          outOfStateShare
          brokers
          possessors
          traffickedGuns
          firearmCount
          dealerCount
          sourceStates
          destinationStates
          firstActivity
          lastActivity
          computedAt
          members(first: 50) {
            totalCount
            edges {
              node {
                personId
                role
                centrality
                betweenness
                person {
                  id: personId
                  lastName
                }
              }
            }
          }
          dealers(first: 20) {
            totalCount
            edges {
              node {
                license
                guns
                ffl {
                  license
                }
              }
            }
          }
          firearms(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

let app: TestApp;
let summary: AnalysisSummary;
const manifest = inject('manifest');

async function networks(vars: Networks1QueryVariables, as: Role[] = [Role.ANALYST]) {
  const res = await app.gql(NETWORKS, vars, as);
  expect(res.errors).toBeUndefined();
  return res.data!.traffickingNetworks;
}

/** Every network the filter keeps, in pages of 4: the cost limit prices a page of networks with their members and dealers. */
async function allNetworks(filter?: Networks1QueryVariables['filter']) {
  const edges: Awaited<ReturnType<typeof networks>>['edges'] = [];
  let after: string | null = null;
  let totalCount: number;
  do {
    const page = await networks({ first: 4, after, filter });
    edges.push(...page.edges);
    totalCount = page.totalCount;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : null;
  } while (after);
  expect(edges.length).toBe(totalCount);
  return { totalCount, edges };
}

/**
 * The generator's person ids (seeds/: `P-` and 14 letters or digits). Other test files import
 * hand-written cases into the same graph; their networks are judged by those files, not here.
 */
const seeded = (personId: string) => /^P-[0-9A-Z]{14}$/.test(personId);

const ringPeople = (r: (typeof manifest.rings)[number]) => new Set([r.brokerId, ...r.strawPurchaserIds, ...r.possessorIds]);

beforeAll(async () => {
  app = await startTestApp();
  summary = await runAnalysis(app.gateway);
});
afterAll(() => app.close());

describe('trafficking networks with GDS on the seeded graph (scale S, seed 42)', () => {
  it('recovers the planted rings: precision and recall ≥ 0.9 at Jaccard ≥ 0.5', async () => {
    expect(summary.gdsAvailable).toBe(true);
    expect(manifest.rings.length).toBeGreaterThan(0);
    const q = await measureAgainstPlanted(app.gateway, manifest);
    console.log(`[quality] rings found ${q.ringsFound}/${q.rings}, networks matching a ring ${q.networksMatchingRing}/${q.networks}`, q.bestJaccard);
    // The old planted rings are one straw-ring shape among the typology library's; recall per
    // typology over tuning and held-out seeds is measured by bench/trafficking.eval.ts. Here: most
    // rings found, and no network is a chance group of ordinary people.
    expect(q.ringRecall).toBeGreaterThanOrEqual(0.6);
    const t = await evaluateTypologies(app.gateway, manifest, seeded);
    expect(t.truePositiveNetworks / t.networks).toBeGreaterThanOrEqual(0.9);
  });

  it('gives each network roles, centrality, dealers, firearms, states and activity that match its ring', async () => {
    const page = await allNetworks();
    expect(page.totalCount).toBe(summary.networks);
    for (const ring of manifest.rings) {
      const people = ringPeople(ring);
      const net = page.edges.map((e) => e.node).find((n) => jaccard(people, new Set(n.members.edges.map((m) => m.node.personId))) >= 0.5);
      // Rings whose recovered guns do not meet the evidence rule are counted as misses above.
      if (!net) continue;
      const role = new Map(net!.members.edges.map((m) => [m.node.personId, m.node.role]));
      expect(role.get(ring.brokerId), `${ring.id} broker`).toBe('BROKER');
      for (const s of ring.strawPurchaserIds) expect(role.get(s), `${ring.id} straw ${s}`).toBe('STRAW_PURCHASER');
      // A possessor who held guns of two or more of the straw purchasers is the receiver hub.
      for (const p of ring.possessorIds) expect(['POSSESSOR', 'RECEIVER'], `${ring.id} possessor ${p}`).toContain(role.get(p));
      expect(net!.size).toBe(net!.members.totalCount);
      expect(net!.strawPurchasers + net!.brokers + net!.possessors).toBe(net!.size);
      expect(net!.sourceStates[0]).toBe(ring.sourceState);
      expect(net!.destinationStates).toContain(ring.destinationState);
      expect(net!.dealers.edges.map((d) => d.node.license).sort()).toEqual([...ring.dealerLicenses].sort());
      expect(net!.dealers.edges.every((d) => d.node.ffl?.license === d.node.license)).toBe(true);
      expect(net!.firearms.totalCount).toBe(ring.firearmIds.length);
      // Every ring gun goes from the source state to the destination state.
      expect(net!.outOfStateShare).toBe(1);
      expect(net!.repeatStrawPurchasers).toBeGreaterThanOrEqual(1);
      expect(net!.firstActivity <= net!.lastActivity).toBe(true);
      expect(net!.computedAt).toBe(summary.computedAt);
      const centralities = net!.members.edges.map((m) => m.node.centrality);
      expect([...centralities].sort((a, b) => b - a)).toEqual(centralities);
      // The broker sits between the straw purchasers: the highest betweenness among people.
      const broker = net!.members.edges.find((m) => m.node.role === 'BROKER')!.node;
      expect(broker.betweenness).toBeGreaterThan(0);
    }
  });

  it('says for every network which typology it shows and the evidence that put it there', async () => {
    const page = await allNetworks();
    const ofSeededPeople = page.edges.filter(({ node }) => node.members.edges.some((m) => seeded(m.node.personId)));
    expect(ofSeededPeople.length).toBeGreaterThan(0);
    for (const { node } of ofSeededPeople) {
      expect(node.repeatStrawPurchasers).toBeLessThanOrEqual(node.strawPurchasers);
      expect(['LONE_PROLIFIC_BUYER', 'RECRUITER_ONE_TIME_BUYERS', 'STRAW_RING_BROKER', 'RECEIVER_HUB', 'STRAW_RING_ASSOCIATES']).toContain(node.typology);
      expect(['IN_STATE', 'INTERSTATE']).toContain(node.corridor);
      expect(node.evidence[0]).toMatch(/were recovered (from someone else )?within 1095 days of sale/);
      if (node.strawPurchasers === 1) expect(node.typology).toBe('LONE_PROLIFIC_BUYER');
      else expect(node.evidence.join(' ')).toMatch(/broker|receiver|association/);
    }
  });

  it('masks member names for analysts and shows them to investigators', async () => {
    const asAnalyst = await networks({ first: 1 });
    const analystMembers = asAnalyst.edges[0]!.node.members.edges;
    expect(analystMembers.length).toBeGreaterThan(0);
    expect(analystMembers.every((m) => m.node.person!.lastName === null)).toBe(true);
    const asInvestigator = await networks({ first: 1 }, [Role.INVESTIGATOR]);
    expect(asInvestigator.edges[0]!.node.members.edges.every((m) => typeof m.node.person!.lastName === 'string')).toBe(true);
  });

  it('pages networks and members with keyset cursors, and filters by state, period and size', async () => {
    const all = await allNetworks();
    const first = await networks({ first: 1 });
    expect(first.edges[0]!.node.rank).toBe(1);
    if (all.totalCount > 1) {
      const second = await networks({ first: 1, after: first.pageInfo.endCursor });
      expect(second.edges[0]!.node.rank).toBe(2);
    }
    const net = all.edges[0]!.node;
    const MEMBERS = graphql(`
      query Networks2($id: ID!, $after: String) {
        network(id: $id) {
          id
          members(first: 2, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                personId
              }
            }
          }
        }
      }
    `);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const res: GqlResult<Networks2Query> = await app.gql(MEMBERS, { id: net.id, after }, [Role.ANALYST]);
      expect(res.errors).toBeUndefined();
      const m = res.data!.network!.members;
      seen.push(...m.edges.map((e) => e.node.personId));
      if (!m.pageInfo.hasNextPage) break;
      after = m.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(net.members.edges.map((m) => m.node.personId).sort());
    const byState = await allNetworks({ state: net.destinationStates[0] });
    expect(byState.edges.map((e) => e.node.id)).toContain(net.id);
    for (const e of byState.edges) expect([...e.node.sourceStates, ...e.node.destinationStates]).toContain(net.destinationStates[0]);
    const tooBig = await allNetworks({ minSize: net.size + 1000 });
    expect(tooBig.totalCount).toBe(0);
    const before = await allNetworks({ to: '1990-01-01' });
    expect(before.totalCount).toBe(0);
    const missing = await app.gql(
      graphql(`
        query Networks3 {
          network(id: "NET-000000000000") {
            id
          }
        }
      `),
      {},
      [Role.ANALYST],
    );
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.network).toBeNull();
  });

  it('answers Person.network and Person.strawPurchaseIndicators for ring members', async () => {
    const ring = manifest.rings[0]!;
    const PERSON = graphql(`
      query Networks4($id: NonEmptyString!) {
        person(id: $id) {
          id: personId
          network {
            role
            centrality
            network {
              id
              size
            }
          }
          strawPurchaseIndicators {
            purchases
            multipleSales
            dealersUsed
            gunsRecovered
            recoveredFromOthersShortTtc
            recoveredOutOfState
            signals
            flagged
          }
        }
      }
    `);
    const straw = await app.gql(PERSON, { id: ring.strawPurchaserIds[0] }, [Role.ANALYST]);
    expect(straw.errors).toBeUndefined();
    expect(straw.data!.person!.network!.role).toBe('STRAW_PURCHASER');
    const ind = straw.data!.person!.strawPurchaseIndicators!;
    expect(ind.purchases).toBeGreaterThan(0);
    expect(ind.recoveredFromOthersShortTtc).toBe(ind.purchases);
    expect(ind.recoveredOutOfState).toBe(ind.purchases);
    expect(ind.signals).toContain('SHORT_TTC_RECOVERED_FROM_OTHERS');
    const broker = await app.gql(PERSON, { id: ring.brokerId }, [Role.ANALYST]);
    expect(broker.data!.person!.network!.role).toBe('BROKER');
    expect(broker.data!.person!.network!.network.id).toBe(straw.data!.person!.network!.network.id);
    expect(broker.data!.person!.strawPurchaseIndicators!.purchases).toBe(0);
  });

  it('drops its GDS projections when done', async () => {
    const [row] = await app.gateway.read<{ graphs: string[] }>(projectionsLeft);
    expect(row!.graphs).toEqual([]);
  });

  it('is analyst material: INGEST and ADMIN are FORBIDDEN', async () => {
    for (const role of [Role.INGEST, Role.ADMIN]) {
      const res = await app.gql(
        graphql(`
          query Networks5 {
            traffickingNetworks(first: 1) {
              totalCount
            }
          }
        `),
        {},
        [role],
      );
      expect(res.errors![0]!.extensions!.code, role).toBe('FORBIDDEN');
    }
  });
});
