import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { evaluateTypologies, type TypologyEvaluation } from '../../src/analysis/typology-quality.js';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

// The typology library planted in the seeded graph (scale S, seed 42, tuning ranges): which
// schemes the evidence rules find, with what evidence, and that lawful look-alikes stay clear.
// Recall over many seeds and held-out parameter ranges is measured by bench/trafficking.eval.ts.
const manifest = inject('manifest');
let app: TestApp;
let evaluation: TypologyEvaluation;

const FLAGGED = graphql(`
  query Typologies3($first: Int, $after: String, $typology: String) {
    flaggedPurchasers(first: $first, after: $after, typology: $typology) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          personId
          rank
          score
          strawGuns
          veryShortGuns
          purchaseEvents
          networkId
          typology
          evidence
          person {
            id
            lastName
          }
        }
      }
    }
  }
`);
beforeAll(async () => {
  app = await startTestApp();
  await runAnalysis(app.gateway);
  evaluation = await evaluateTypologies(app.gateway, manifest);
});
afterAll(() => app.close());

const caseOf = (typology: string) => manifest.typologies.find((c) => c.typology === typology)!;

describe('trafficking typologies on the seeded graph', () => {
  it('plants every typology of the library with its truth in the manifest', () => {
    const names = new Set(manifest.typologies.map((c) => c.typology));
    for (const t of [
      'STRAW_RING_LINKED',
      'STRAW_RING_UNLINKED',
      'RECRUITER_ONE_TIME_BUYERS',
      'LONE_PROLIFIC_BUYER',
      'RECEIVER_HUB',
      'UNLICENSED_DEALING',
      'CORRUPT_DEALER',
      'DEALER_THEFT_LOSS',
    ])
      expect(names).toContain(t);
    for (const t of ['DECOY_COLLECTOR', 'DECOY_FAMILY', 'DECOY_POLICE_TRADE_IN', 'DECOY_RESIDENCE_BURGLARY', 'DECOY_DEALER_BURGLARY', 'DECOY_SHOOTING_RANGE'])
      expect(names).toContain(t);
    expect(manifest.typologyRanges).toBe('tuning');
  });

  // Receiver hubs and unlicensed dealing are not asserted case by case: their recall is below the
  // goal on held-out data (docs/trafficking-evaluation.md), and since agencies trace at calibrated rates the
  // seed-42 cases of both are missed. What is reported must still carry its evidence (below).
  it('finds the lone prolific buyer and the linked straw ring; every receiver hub it reports names the receiver and why', async () => {
    for (const [typology, expected] of [
      ['LONE_PROLIFIC_BUYER', 'LONE_PROLIFIC_BUYER'],
      ['STRAW_RING_LINKED', null],
    ] as const) {
      const outcome = evaluation.cases.find((c) => c.id === caseOf(typology).id)!;
      expect(outcome.hit, typology).toBe(true);
      // The linked ring's label depends on how many of its straws have recovered guns (one alone reads as a prolific buyer).
      if (expected) expect(outcome.networkTypology, typology).toBe(expected);
    }
    const res = await app.gql(
      graphql(`
        query Typologies1 {
          traffickingNetworks(first: 20, filter: { typology: "RECEIVER_HUB" }) {
            edges {
              node {
                evidence
                members(first: 30) {
                  edges {
                    node {
                      personId
                      role
                      evidence
                    }
                  }
                }
              }
            }
          }
        }
      `),
      {},
      [Role.ANALYST],
    );
    expect(res.errors).toBeUndefined();
    for (const { node: net } of res.data!.traffickingNetworks.edges) {
      const receivers = net.members.edges.map((m) => m.node).filter((m) => m.role === 'RECEIVER');
      const evidence = net.evidence.join(' ');
      // A receiver hub names its receiver, or the place where its guns were seized together (with no one named there).
      const seized = /seized together at one place on \d{4}-\d\d-\d\d \(/.test(evidence);
      expect(receivers.length > 0 || seized, 'a receiver-hub network names a RECEIVER member or a seizure').toBe(true);
      for (const receiver of receivers) {
        const own = receiver.evidence.join(' ');
        if (/held guns bought by \d+ different suspect purchasers/.test(own)) {
          expect(evidence).toMatch(new RegExp(`receiver ${receiver.personId} held guns`));
        } else {
          // A receiving household (other tests import cases into this graph too): each of its
          // people says why, and the network names the residence's people.
          expect(own).toMatch(/recorded at one residence with \d+ other people from whom guns bought by \d+ different suspect purchasers were recovered/);
          expect(evidence).toMatch(new RegExp(`recovered from \\d+ people recorded at one residence \\([^)]*${receiver.personId}`));
        }
      }
    }
  });

  it('flags none of the lawful look-alikes (collector, family, police trade-ins, burglary victims, a burgled dealer, a shooting range)', () => {
    const decoys = evaluation.cases.filter((c) => !c.trafficking);
    expect(decoys.length).toBeGreaterThanOrEqual(6);
    for (const d of decoys) expect(d.hit, d.id).toBe(false);
  });

  it('ranks the dealer that keeps no records among the top 2K with the rogue dealers', () => {
    const corrupt = evaluation.badDealers.filter((b) => b.kind === 'CORRUPT');
    expect(corrupt.length).toBe(1);
    expect(corrupt[0]!.rank).not.toBeNull();
    expect(corrupt[0]!.rank!).toBeLessThanOrEqual(evaluation.topConsidered);
  });

  it('ranks the dealer that reports its diverted guns as losses only once traces ask for them among the top 2K', () => {
    const covering = evaluation.badDealers.filter((b) => b.kind === 'COVERED_LOSS');
    expect(covering.length).toBe(1);
    expect(covering[0]!.rank).not.toBeNull();
    expect(covering[0]!.rank!).toBeLessThanOrEqual(evaluation.topConsidered);
  });

  it('draws every gun traced to the dealer that keeps no records, although it has no sale record of any', async () => {
    const corrupt = caseOf('CORRUPT_DEALER');
    const res = await app.gql(
      graphql(`
        query Typologies2($l: NonEmptyString!) {
          dealerRiskSubgraph(license: $l, depth: 2, limit: 1000) {
            nodes {
              id
              kind
              properties
            }
            edges {
              source
              target
              kind
            }
          }
        }
      `),
      { l: corrupt.dealerLicenses[0] },
      [Role.ANALYST],
    );
    expect(res.errors).toBeUndefined();
    const g = res.data!.dealerRiskSubgraph;
    // Node ids are opaque: the gun's own id is in its properties.
    const guns = new Set(g.nodes.filter((n) => n.kind === 'FIREARM').map((n) => String(n.properties.id)));
    const traced = corrupt.recoveredFirearmIds;
    expect(traced.length).toBeGreaterThan(0);
    // Every off-book gun traced to the dealer is drawn, though no sale record ties it to the dealer.
    expect(traced.filter((id) => !guns.has(id))).toEqual([]);
    expect(g.edges.some((e) => e.kind === 'RESOLVED_DEALER')).toBe(true);
  });

  it('lists flagged purchasers ranked and keyset-paged, with evidence, names masked for analysts and shown to investigators', async () => {
    const all = await app.gql(FLAGGED, { first: 100 }, [Role.ANALYST]);
    expect(all.errors).toBeUndefined();
    const flags = all.data!.flaggedPurchasers.edges.map((e) => e.node);
    expect(flags.length).toBe(all.data!.flaggedPurchasers.totalCount);
    expect(flags.map((f) => f.rank)).toEqual(flags.map((_, i) => i + 1));
    expect(flags.map((f) => f.personId)).toContain(caseOf('LONE_PROLIFIC_BUYER').purchaserIds[0]);
    for (const f of flags) {
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.person!.lastName).toBeNull();
    }
    const first = await app.gql(FLAGGED, { first: 2 }, [Role.INVESTIGATOR]);
    const next = await app.gql(FLAGGED, { first: 2, after: first.data!.flaggedPurchasers.pageInfo.endCursor }, [Role.INVESTIGATOR]);
    expect(next.data!.flaggedPurchasers.edges.map((e) => e.node.rank)).toEqual([3, 4].slice(0, next.data!.flaggedPurchasers.edges.length));
    expect(first.data!.flaggedPurchasers.edges.every((e) => typeof e.node.person!.lastName === 'string')).toBe(true);
    const lone = await app.gql(FLAGGED, { first: 100, typology: 'LONE_PROLIFIC_BUYER' }, [Role.ANALYST]);
    expect(lone.data!.flaggedPurchasers.edges.every((e) => e.node.typology === 'LONE_PROLIFIC_BUYER')).toBe(true);
    const bad = await app.gql(FLAGGED, { first: 1, typology: 'NOPE' }, [Role.ANALYST]);
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('is analyst material: INGEST and ADMIN are FORBIDDEN', async () => {
    for (const role of [Role.INGEST, Role.ADMIN]) {
      const res = await app.gql(
        graphql(`
          query Typologies4 {
            flaggedPurchasers(first: 1) {
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
