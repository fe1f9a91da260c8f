import { describe, expect, it } from 'vitest';
import { seriesOf } from '../../../web/chart/series.js';
import { binTimes } from '../../../web/chart/timeline.js';

const DAY = 86_400_000;

describe('NIBIN series drawn on the map', () => {
  const scene = (id: string, at: string) => ({ id, kind: 'SCENE', properties: { occurredAt: at } });
  const node = (id: string, kind: string, properties: Record<string, unknown> = {}) => ({ id, kind, properties });
  const nodes = [
    scene('Scene:S3', '2025-03-01T00:00:00Z'),
    scene('Scene:S1', '2025-01-01T00:00:00Z'),
    scene('Scene:S2', '2025-02-01T00:00:00Z'),
    scene('Scene:S4', '2025-04-01T00:00:00Z'),
    node('Casing:C1', 'CASING'),
    node('Casing:C2', 'CASING'),
    node('Casing:C3', 'CASING'),
    node('Casing:C4', 'CASING'),
    node('Firearm:F', 'FIREARM'),
    node('Lead:L1', 'LEAD', { status: 'CONFIRMED' }),
    node('Lead:L2', 'LEAD', { status: 'UNREVIEWED' }),
  ];
  const at = (c: string, s: string) => ({ source: c, target: s, kind: 'RECOVERED_AT' });
  const edges = [
    at('Casing:C1', 'Scene:S1'),
    at('Casing:C2', 'Scene:S2'),
    at('Casing:C3', 'Scene:S3'),
    at('Casing:C4', 'Scene:S4'),
    { source: 'Casing:C3', target: 'Firearm:F', kind: 'FIRED_FROM' },
    { source: 'Casing:C1', target: 'Firearm:F', kind: 'FIRED_FROM' },
    { source: 'Lead:L1', target: 'Casing:C2', kind: 'CORRELATES' },
    { source: 'Lead:L1', target: 'Casing:C1', kind: 'CORRELATES' },
    // A lead nobody reviewed is not a series link.
    { source: 'Lead:L2', target: 'Casing:C4', kind: 'CORRELATES' },
    { source: 'Lead:L2', target: 'Casing:C3', kind: 'CORRELATES' },
  ];

  it('joins casings by the gun they were fired from and by confirmed leads, scenes in time order', () => {
    expect(seriesOf(nodes, edges)).toEqual([{ firearmId: 'Firearm:F', sceneIds: ['Scene:S1', 'Scene:S2', 'Scene:S3'] }]);
  });

  it('draws nothing for a lone scene', () => {
    expect(seriesOf(nodes, edges.slice(0, 5))).toEqual([]);
  });
});

describe('timeline bins', () => {
  it('counts every time once in day-aligned bins spanning the data', () => {
    const t0 = Date.UTC(2024, 0, 1, 13);
    const times = [t0, t0 + 3 * DAY, t0 + 400 * DAY, t0 + 400 * DAY + 1000];
    const bins = binTimes(times, 50);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(times.length);
    expect(bins[0]!.start).toBe(Date.UTC(2024, 0, 1));
    expect(bins.every((b) => (b.end - b.start) % DAY === 0)).toBe(true);
    expect(bins.at(-1)!.end).toBeGreaterThan(Math.max(...times));
    expect(bins.length).toBeLessThanOrEqual(51);
    expect(binTimes([])).toEqual([]);
  });
});
