import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../generated/graphql/index.js';
import type { NibinLinkedQuery } from '../generated/graphql/graphql.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { deleteTestRecords, PREFIX, writeCasings, writeLeads, writeScenes } from './fixtures.js';

const LINKED = graphql(`
  query NibinLinked($evidenceId: NonEmptyString!, $includeUnreviewed: Boolean, $maxHops: Int) {
    casing(evidenceId: $evidenceId) {
      evidenceId
      scene {
        id: sceneId
        agency {
          ori
        }
      }
      linkedScenes(includeUnreviewed: $includeUnreviewed, maxHops: $maxHops) {
        scene {
          id: sceneId
          occurredAt
        }
        agency {
          ori
        }
        evidenceIds
        distanceKm
        daysSincePrevious
        otherJurisdiction
      }
      linkedCasings(includeUnreviewed: $includeUnreviewed, maxHops: $maxHops) {
        casing {
          evidenceId
        }
        hops
        throughFirearm
      }
    }
  }
`);

let app: TestApp;
const manifest = inject('manifest');

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await deleteTestRecords(app.gateway);
  await app.close();
});

describe('Casing.linkedScenes on the planted NIBIN series', () => {
  it('the manifest has series to check', () => {
    expect(manifest.series.length).toBeGreaterThan(0);
  });

  const check = (series: (typeof manifest.series)[number], data: NibinLinkedQuery) => {
    const linked = data.casing!.linkedScenes;
    // Times ascend, the first scene is the origin, every later one says how long after the previous it came.
    const times = linked.map((l) => Date.parse(l.scene.occurredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(linked[0]!.distanceKm).toBe(0);
    expect(linked[0]!.daysSincePrevious).toBeNull();
    for (let i = 1; i < linked.length; i++) {
      expect(linked[i]!.daysSincePrevious).toBeCloseTo((times[i]! - times[i - 1]!) / 86_400_000, 2);
    }
    // Scenes of other agencies than the starting casing's scene are marked.
    const home = data.casing!.scene!.agency!.ori;
    for (const l of linked) expect(l.otherJurisdiction, series.id).toBe(l.agency!.ori !== home);
    return linked;
  };

  for (const position of ['first', 'last'] as const) {
    it(`a recovered gun's series: from its ${position} casing, exactly the series' scenes in time order, with all its casings and agencies`, async () => {
      const recovered = manifest.series.filter((s) => s.firearmId);
      expect(recovered.length).toBeGreaterThan(0);
      for (const series of recovered) {
        const evidenceId = position === 'first' ? series.casingIds[0]! : series.casingIds.at(-1)!;
        // Confirmed hits only (the default): an unreviewed lead may point at another gun's casing.
        const res = await app.gql(LINKED, { evidenceId, maxHops: 10 });
        expect(res.errors, series.id).toBeUndefined();
        const linked = check(series, res.data!);
        expect(
          linked.map((l) => l.scene.id),
          series.id,
        ).toEqual(series.sceneIds);
        const ids = new Set(linked.flatMap((l) => l.evidenceIds));
        for (const casingId of series.casingIds) expect(ids.has(casingId), `${series.id} ${casingId}`).toBe(true);
        expect(new Set(linked.map((l) => l.agency!.ori))).toEqual(new Set(series.agencyOris));
      }
    });
  }

  it("a series whose gun is not recovered: through leads only, the scenes reached are the series' scenes, in order", async () => {
    // Without a recovered gun only NIBIN leads tie the scenes together: the seed chains the first
    // casing of each scene to the first casing of the previous one. From the series' first casing
    // every scene is reached; from any other casing, what is reached is series scenes, in order.
    const unrecovered = manifest.series.filter((s) => !s.firearmId);
    expect(unrecovered.length).toBeGreaterThan(0);
    for (const series of unrecovered) {
      const whole = await app.gql(LINKED, { evidenceId: series.casingIds[0]!, includeUnreviewed: true, maxHops: 10 });
      expect(
        check(series, whole.data!).map((l) => l.scene.id),
        series.id,
      ).toEqual(series.sceneIds);
      for (const evidenceId of series.casingIds) {
        const res = await app.gql(LINKED, { evidenceId, includeUnreviewed: true, maxHops: 10 });
        expect(res.errors, series.id).toBeUndefined();
        const ids = check(series, res.data!).map((l) => l.scene.id);
        expect(ids).toContain(res.data!.casing!.scene!.id);
        expect(ids, `${series.id} from ${evidenceId}`).toEqual(series.sceneIds.filter((id) => ids.includes(id)));
      }
    }
  });

  it("a planted gun's Firearm.shootings are its series' scenes, and Firearm.casings its scene casings", async () => {
    const recovered = manifest.series.filter((s) => s.firearmId);
    expect(recovered.length).toBeGreaterThan(0);
    for (const series of recovered) {
      const res = await app.gql(
        graphql(`
          query NibinFirearmShootings($id: NonEmptyString!) {
            firearm(id: $id) {
              shootings {
                id: sceneId
              }
              casings {
                evidenceId
              }
              testFires {
                evidenceId
              }
            }
          }
        `),
        {
          id: series.firearmId!,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.firearm!.shootings.map((s) => s.id)).toEqual(series.sceneIds);
      expect(new Set(res.data!.firearm!.casings.map((c) => c.evidenceId))).toEqual(new Set(series.casingIds));
      if (series.testFireEvidenceId) expect(res.data!.firearm!.testFires.map((c) => c.evidenceId)).toContain(series.testFireEvidenceId);
    }
  });
});

describe('Casing.linkedCasings follows confirmed leads, unreviewed ones when asked, rejected ones never', () => {
  // A chain written by this test: A -CONFIRMED- B -UNREVIEWED- C -CONFIRMED- D, and A -REJECTED- X.
  const id = (s: string) => `${PREFIX}NIBIN-${s}`;
  beforeAll(async () => {
    const ori = manifest.series[0]!.agencyOris[0]!;
    const days = ['2025-03-01', '2025-03-05', '2025-03-09', '2025-03-20', '2025-03-02'];
    const names = ['A', 'B', 'C', 'D', 'X'];
    await writeScenes(
      app.gateway,
      names.map((n, i) => ({ id: id(`SC-${n}`), occurredAt: `${days[i]}T12:00:00Z`, agencyOri: ori })),
    );
    await writeCasings(
      app.gateway,
      names.map((n, i) => ({ evidenceId: id(n), sceneId: id(`SC-${n}`), recoveredAt: `${days[i]}T13:00:00Z` })),
    );
    await writeLeads(app.gateway, [
      { id: id('L-AB'), casingA: id('A'), casingB: id('B'), status: 'CONFIRMED' },
      { id: id('L-BC'), casingA: id('B'), casingB: id('C'), status: 'UNREVIEWED' },
      { id: id('L-CD'), casingA: id('C'), casingB: id('D'), status: 'CONFIRMED' },
      { id: id('L-AX'), casingA: id('A'), casingB: id('X'), status: 'REJECTED' },
    ]);
  });

  const linkedFrom = async (vars: { includeUnreviewed?: boolean; maxHops?: number }) => {
    const res = await app.gql(LINKED, { evidenceId: id('A'), ...vars });
    expect(res.errors).toBeUndefined();
    return res.data!.casing;
  };

  it('confirmed only by default: stops at the unreviewed lead', async () => {
    const c = await linkedFrom({});
    expect(c!.linkedCasings).toEqual([{ casing: { evidenceId: id('B') }, hops: 1, throughFirearm: false }]);
    expect(c!.linkedScenes.map((l) => l.scene.id)).toEqual([id('SC-A'), id('SC-B')]);
  });

  it('includeUnreviewed reaches through the unreviewed lead, with hop counts; never the rejected one', async () => {
    const c = await linkedFrom({ includeUnreviewed: true });
    expect(c!.linkedCasings).toEqual([
      { casing: { evidenceId: id('B') }, hops: 1, throughFirearm: false },
      { casing: { evidenceId: id('C') }, hops: 2, throughFirearm: false },
      { casing: { evidenceId: id('D') }, hops: 3, throughFirearm: false },
    ]);
    expect(c!.linkedScenes.map((l) => l.scene.id)).toEqual([id('SC-A'), id('SC-B'), id('SC-C'), id('SC-D')]);
    expect(c!.linkedScenes.map((l) => l.daysSincePrevious)).toEqual([null, 4, 4, 11]);
  });

  it('maxHops bounds the walk', async () => {
    const c = await linkedFrom({ includeUnreviewed: true, maxHops: 2 });
    expect(c!.linkedCasings.map((l) => l.casing.evidenceId)).toEqual([id('B'), id('C')]);
  });

  it('Casing.leads lists every lead with the other casing, filtered by status', async () => {
    const res = await app.gql(
      graphql(`
        query NibinCasingLeads($e: NonEmptyString!) {
          casing(evidenceId: $e) {
            all: leads {
              id: leadId
              status
              otherCasing {
                evidenceId
              }
            }
            rejected: leads(status: REJECTED) {
              id: leadId
            }
          }
        }
      `),
      { e: id('A') },
    );
    expect(res.errors).toBeUndefined();
    const all = res.data!.casing!.all.map((l) => [l.id, l.status, l.otherCasing!.evidenceId]).sort();
    expect(all).toEqual([
      [id('L-AB'), 'CONFIRMED', id('B')],
      [id('L-AX'), 'REJECTED', id('X')],
    ]);
    expect(res.data!.casing!.rejected.map((l) => l.id)).toEqual([id('L-AX')]);
  });
});
