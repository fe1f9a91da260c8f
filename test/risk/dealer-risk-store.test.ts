import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Gateway } from '../../src/db/gateway.js';
import { runTraceCoverage } from '../../src/coverage/trace-coverage.job.js';
import { readMetricInputs } from '../../src/metrics/metrics.data.js';
import { loadRiskConfig } from '../../src/risk/risk-config.js';
import { runDealerRisk } from '../../src/risk/dealer-risk.job.js';
import { testGateway } from '../support/app.js';

/**
 * The dealer-risk step rewrites only the dealers whose result changed and marks the others as the
 * run's. Against the real database: every stored result after an incremental run must equal what
 * a full rewrite stores, carry the run's computedAt (node and Ffl), and a result whose stored
 * content no longer matches must be rewritten.
 */
let gateway: Gateway;
/** Written by the trace-coverage step, a later step of the same run: not this step's content. */
const COVERAGE_KEYS = new Set([
  'traceCoverage',
  'traceCoverageLow',
  'traceCoverageHigh',
  'estimatedCrimeGuns',
  'estimatedCrimeGunsLow',
  'estimatedCrimeGunsHigh',
  'tracedGuns',
  'underObserved',
  'scoreIfFullyObserved',
  'scorePercentile',
]);

interface Stored {
  license: string;
  props: Record<string, unknown>;
  computedAtMs: number;
  fflScore: number | null;
  fflComputedAtMs: number | null;
  links: number;
}

async function stored(): Promise<Map<string, Stored>> {
  const { records } = await gateway.driver.executeQuery(
    `MATCH (r:DealerRisk) OPTIONAL MATCH (f:Ffl {license: r.license})
     RETURN r.license AS license, properties(r) AS props, r.computedAt.epochMillis AS computedAtMs, f.riskScore AS fflScore,
            f.riskComputedAt.epochMillis AS fflComputedAtMs, COUNT { (f)-[:HAS_RISK]->(r) } AS links`,
    {},
    { database: inject('neo4j').database },
  );
  return new Map(
    records.map((r): [string, Stored] => {
      const props = { ...(r.get('props') as Record<string, unknown>) };
      delete props.computedAt;
      delete props.coverageHash;
      for (const k of COVERAGE_KEYS) delete props[k];
      // Compared as read, not as text: a result converted from the earlier layout (Cypher's JSON,
      // its own key order) and kept as unchanged reads back the same breakdown as a fresh write.
      if (typeof props.breakdown === 'string') props.breakdown = JSON.parse(props.breakdown) as unknown;
      const n = (v: unknown) => (v === null ? null : Number(v));
      return [
        r.get('license') as string,
        {
          license: r.get('license'),
          props,
          computedAtMs: n(r.get('computedAtMs'))!,
          fflScore: n(r.get('fflScore')),
          fflComputedAtMs: n(r.get('fflComputedAtMs')),
          links: n(r.get('links'))!,
        },
      ];
    }),
  );
}

const write = (text: string, params: Record<string, unknown> = {}) => gateway.driver.executeQuery(text, params, { database: inject('neo4j').database });

beforeAll(async () => {
  gateway = testGateway();
  await runDealerRisk(gateway, new Date().toISOString());
}, 300_000);
afterAll(async () => {
  await gateway.close();
});

describe('dealer-risk and trace-coverage results stored incrementally', () => {
  it('rewrites the results whose stored content differs, marks the rest, and stores what a full rewrite stores', async () => {
    const before = await stored();
    const tampered = [...before.keys()].sort().slice(0, 3);
    // A stale result: content changed behind the job's back, hash no longer matching.
    await write('UNWIND $l AS license MATCH (r:DealerRisk {license: license}) SET r.contentHash = "stale", r.score = -1, r.junk = 1', { l: tampered });
    const second = new Date(Date.now() + 1000).toISOString();
    const run = await runDealerRisk(gateway, second);
    expect(run.stored.written).toBe(tampered.length);
    expect(run.stored.unchanged).toBe(before.size - tampered.length);
    const incremental = await stored();

    // Full rewrite: no stored hash matches, every result is written again.
    await write('MATCH (r:DealerRisk) REMOVE r.contentHash');
    const third = new Date(Date.now() + 2000).toISOString();
    const full = await runDealerRisk(gateway, third);
    expect(full.stored.written).toBe(before.size);
    const rewritten = await stored();

    expect([...incremental.keys()].sort()).toEqual([...rewritten.keys()].sort());
    for (const [license, s] of incremental) {
      const r = rewritten.get(license)!;
      expect(s.props, license).toEqual(r.props);
      expect(s.fflScore, license).toBe(r.fflScore);
      expect(s.links, license).toBe(1);
      expect(s.computedAtMs, license).toBe(Date.parse(second));
      expect(s.fflComputedAtMs, license).toBe(Date.parse(second));
    }
    for (const license of tampered) expect(incremental.get(license)!.props.junk).toBeUndefined();
  });

  it('rewrites only the coverage estimates that differ, and stores what a full rewrite stores', async () => {
    const config = loadRiskConfig();
    const risk = await runDealerRisk(gateway, new Date(Date.now() + 3000).toISOString(), config);
    const { recoveries } = await readMetricInputs(gateway);
    await runTraceCoverage(gateway, recoveries, risk.scored, config);
    const coverage = async () => {
      const { records } = await write('MATCH (r:DealerRisk) RETURN r.license AS license, properties(r) AS props');
      return new Map(
        records.map((r): [string, Record<string, unknown>] => {
          const props = r.get('props') as Record<string, unknown>;
          return [r.get('license') as string, Object.fromEntries([...COVERAGE_KEYS, 'coverageHash'].map((k) => [k, props[k] ?? null]))];
        }),
      );
    };
    const tampered = [...(await coverage()).keys()].sort().slice(0, 2);
    await write('UNWIND $l AS license MATCH (r:DealerRisk {license: license}) SET r.coverageHash = "stale", r.traceCoverage = -1', { l: tampered });
    const again = await runTraceCoverage(gateway, recoveries, risk.scored, config);
    expect(again.stored.written).toBe(tampered.length);
    const incremental = await coverage();
    await write('MATCH (r:DealerRisk) REMOVE r.coverageHash');
    const full = await runTraceCoverage(gateway, recoveries, risk.scored, config);
    expect(full.stored.written).toBe(incremental.size);
    expect(incremental).toEqual(await coverage());
    expect([...incremental.values()].some((c) => c.traceCoverage !== null)).toBe(true);
  });
});
