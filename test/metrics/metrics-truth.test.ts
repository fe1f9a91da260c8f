import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { metricsFor } from '../../src/metrics/metrics.service.js';
import { startTestApp, type TestApp } from '../support/app.js';

const manifest = inject('manifest');
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await runAnalysis(app.gateway);
}, 300_000);
afterAll(() => app.close());

describe('agency metrics against the planted truth (scale S, seed 42)', () => {
  it('matches the manifest exactly for every agency over all the data', async () => {
    const truth = manifest.agencyTruth!;
    expect(truth.length).toBeGreaterThan(0);
    for (const t of truth) {
      const m = await metricsFor(app.gateway, 'AGENCY', t.ori, { from: null, to: null }, {});
      const s = m.summary;
      const ctx = `agency ${t.ori}`;
      expect(s.nibin.casingsRecovered, ctx).toBe(t.casingsRecovered);
      expect(s.nibin.casingsEntered, ctx).toBe(t.casingsEntered);
      expect(s.nibin.gunsRecovered, ctx).toBe(t.gunsRecovered);
      expect(s.nibin.gunsTestFired, ctx).toBe(t.gunsTestFired);
      expect(s.tracing.gunsTraced, ctx).toBe(t.gunsTraced);
      expect(s.timeliness.medianHours, ctx).toBe(t.medianEntryHours === null ? null : Math.round(t.medianEntryHours * 100) / 100);
      expect(s.timeliness.within24hShare, ctx).toBe(t.casingsEntered ? Math.round((t.enteredWithin24h / t.casingsEntered) * 10_000) / 10_000 : null);
      expect(s.timeliness.within48hShare, ctx).toBe(t.casingsEntered ? Math.round((t.enteredWithin48h / t.casingsEntered) * 10_000) / 10_000 : null);
      expect(s.lateEntry.shootingsLinkableEarlier, ctx).toBe(t.lateEntryShootings);
    }
  });
});
