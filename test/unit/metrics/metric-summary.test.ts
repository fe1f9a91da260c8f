import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAcc } from '../../../src/metrics/metric-acc.js';
import { median, quantile } from '../../../src/metrics/metric-stats.js';
import { summarize } from '../../../src/metrics/metric-summary.js';

const HOURS = [24, 48, 24 * 7, 24 * 30, 24 * 90];
// Delays on and around every bin edge, negatives (clock skew in source data) and ties.
const delay = fc.oneof(fc.constantFrom(0, 24, 48, 168, 720, 2160, -3, 24.0001, 2160.5), fc.double({ min: -50, max: 5000, noNaN: true }));

describe('summarize (each delay list sorted once, histogram in one pass)', () => {
  it('gives the definitions: median and nearest-rank p90 of the raw lists, histogram bins by filter', () => {
    fc.assert(
      fc.property(
        fc.array(delay, { maxLength: 60 }),
        fc.array(delay, { maxLength: 30 }),
        fc.array(delay, { maxLength: 30 }),
        (entry, reviewed, requestDays) => {
          const s = summarize({ ...emptyAcc(), entryHours: entry, correlationToReviewHours: reviewed, traceRequestDays: requestDays });
          const r2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
          expect(s.timeliness.medianHours).toBe(r2(median(entry)));
          expect(s.timeliness.p90Hours).toBe(r2(quantile(entry, 0.9)));
          expect(s.leads.medianCorrelationToReviewHours).toBe(r2(median(reviewed)));
          expect(s.leads.p90CorrelationToReviewHours).toBe(r2(quantile(reviewed, 0.9)));
          expect(s.tracing.medianRequestDelayDays).toBe(r2(median(requestDays)));
          expect(s.tracing.p90RequestDelayDays).toBe(r2(quantile(requestDays, 0.9)));
          const bins = HOURS.map((h, i) => ({ upToHours: h as number | null, casings: entry.filter((v) => v <= h && (i === 0 || v > HOURS[i - 1]!)).length }));
          bins.push({ upToHours: null, casings: entry.filter((v) => v > HOURS.at(-1)!).length });
          expect(s.timeliness.histogram).toEqual(bins);
        },
      ),
      { numRuns: 300 },
    );
  });
});
