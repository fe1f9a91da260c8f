import { describe, expect, it } from 'vitest';
import { boundedOperation, MAX_OPERATION_LABELS } from '../../../src/telemetry/service-metrics.js';
import { sample } from '../../operations/prometheus-text.js';

describe('operation names as metric labels', () => {
  it('are cut to 64 characters, and new names past the cap count as "other"', () => {
    expect(boundedOperation(null)).toBe('anonymous');
    expect(boundedOperation('x'.repeat(100))).toBe('x'.repeat(64));
    const names = Array.from({ length: MAX_OPERATION_LABELS + 10 }, (_, i) => `Op${i}`);
    const labels = names.map(boundedOperation);
    expect(labels.filter((l) => l === 'other').length).toBeGreaterThan(0);
    expect(new Set(labels.filter((l) => l !== 'other')).size).toBeLessThanOrEqual(MAX_OPERATION_LABELS);
    // A name seen before the cap keeps its own label.
    expect(boundedOperation('Op0')).toBe('Op0');
  });
});

describe('reading the Prometheus text format', () => {
  const text = ['# HELP x_total help', 'x_total{a="1",b="q \\"quoted\\""} 2', 'x_total{a="1",b="r"} 3', 'x_total{a="2"} 5', 'x_total_other 7', 'y 1.5'].join(
    '\n',
  );
  it('sums the samples whose labels include the ones asked for', () => {
    expect(sample(text, 'x_total', { a: '1' })).toBe(5);
    expect(sample(text, 'x_total')).toBe(10);
    expect(sample(text, 'y')).toBe(1.5);
    expect(sample(text, 'x_total', { a: '3' })).toBeNaN();
  });
});
