import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { runNetworks } from '../../src/network/network.job.js';
import { runPersonResolution } from '../../src/resolution/resolution.job.js';
import { loadRiskConfig } from '../../src/risk/risk-config.js';
import { graphql } from '../generated/graphql/index.js';
import type { SplitRingCandidatesQuery } from '../generated/graphql/graphql.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/app.js';

/**
 * The seeded split ring (seeds/typologies/split-ring.ts): one broker entered as two person
 * records, each tied to its own crew. Apart the records make two networks (or none); once the
 * resolution run proposes the pair and an investigator confirms it, one network names the resolution.
 */
const manifest = inject('manifest');
const ring = manifest.splitRings![0]!;
const [original, alias] = [ring.duplicate.originalId, ring.duplicate.duplicateId];
const [crewA, crewB] = ring.crews;

const CANDIDATES = graphql(`
  query SplitRingCandidates($after: String) {
    duplicateCandidates(status: OPEN, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          score
          personA {
            personId
          }
          personB {
            personId
          }
        }
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation SplitRingConfirm($id: ID!) {
    confirmSamePerson(candidateId: $id, note: "same home address, same broker in both investigations") {
      id
      status
    }
  }
`);
const REOPEN = graphql(`
  mutation SplitRingReopen($id: ID!) {
    reopenDuplicateCandidate(candidateId: $id, note: "test finished") {
      id
      status
    }
  }
`);
const NETWORK = graphql(`
  query SplitRingNetwork($id: ID!) {
    network(id: $id) {
      id
      evidence
      members(first: 100) {
        edges {
          node {
            role
            evidence
            personId
          }
        }
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const networks = async (resolveSameAs: boolean) => (await runNetworks(app.gateway, new Date().toISOString(), loadRiskConfig(), { resolveSameAs })).networks;
const holding = (ns: Awaited<ReturnType<typeof networks>>, ids: string[]) => ns.filter((n) => n.members.some((m) => ids.includes(m.id)));

describe('a ring split by a duplicate record of its broker', () => {
  let candidateId: string;

  it('is two groups on the records: no network holds both crews', async () => {
    const apart = await networks(false);
    expect(holding(apart, [...crewA, ...crewB]).filter((n) => holding([n], crewA).length && holding([n], crewB).length)).toEqual([]);
  }, 600_000);

  it('the resolution run proposes the broker records as one person; a network holding either record names the candidate to review', async () => {
    await runPersonResolution(app.gateway, new Date().toISOString());
    let after: string | null = null;
    for (;;) {
      const res: GqlResult<SplitRingCandidatesQuery> = await app.gql(CANDIDATES, { after }, [Role.INVESTIGATOR]);
      expect(res.errors).toBeUndefined();
      const page = res.data!.duplicateCandidates;
      const hit = page.edges.find(({ node }) => [node.personA?.personId, node.personB?.personId].sort().join() === [original, alias].sort().join());
      if (hit) candidateId = hit.node.id;
      if (hit || !page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(candidateId, 'candidate for the broker records').toBeDefined();
    const ns = await networks(true);
    // A crew that is a network alone names the candidate that would join the other record's crew.
    const halves = [...holding(ns, [original]), ...holding(ns, [alias])];
    for (const n of halves) expect(n.evidence.join('\n')).toContain(`duplicate candidate ${candidateId}`);
  }, 600_000);

  it('once confirmed, one network holds both crews and says which resolution joined it; apart again on request', async () => {
    const confirm = await app.gql(CONFIRM, { id: candidateId }, [Role.INVESTIGATOR]);
    expect(confirm.errors).toBeUndefined();
    expect(confirm.data!.confirmSamePerson.status).toBe('CONFIRMED');

    const joined = holding(await networks(true), [...crewA, ...crewB]);
    expect(joined).toHaveLength(1);
    const one = joined[0]!;
    const evident = new Set(ring.case.evidentPurchaserIds);
    const buyers = one.members.filter((m) => m.role === 'STRAW_PURCHASER').map((m) => m.id);
    expect(buyers.filter((b) => crewA.includes(b)).length).toBeGreaterThan(0);
    expect(buyers.filter((b) => crewB.includes(b)).length).toBeGreaterThan(0);
    for (const b of buyers) expect(evident.has(b)).toBe(true);
    const broker = [original, alias].sort()[0]!;
    expect(one.members.find((m) => m.id === broker)).toMatchObject({ role: 'BROKER' });

    // What an analyst reads back from the stored run.
    const read = await app.gql(NETWORK, { id: one.id }, [Role.ANALYST]);
    expect(read.errors).toBeUndefined();
    const stored = read.data!.network!;
    expect(stored.evidence).toContainEqual(
      expect.stringContaining(`person records ${broker} and ${[original, alias].sort()[1]} are counted as one broker (duplicate candidate ${candidateId}`),
    );
    const brokerRow = stored.members.edges.find((e) => e.node.personId === broker)!.node;
    expect(brokerRow.evidence).toContainEqual(expect.stringMatching(/^also recorded as /));

    expect(holding(await networks(false), [...crewA, ...crewB]).filter((n) => holding([n], crewA).length && holding([n], crewB).length)).toEqual([]);

    // Leave the shared test graph as it was: the pair open again, no SAME_AS, networks re-run.
    const reopen = await app.gql(REOPEN, { id: candidateId }, [Role.INVESTIGATOR]);
    expect(reopen.errors).toBeUndefined();
    await networks(true);
  }, 600_000);
});
