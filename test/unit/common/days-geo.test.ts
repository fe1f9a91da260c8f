import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/common/days.js';
import { distanceKm, round3 } from '../../../src/common/geo.js';

describe('daysBetween (the unit of time-to-crime)', () => {
  it('counts calendar days, ignoring the time of day', () => {
    expect(daysBetween('2024-01-01', '2024-01-31')).toBe(30);
    expect(daysBetween('2024-01-01T23:59:00Z', '2024-01-02T00:01:00Z')).toBe(1);
    expect(daysBetween('2023-03-01', '2024-03-01')).toBe(366);
  });

  it('is null when either date is missing or not a date', () => {
    expect(daysBetween(null, '2024-01-01')).toBeNull();
    expect(daysBetween('2024-01-01', undefined)).toBeNull();
    expect(daysBetween('soon', '2024-01-01')).toBeNull();
  });

  it('is antisymmetric (property)', () => {
    const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(daysBetween(a, b)).toBe(-daysBetween(b, a)! || 0);
      }),
    );
  });
});

describe('distanceKm', () => {
  it('is about 111.2 km per degree of latitude and 0 to itself', () => {
    expect(round3(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 }))).toBeCloseTo(111.195, 2);
    expect(distanceKm({ latitude: 40, longitude: -74 }, { latitude: 40, longitude: -74 })).toBe(0);
  });

  it('is symmetric and at most half the circumference (property)', () => {
    const point = fc.record({ latitude: fc.double({ min: -90, max: 90, noNaN: true }), longitude: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 6);
        expect(distanceKm(a, b)).toBeLessThanOrEqual(Math.PI * 6371.0089);
      }),
    );
  });
});
