import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { runNetworks } from '../../src/network/network.job.js';
import { runPersonResolution } from '../../src/resolution/resolution.job.js';
import { loadRiskConfig } from '../../src/risk/risk-config.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { walkPages } from '../support/pages.js';
import { graphql } from '../generated/graphql/index.js';
import type { CandidateStatus, ResolutionCandidatesQuery } from '../generated/graphql/graphql.js';
import { importRecords, resolutionPeople } from './people.fixtures.js';

let app: TestApp;
const fx = resolutionPeople(`R${Date.now().toString(36).toUpperCase()}`);

const CANDIDATES = graphql(`
  query ResolutionCandidates($status: CandidateStatus, $first: Int, $after: String, $minScore: Float) {
    duplicateCandidates(status: $status, first: $first, after: $after, minScore: $minScore) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          score
          status
          personA {
            personId
            firstName
          }
          personB {
            personId
            firstName
          }
          reasons {
            factor
            similarity
            weight
            contribution
            detail
          }
        }
      }
    }
  }
`);
type Candidate = ResolutionCandidatesQuery['duplicateCandidates']['edges'][number]['node'];
/** The three decisions on a candidate pair (each audited under its operation name). */
const CONFIRM = graphql(`
  mutation ResolutionConfirm($id: ID!) {
    confirmSamePerson(candidateId: $id, note: "checked both records") {
      id
      status
      decidedBy
    }
  }
`);
const REJECT = graphql(`
  mutation ResolutionReject($id: ID!) {
    rejectSamePerson(candidateId: $id, note: "checked both records") {
      id
      status
      decidedBy
    }
  }
`);
const REOPEN = graphql(`
  mutation ResolutionReopen($id: ID!) {
    reopenDuplicateCandidate(candidateId: $id, note: "checked both records") {
      id
      status
      decidedBy
    }
  }
`);
const DECISIONS = ['ResolutionConfirm', 'ResolutionReject', 'ResolutionReopen'];
const CLUSTER = graphql(`
  query ResolutionCluster($id: NonEmptyString!) {
    person(id: $id) {
      personId
      resolvedClusterId
      sameAs {
        personId
      }
    }
  }
`);

async function allCandidates(status: CandidateStatus = 'OPEN'): Promise<Candidate[]> {
  return (await walkPages(app, CANDIDATES, { status, first: 100 }, (d) => d.duplicateCandidates)).rows;
}

const pairKey = (a: string, b: string) => [a, b].sort().join('|');
const ours = (cs: Candidate[]) =>
  new Map(cs.filter((c) => c.personA!.personId.startsWith(fx.id(''))).map((c) => [pairKey(c.personA!.personId, c.personB!.personId), c]));
const networkMembers = async (resolveSameAs: boolean) =>
  (await runNetworks(app.gateway, new Date().toISOString(), loadRiskConfig(), { resolveSameAs })).networks.flatMap((n) => n.members.map((m) => m.id));

beforeAll(async () => {
  app = await startTestApp();
  await importRecords(app.gateway, fx.records);
  await runPersonResolution(app.gateway, new Date().toISOString());
});
afterAll(async () => {
  await app.close();
});

describe('person resolution on hand-written people', () => {
  let candidates: Map<string, Candidate>;
  it('proposes the three records written two ways, not the father or the namesake, with reasons', async () => {
    candidates = ours(await allCandidates());
    for (const [a, b] of [
      ['DANA1', 'DANA2'],
      ['KAT1', 'KAT2'],
      ['STRAWA', 'STRAWB'],
    ]) {
      const c = candidates.get(pairKey(fx.id(a!), fx.id(b!)));
      expect(c, `${a}/${b}`).toBeDefined();
      expect(c!.reasons.map((r) => r.factor)).toEqual(['LAST_NAME', 'FIRST_NAME', 'DATE_OF_BIRTH', 'ADDRESS', 'SHARED_NEIGHBOURS']);
      expect(c!.personA!.firstName).not.toBeNull();
    }
    expect(candidates.get(pairKey(fx.id('DANA1'), fx.id('DANA2')))!.reasons[2]!.detail).toMatch(/^day and month swapped/);
    for (const [a, b] of [
      ['DANA1', 'FATHER'],
      ['DANA2', 'FATHER'],
      ['DANA1', 'NAMESAKE'],
      ['DANA2', 'NAMESAKE'],
    ]) {
      expect(candidates.has(pairKey(fx.id(a!), fx.id(b!))), `${a}/${b}`).toBe(false);
    }
  });

  it('is closed to analysts (they cannot see the names a review compares)', async () => {
    const res = await app.gql(CANDIDATES, { first: 1 }, [Role.ANALYST]);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const pair = candidates.get(pairKey(fx.id('KAT1'), fx.id('KAT2')))!;
    const write = await app.gql(CONFIRM, { id: pair.id }, [Role.ANALYST]);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a confirmed pair joins the split straw buyer into one trafficking network; apart, there is none', async () => {
    const pair = candidates.get(pairKey(fx.id('STRAWA'), fx.id('STRAWB')))!;
    const straw = [fx.id('STRAWA'), fx.id('STRAWB')];
    expect((await networkMembers(true)).filter((m) => straw.includes(m))).toEqual([]);

    const confirm = await app.gql(CONFIRM, { id: pair.id });
    expect(confirm.errors).toBeUndefined();
    expect(confirm.data!.confirmSamePerson.status).toBe('CONFIRMED');
    const again = await app.gql(CONFIRM, { id: pair.id });
    expect(again.errors).toBeUndefined();

    const cluster = await app.gql(CLUSTER, { id: fx.id('STRAWB') });
    expect(cluster.data!.person).toMatchObject({ resolvedClusterId: `Person:${fx.id('STRAWA')}`, sameAs: [{ personId: fx.id('STRAWA') }] });

    const joined = await networkMembers(true);
    expect(joined).toContain(fx.id('STRAWA'));
    expect(joined).not.toContain(fx.id('STRAWB'));
    for (const h of ['HOLD1', 'HOLD2', 'HOLD3']) expect(joined).toContain(fx.id(h));
    expect((await networkMembers(false)).filter((m) => straw.includes(m))).toEqual([]);

    // A different decision needs the pair reopened first; reopening removes the link.
    const reject = await app.gql(REJECT, { id: pair.id });
    expect(reject.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'candidateId' });
    expect((await app.gql(REOPEN, { id: pair.id })).errors).toBeUndefined();
    const apart = await app.gql(CLUSTER, { id: fx.id('STRAWB') });
    expect(apart.data!.person!.sameAs).toEqual([]);
    expect((await networkMembers(true)).filter((m) => straw.includes(m))).toEqual([]);
  }, 600_000);

  it('rejects are kept across runs and every decision is audited with both people', async () => {
    const pair = candidates.get(pairKey(fx.id('KAT1'), fx.id('KAT2')))!;
    const res = await app.gql(REJECT, { id: pair.id });
    expect(res.data!.rejectSamePerson.status).toBe('REJECTED');
    await runPersonResolution(app.gateway, new Date().toISOString());
    expect(ours(await allCandidates('REJECTED')).has(pairKey(fx.id('KAT1'), fx.id('KAT2')))).toBe(true);
    expect(ours(await allCandidates('OPEN')).has(pairKey(fx.id('KAT1'), fx.id('KAT2')))).toBe(false);
    const audit = await app.gql(
      graphql(`
        query ResolutionAudit($id: ID!) {
          auditEvents(filter: { personId: $id }, first: 50) {
            edges {
              node {
                operation
                outcome
                personIds
                wrote
              }
            }
          }
        }
      `),
      { id: fx.id('KAT2') },
      [Role.SUPERVISOR],
    );
    const decisions = audit.data!.auditEvents.edges.map((e) => e.node).filter((n) => DECISIONS.includes(n.operation));
    expect(decisions).toContainEqual(
      expect.objectContaining({ outcome: 'ALLOWED', wrote: true, personIds: expect.arrayContaining([fx.id('KAT1'), fx.id('KAT2')]) }),
    );
  });

  it('answers NOT_FOUND and BAD_USER_INPUT naming the field', async () => {
    expect((await app.gql(CONFIRM, { id: 'DC-nope' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'candidateId' });
    const bad = await app.gql(CANDIDATES, { minScore: 2 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minScore' });
  });
});
