import { describe, expect, it } from 'vitest';
import type { Agency } from '../../../src/model/agency.type.js';
import type { LinkedScenesRow } from '../../../src/casing/casing.data.js';
import { toLinkedScenes } from '../../../src/casing/linked-scenes.js';
import type { Scene } from '../../../src/model/scene.type.js';
import { SceneKind } from '../../../src/model/scene-kind.enum.js';

const agency = (ori: string): Agency => ({ ori, name: ori, state: ori.slice(0, 2), city: null, nibinPartner: true });
const scene = (id: string, occurredAt: string, latitude: number | null): Scene => ({
  id,
  occurredAt,
  kind: Object.values(SceneKind)[0] as SceneKind,
  address: null,
  city: null,
  state: null,
  location: latitude === null ? null : { latitude, longitude: -84 },
});

describe('the series view of a same-gun set', () => {
  it('is empty without a row or scenes', () => {
    expect(toLinkedScenes(null)).toEqual([]);
    expect(toLinkedScenes({ homeOri: 'GA0000001', scenes: [] })).toEqual([]);
  });

  it('places each scene against the first (km) and the previous (days), and marks other jurisdictions', () => {
    const row: LinkedScenesRow = {
      homeOri: 'GA0000001',
      scenes: [
        { scene: scene('S1', '2024-01-01T00:00:00Z', 33), agency: agency('GA0000001'), evidenceIds: ['E1'] },
        { scene: scene('S2', '2024-01-03T12:00:00Z', 34), agency: agency('GA0000002'), evidenceIds: ['E2', 'E3'] },
        { scene: scene('S3', '2024-01-04T12:00:00Z', null), agency: null, evidenceIds: ['E4'] },
      ],
    };
    const [a, b, c] = toLinkedScenes(row);
    expect(a).toMatchObject({ distanceKm: 0, daysSincePrevious: null, otherJurisdiction: false });
    // One degree of latitude is ~111.2 km on the WGS-84 mean sphere.
    expect(b!.distanceKm).toBeCloseTo(111.195, 2);
    expect(b).toMatchObject({ daysSincePrevious: 2.5, otherJurisdiction: true, evidenceIds: ['E2', 'E3'] });
    // Unknown location: no distance; unknown agency: not claimed as another jurisdiction.
    expect(c).toMatchObject({ distanceKm: null, daysSincePrevious: 1, otherJurisdiction: false });
  });

  it('takes the first scene agency as home when the starting casing has none (a test-fire)', () => {
    const row: LinkedScenesRow = {
      homeOri: null,
      scenes: [
        { scene: scene('S1', '2024-01-01T00:00:00Z', 33), agency: agency('GA0000002'), evidenceIds: ['E1'] },
        { scene: scene('S2', '2024-01-02T00:00:00Z', 33), agency: agency('GA0000002'), evidenceIds: ['E2'] },
      ],
    };
    expect(toLinkedScenes(row).map((s) => s.otherJurisdiction)).toEqual([false, false]);
  });
  it('marks as confirmed only the scenes the walk over confirmed leads reaches (NIBIN: an unreviewed lead is not a hit)', () => {
    const s1 = { scene: scene('S1', '2024-01-01T00:00:00Z', 33), agency: agency('GA0000001'), evidenceIds: ['E1'] };
    const s2 = { scene: scene('S2', '2024-01-02T00:00:00Z', 33), agency: agency('GA0000001'), evidenceIds: ['E2'] };
    const s3 = { scene: scene('S3', '2024-01-03T00:00:00Z', 33), agency: agency('GA0000001'), evidenceIds: ['E3'] };
    const withLeads: LinkedScenesRow = { homeOri: 'GA0000001', scenes: [s1, s2, s3] };
    const hitsOnly: LinkedScenesRow = { homeOri: 'GA0000001', scenes: [s1, s3] };
    expect(toLinkedScenes(withLeads, hitsOnly).map((s) => s.confirmed)).toEqual([true, false, true]);
    // Without a separate walk (confirmed leads only were followed), every scene is a hit.
    expect(toLinkedScenes(hitsOnly).map((s) => s.confirmed)).toEqual([true, true]);
  });
});
