import { describe, expect, it } from 'vitest';
import { changedFields, fingerprint } from '../../../src/investigation/investigation.fingerprint.js';
import { compareNodes, warningsOf } from '../../../src/investigation/investigation.service.js';

describe('node fingerprints of saved investigations', () => {
  const scene = { id: 'SC-1', city: 'Albany', occurredAt: '2025-03-14T23:40:00Z', location: { latitude: 42.6, longitude: -73.7 }, sourceIds: ['a'] };

  it('keeps a short hash per property and leaves a person’s personal data out entirely', () => {
    const person = fingerprint({ id: 'P-1', firstName: 'Dana', lastName: 'Whitfield', dateOfBirth: '1990-01-02', state: 'NY', valueSourceId: 's1' }, true);
    expect(Object.keys(person).sort()).toEqual(['id', 'state', 'valueSourceId']);
    expect(JSON.stringify(person)).not.toMatch(/Dana|Whitfield|1990/);
    // On a scene, city and location are facts of the place, not personal data.
    expect(Object.keys(fingerprint(scene, false)).sort()).toEqual(['city', 'id', 'location', 'occurredAt']);
    expect(Object.values(fingerprint(scene, false)).every((h) => /^[0-9a-f]{16}$/.test(h))).toBe(true);
  });

  it('names the properties that changed, were added or went, and ignores re-sent sources and key order', () => {
    const before = fingerprint(scene, false);
    expect(changedFields(before, fingerprint({ ...scene, sourceIds: ['a', 'b'] }, false))).toEqual([]);
    expect(changedFields(before, fingerprint({ ...scene, location: { longitude: -73.7, latitude: 42.6 } }, false))).toEqual([]);
    expect(changedFields(before, fingerprint({ ...scene, city: 'Troy', kind: 'HOMICIDE' }, false))).toEqual(['city', 'kind']);
    expect(changedFields(before, fingerprint({ id: 'SC-1' }, false))).toEqual(['city', 'location', 'occurredAt']);
  });

  it('marks nodes unchanged, changed or removed, and warns about the last two', () => {
    const fp = fingerprint(scene, false);
    const saved = [
      { id: 'Scene:SC-1', x: 1, y: 2, note: null, fp },
      { id: 'Scene:SC-2', x: 3, y: 4, note: 'gone?', fp },
      { id: 'Scene:SC-3', x: 5, y: 6, note: null, fp },
    ];
    const now = new Map([
      ['Scene:SC-1', fp],
      ['Scene:SC-3', fingerprint({ ...scene, city: 'Troy' }, false)],
    ]);
    const nodes = compareNodes(saved, now);
    expect(nodes.map((n) => n.status)).toEqual(['UNCHANGED', 'REMOVED', 'CHANGED']);
    expect(nodes[2]!.changedFields).toEqual(['city']);
    const warnings = warningsOf(nodes, '2026-11-30T10:00:00Z');
    expect(warnings).toEqual([
      '1 node(s) changed since this version was saved on 2026-11-30: Scene:SC-3',
      '1 node(s) no longer exist and are not drawn: Scene:SC-2',
    ]);
    expect(warningsOf(compareNodes(saved.slice(0, 1), now), '2026-11-30T10:00:00Z')).toEqual([]);
  });
});
