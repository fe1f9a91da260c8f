import type { Gateway } from '../db/gateway.js';
import { analysisMeta } from '../db/analysis-meta.js';
import { gdsProbe, type GdsProbe } from '../db/gds.probe.js';
import { runNetworks } from '../network/network.job.js';
import { runDealerRisk } from '../risk/dealer-risk.job.js';
import { loadRiskConfig, type RiskConfig } from '../risk/risk-config.js';
import { runAgencyMetrics } from '../metrics/metrics.job.js';
import { runTraceCoverage } from '../coverage/trace-coverage.job.js';
import { runPersonResolution } from '../resolution/resolution.job.js';

/** What one analysis run computed, for logs, the import report and the bench. */
export interface AnalysisSummary {
  computedAt: string;
  dealersScored: number;
  /** Stored agency metric cells and dealers flagged UNDER_OBSERVED. */
  metricCells: number;
  underObservedDealers: number;
  networks: number;
  networkMembers: number;
  /** False when the connected Neo4j has no GDS: dealer risk ran, networks were skipped. */
  gdsAvailable: boolean;
  /** Why networks were skipped, when they were. */
  networksSkipped?: string;
  durationMs: number;
  /** Milliseconds per step. */
  timings: Record<string, number>;
}

export interface AnalysisOptions {
  /** Weights and thresholds; default config/risk-weights.json. */
  config?: RiskConfig;
  /** GDS availability probe; default the process-wide one (tests inject one that finds no GDS). */
  probe?: GdsProbe;
}

/**
 * The analysis job: dealer risk scores and trafficking networks,
 * computed from the graph and stored with their computedAt so queries read them instead of
 * recomputing. Called after every import and by `npm run analyze`.
 * Dealer risk never needs GDS; without GDS the networks are
 * skipped (the summary says why) and the network queries answer GDS_UNAVAILABLE.
 */
export async function runAnalysis(gateway: Gateway, log: (m: string) => void = () => {}, options: AnalysisOptions = {}): Promise<AnalysisSummary> {
  const started = Date.now();
  const computedAt = new Date(started).toISOString();
  const config = options.config ?? loadRiskConfig();
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      timings[name] = Date.now() - t0;
    }
  };

  const risk = await step('dealerRisk', () => runDealerRisk(gateway, computedAt, config));
  Object.assign(timings, Object.fromEntries(Object.entries(risk.timings).map(([k, v]) => [`dealerRisk.${k}`, v])));
  log(`Analysis: scored ${risk.scored.length} dealers in ${timings.dealerRisk} ms.`);
  const metrics = await step('agencyMetrics', () => runAgencyMetrics(gateway, computedAt));
  Object.assign(timings, Object.fromEntries(Object.entries(metrics.timings).map(([k, v]) => [`agencyMetrics.${k}`, v])));
  log(`Analysis: ${metrics.cells} agency metric cells (as of ${metrics.asOf}).`);

  const resolution = await step('personResolution', () => runPersonResolution(gateway, computedAt));
  log(`Analysis: ${resolution.candidates.length} candidate duplicate people from ${resolution.comparedPairs} blocked pairs in ${timings.personResolution} ms.`);
  const gds = await (options.probe ?? gdsProbe()).status(gateway, analysisMeta('gds-probe'));
  let networks = 0;
  let networkMembers = 0;
  let networksSkipped: string | undefined;
  // Guns of reported networks: traced by investigations, not by the agencies' routine (trace coverage).
  const investigated = new Set<string>();
  if (gds.available) {
    const result = await step('networks', () => runNetworks(gateway, computedAt, config));
    Object.assign(timings, Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [`networks.${k}`, v])));
    networks = result.networks.length;
    for (const n of result.networks) for (const f of n.firearms) investigated.add(f);
    networkMembers = result.networks.reduce((a, n) => a + n.size, 0);
    log(
      `Analysis: ${networks} trafficking networks (${networkMembers} members) from a projection of ${result.projectedNodes} nodes in ${timings.networks} ms.`,
    );
  } else {
    networksSkipped = `Graph Data Science is not available (missing: ${gds.missing.join(', ')}); trafficking networks were not computed`;
    log(`Analysis: ${networksSkipped}.`);
  }
  const coverage = await step('traceCoverage', () => runTraceCoverage(gateway, metrics.inputs.recoveries, risk.scored, config, investigated));
  log(`Analysis: trace coverage for ${coverage.rows.filter((r) => r.traceCoverage != null).length} dealers in ${timings.traceCoverage} ms.`);
  return {
    computedAt,
    dealersScored: risk.scored.length,
    metricCells: metrics.cells,
    underObservedDealers: coverage.rows.filter((r) => r.underObserved).length,
    networks,
    networkMembers,
    gdsAvailable: gds.available,
    networksSkipped,
    durationMs: Date.now() - started,
    timings,
  };
}
