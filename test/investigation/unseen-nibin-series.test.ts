import { describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import { unseenSeriesCase } from './unseen-series-case.js';

// Following a casing through NIBIN leads and hits to every linked scene, on the hand-written case
// of unseen-series-case.ts. NIBIN: a correlation is a lead until an examiner confirms it (a hit);
// a confirmed test-fire hit on any casing of a series ties the gun to every casing of it.
// Expected values worked out by hand from the records.
const c = unseenSeriesCase();
const { id } = c;

const SERIES = graphql(`
  query UnseenSeriesCasing($e: NonEmptyString!, $pending: Boolean!) {
    casing(evidenceId: $e) {
      evidenceId
      submittedToNibinAt
      firearm {
        firearmId
      }
      leads {
        leadId
        status
        otherCasing {
          evidenceId
        }
      }
      linkedCasings(includeUnreviewed: $pending) {
        hops
        throughFirearm
        confirmed
        casing {
          evidenceId
        }
      }
      linkedScenes(includeUnreviewed: $pending) {
        scene {
          sceneId
        }
        agency {
          ori
        }
        evidenceIds
        otherJurisdiction
        confirmed
      }
    }
  }
`);
const GUN = graphql(`
  query UnseenSeriesGun($id: NonEmptyString!) {
    firearm(id: $id) {
      casings {
        evidenceId
      }
      testFires {
        evidenceId
      }
      shootings {
        sceneId
      }
      traceChain {
        firstShootingAt
        timeToFirstShootingDays
      }
    }
  }
`);
const LOOKUPS = graphql(`
  query UnseenSeriesLookups($e: NonEmptyString!, $lead: NonEmptyString!, $gun: NonEmptyString!) {
    casing(evidenceId: $e) {
      evidenceId
    }
    lead(id: $lead) {
      leadId
    }
    firearm(id: $gun) {
      firearmId
    }
  }
`);

const BRIEF = graphql(`
  query UnseenSeriesBrief($ori: NonEmptyString!, $from: DateTime!, $to: DateTime!) {
    dailyBrief(agencyOri: $ori, from: $from, to: $to) {
      casingsEntered
      newLeadCount
      newHitCount
      newHits {
        leadId
      }
      crossAgencyHits {
        leadId
      }
    }
  }
`);

const NOT_ENTERED = graphql(`
  query UnseenSeriesNotEntered($from: DateTime!, $to: DateTime!, $inNibin: Boolean) {
    casings(filter: { from: $from, to: $to, inNibin: $inNibin }, first: 100) {
      edges {
        node {
          evidenceId
        }
      }
    }
  }
`);

const read = async (k: string, pending = false) => {
  const res = await c.ref.app.gql(SERIES, { e: id(k), pending }, [Role.ANALYST]);
  expect(res.errors).toBeUndefined();
  return res.data!.casing!;
};
const scenesOf = (s: Awaited<ReturnType<typeof read>>) => s.linkedScenes.map((l) => l.scene.sceneId);

describe('a casing followed through leads and hits (hand-written series)', () => {
  it('from the last casing of the series: the four scenes in time order, in two jurisdictions, never the rejected or pending lead', async () => {
    const s = await read('C4');
    expect(scenesOf(s)).toEqual(['S1', 'S2', 'S3', 'S4'].map(id));
    expect(s.linkedScenes.map((l) => l.evidenceIds)).toEqual([['C1'], ['C2'], ['C3'], ['C4']].map((e) => e.map(id)));
    // C4's scene is Philadelphia's: the Camden scenes are the links no single agency sees.
    expect(s.linkedScenes.map((l) => l.otherJurisdiction)).toEqual([true, true, false, false]);
    expect(s.linkedScenes.map((l) => l.agency?.ori)).toEqual([c.oriNJ, c.oriNJ, c.w.ori, c.w.ori]);
    // Hops over confirmed leads: C3 1, C2 2, C1 and the test-fire T1 (hit on C2) 3.
    expect(s.linkedCasings.map((l) => [l.casing.evidenceId, l.hops, l.throughFirearm, l.confirmed])).toEqual([
      [id('C3'), 1, false, true],
      [id('C2'), 2, false, true],
      [id('C1'), 3, false, true],
      [id('T1'), 3, false, true],
    ]);
    expect(s.linkedScenes.every((l) => l.confirmed)).toBe(true);
    // Its own leads, whatever their status, with the status the examiner gave.
    expect(Object.fromEntries(s.leads.map((l) => [l.leadId, [l.status, l.otherCasing?.evidenceId]]))).toEqual({
      [id('L34')]: ['CONFIRMED', id('C3')],
      [id('L45')]: ['REJECTED', id('C5')],
    });
  });

  it('the same series from its first casing, from the middle and from the test-fire', async () => {
    for (const k of ['C1', 'C2', 'C3', 'T1']) expect(scenesOf(await read(k)), k).toEqual(['S1', 'S2', 'S3', 'S4'].map(id));
    // The test-fire has no scene: its agency is Philadelphia's, which recovered G1, so the Camden scenes are the other jurisdiction.
    const t = await read('T1');
    expect(t.linkedScenes.map((l) => l.otherJurisdiction)).toEqual([true, true, false, false]);
  });

  it('a hit on one casing ties the gun to every casing of the series, and to nothing on a rejected or pending lead', async () => {
    for (const k of ['C1', 'C2', 'C3', 'C4']) expect((await read(k)).firearm?.firearmId, k).toBe(id('G1'));
    for (const k of ['C5', 'C6', 'C7']) expect((await read(k)).firearm, k).toBeNull();
    const res = await c.ref.app.gql(GUN, { id: id('G1') }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    const gun = res.data!.firearm!;
    expect(gun.casings.map((x) => x.evidenceId).sort()).toEqual(['C1', 'C2', 'C3', 'C4'].map(id));
    expect(gun.testFires.map((x) => x.evidenceId)).toEqual([id('T1')]);
    // Shootings: the series' scenes; the recovery scene SR is not a shooting.
    expect(gun.shootings.map((x) => x.sceneId)).toEqual(['S1', 'S2', 'S3', 'S4'].map(id));
    expect(gun.traceChain.firstShootingAt).toBe(c.at.S1);
    // 2024-02-29 → 2025-01-05: 1 (to 1 March) + 306 (March–December) + 4 = 311 days.
    expect(gun.traceChain.timeToFirstShootingDays).toBe(311);
  });

  it('a rejected lead joins nothing: the rejected casing stands alone, with its lead marked REJECTED', async () => {
    for (const pending of [false, true]) {
      const s = await read('C5', pending);
      expect(scenesOf(s)).toEqual([id('S5')]);
      expect(s.linkedCasings).toEqual([]);
      expect(s.leads.map((l) => [l.leadId, l.status])).toEqual([[id('L45'), 'REJECTED']]);
    }
  });

  it('a pending lead is followed only when asked, and then reaches the series through it', async () => {
    const alone = await read('C6');
    expect(scenesOf(alone)).toEqual([id('S6')]);
    expect(alone.linkedCasings).toEqual([]);
    expect(alone.leads.map((l) => [l.leadId, l.status])).toEqual([[id('L26'), 'UNREVIEWED']]);
    const asked = await read('C6', true);
    expect(scenesOf(asked)).toEqual(['S1', 'S2', 'S3', 'S4', 'S6'].map(id));
    // Only C6's own scene is confirmed: the series is one unreviewed lead away, a lead to check, not a hit.
    expect(asked.linkedScenes.map((l) => l.confirmed)).toEqual([false, false, false, false, true]);
    expect(asked.linkedCasings.every((l) => !l.confirmed)).toBe(true);
    // From C4 with pending leads: C6 is 3 leads away (C4–C3–C2–C6) and the only one not confirmed; C5 never.
    const fromC4 = await read('C4', true);
    expect(fromC4.linkedCasings.map((l) => [l.casing.evidenceId, l.hops, l.confirmed])).toEqual([
      [id('C3'), 1, true],
      [id('C2'), 2, true],
      [id('C1'), 3, true],
      [id('C6'), 3, false],
      [id('T1'), 3, true],
    ]);
    expect(fromC4.linkedScenes.map((l) => [l.scene.sceneId, l.confirmed])).toEqual([
      [id('S1'), true],
      [id('S2'), true],
      [id('S3'), true],
      [id('S4'), true],
      [id('S6'), false],
    ]);
  });

  it('a casing never entered into NIBIN has no lead and no link, only its own scene', async () => {
    const s = await read('C7', true);
    expect(s.submittedToNibinAt).toBeNull();
    expect(s.leads).toEqual([]);
    expect(s.linkedCasings).toEqual([]);
    expect(scenesOf(s)).toEqual([id('S7')]);
    // The backlog question, at the instants C6 and C7 were picked up (an hour after each shot, both ends included):
    // C7 is the one not entered, C6 the one entered.
    const ours = async (at: string, inNibin: boolean) => {
      const res = await c.ref.app.gql(NOT_ENTERED, { from: at, to: at, inNibin }, [Role.ANALYST]);
      expect(res.errors).toBeUndefined();
      return res.data!.casings.edges.map((e) => e.node.evidenceId).filter((e) => e.startsWith(id('')));
    };
    const [c6, c7] = ['2025-05-10T21:00:00.000Z', '2025-06-01T21:00:00.000Z'];
    expect([await ours(c7, false), await ours(c7, true)]).toEqual([[id('C7')], []]);
    expect([await ours(c6, false), await ours(c6, true)]).toEqual([[], [id('C6')]]);
  });

  it("the Camden brief over the series' half-year counts confirmed hits only, and its hits that touch Philadelphia", async () => {
    const res = await c.ref.app.gql(BRIEF, { ori: c.oriNJ, from: '2025-01-01T00:00:00Z', to: '2025-07-01T00:00:00Z' }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    const b = res.data!.dailyBrief;
    // Entered: C1, C2, C6 (C7 never was). Leads on Camden casings: L12, L23, L26, LT2 (L45 is C4–C5, both Philadelphia).
    expect([b.casingsEntered, b.newLeadCount]).toEqual([3, 4]);
    // Hits: the confirmed ones among them, never the pending L26; L23 (C3) and LT2 (a gun Philadelphia recovered) reach the other agency.
    expect([b.newHitCount, b.newHits.map((l) => l.leadId).sort()]).toEqual([3, ['L12', 'L23', 'LT2'].map(id)]);
    expect(b.crossAgencyHits.map((l) => l.leadId).sort()).toEqual(['L23', 'LT2'].map(id));
  });

  it('ids an analyst might mistype are NOT_FOUND on the argument, quoted as typed', async () => {
    const typos: Array<[Record<string, string>, string]> = [
      [{ e: id('C4').toLowerCase() }, 'evidenceId'],
      [{ e: ` ${id('C4')}` }, 'evidenceId'],
      [{ lead: id('L43') }, 'id'],
      [{ gun: id('G01') }, 'id'],
    ];
    for (const [typo, field] of typos) {
      const vars = { e: id('C4'), lead: id('L34'), gun: id('G1'), ...typo };
      const res = await c.ref.app.gql(LOOKUPS, vars, [Role.ANALYST]);
      expect(
        res.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
        JSON.stringify(typo),
      ).toEqual([['NOT_FOUND', field]]);
      expect(res.errors![0]!.message).toContain(Object.values(typo)[0]);
    }
  });
});
