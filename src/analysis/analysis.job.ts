import type { Gateway } from '../db/gateway.js';
import { analysisMeta } from '../db/analysis-meta.js';
import { gdsProbe, type GdsProbe } from '../db/gds.probe.js';
import { runNetworks } from '../network/network.job.js';
import { HOLDER_TIE_WINDOWS } from '../network/holder-timing.js';
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
  /** Re-block every person instead of only those changed since the last run (the result is the same). */
  fullResolution?: boolean;
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
  // Times a step, and records the step's own sub-step timings (when it reports them) as `step.sub`.
  const step: Step = async (name, work) => {
    const t0 = Date.now();
    try {
      const result = await work();
      for (const [k, v] of Object.entries((result as { timings?: Record<string, number> }).timings ?? {})) timings[`${name}.${k}`] = v;
      return result;
    } finally {
      timings[name] = Date.now() - t0;
    }
  };

  // Person resolution shares nothing with the other steps (it reads people, writes only duplicate
  // candidates; networks read confirmed SAME_AS links, which only analysts make), and most of it is
  // the service's own CPU (blocking and scoring) while the other steps mostly wait for Neo4j: it runs
  // beside them (yielding to the event loop between slices) and is awaited before the job ends.
  const resolutionRun = step('personResolution', () => runPersonResolution(gateway, computedAt, { full: options.fullResolution }));
  resolutionRun.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  let graph: GraphSteps;
  try {
    graph = await graphSteps(gateway, computedAt, config, step, log, options.probe, timings);
  } finally {
    await resolutionRun.catch(() => undefined);
  }
  const resolution = await resolutionRun;
  log(
    `Analysis: ${resolution.candidates.length} candidate duplicate people (${resolution.mode} run: ${resolution.changedPeople} people re-blocked, ${resolution.comparedPairs} pairs compared, ${resolution.reusedPairs} reused; ${resolution.skipped.blocks} blocks of identical records skipped) in ${timings.personResolution} ms.`,
  );
  return { computedAt, ...graph, durationMs: Date.now() - started, timings };
}

type GraphSteps = Omit<AnalysisSummary, 'computedAt' | 'durationMs' | 'timings'>;
type Step = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/** Dealer risk, agency metrics and networks (with GDS) side by side, then trace coverage (it reads the dealers' scores and the networks' guns). */
async function graphSteps(
  gateway: Gateway,
  computedAt: string,
  config: RiskConfig,
  step: Step,
  log: (m: string) => void,
  probe: GdsProbe | undefined,
  timings: Record<string, number>,
): Promise<GraphSteps> {
  // Dealer risk, agency metrics and the networks read the graph and write only their own results,
  // so they run side by side: one's service-side compute overlaps another's database reads, and a
  // freshly started Neo4j warms up on all three at once instead of one after another.
  // All settle before the job goes on or fails, so no step still writes after the job has ended.
  const gds = await (probe ?? gdsProbe()).status(gateway, analysisMeta('gds-probe'));
  const [riskRun, metricsRun, networksRun] = await Promise.allSettled([
    step('dealerRisk', () => runDealerRisk(gateway, computedAt, config)),
    step('agencyMetrics', () => runAgencyMetrics(gateway, computedAt)),
    gds.available ? step('networks', () => runNetworks(gateway, computedAt, config)) : Promise.resolve(undefined),
  ]);
  if (riskRun.status === 'rejected') throw riskRun.reason;
  if (metricsRun.status === 'rejected') throw metricsRun.reason;
  if (networksRun.status === 'rejected') throw networksRun.reason;
  const [risk, metrics, result] = [riskRun.value, metricsRun.value, networksRun.value];
  log(
    `Analysis: scored ${risk.scored.length} dealers (${risk.stored.written} results rewritten, ${risk.stored.unchanged} unchanged) in ${timings.dealerRisk} ms.`,
  );
  log(`Analysis: ${metrics.cells} agency metric cells (as of ${metrics.asOf}).`);
  let networks = 0;
  let networkMembers = 0;
  let networksSkipped: string | undefined;
  // Guns of reported networks: traced by investigations, not by the agencies' routine (trace coverage).
  const investigated = new Set<string>();
  if (result) {
    networks = result.networks.length;
    for (const n of result.networks) for (const f of n.firearms) investigated.add(f);
    networkMembers = result.networks.reduce((a, n) => a + n.size, 0);
    log(
      `Analysis: ${networks} trafficking networks (${networkMembers} members) from a projection of ${result.projectedNodes} nodes in ${timings.networks} ms.`,
    );
    const ties = result.recordTies;
    const line = (t: NonNullable<typeof ties>['plain']) =>
      `${t.found.join('/')} found and ${t.chance.map((c) => c.toFixed(1)).join('/')} from random pairing, of ${t.reported.join('/')} networks, at store-sharing levels 0..${t.level}; level ${t.level} used`;
    if (ties)
      log(`Analysis: groups tied only by association records: ${line(ties.plain)}. Those whose broker has a recruiter's record: ${line(ties.recruiter)}.`);
    const percent = (x: number) => `${Math.round(x * 100)}%`;
    const newer = (c: typeof result.holderTies) =>
      c.newerShares.length === 0
        ? ''
        : `; measured with repeat possessors' own share of new guns in ${c.newerShares.length} state(s) (${c.newerShares
            .slice(0, 3)
            .map((n) => `${n.state || 'state unknown'} ${percent(n.repeatShare)} against ${percent(n.stateShare)}`)
            .join(', ')})`;
    const held = (c: typeof result.holderTies) =>
      `${c.found.join('/')} found and ${c.chance.map((x) => x.toFixed(1)).join('/')} from chance (${c.controlPairs} pairs with a gun that cannot be straw evidence${newer(c)}), at steps 0..${Math.max(0, c.found.length - 1)} (levels 0 and 1, level 2 with a purchase window of ${HOLDER_TIE_WINDOWS.join(' or ')} days, then with one dealer only); level ${c.level}${c.level === 2 ? (c.windowDays > 0 ? ` with a ${c.windowDays}-day window` : ' with one dealer only') : ''} used`;
    const scan = result.counterScan;
    log(
      scan.population === 'DEALER_SALES'
        ? `Analysis: the counter scan measured each dealer against its own recorded sales by month (${scan.dealers} dealers, ${scan.dealerMonths} dealer-months).`
        : 'Analysis: the counter scan measured dealers against the common time profile of straw-evidence buyers only.',
    );
    if (result.holderTies.found.length > 0)
      log(`Analysis: straw-gun pairs in one holder's hands: ${held(result.holderTies)}. At one residence: ${held(result.householdTies)}.`);
    const counters = result.counterTies;
    if (counters)
      log(
        `Analysis: lone prolific purchasers meeting at one counter within ${counters.windows.join('/')} days: ${counters.found.join('/')} found and ${counters.chance.map((x) => x.toFixed(1)).join('/')} from chance; ${counters.level < counters.windows.length ? `held to ${counters.windows[counters.level]} days` : 'none counted'}.`,
      );
    const buyers = result.buyerTies;
    if (buyers.found.length > 0)
      log(
        `Analysis: buyers with straw guns from two or more purchase events: ${buyers.found.join('/')} found and ${buyers.chance.map((x) => x.toFixed(1)).join('/')} from lawful repeat buying (${buyers.controlled.size} buyers seen with a gun that cannot be straw evidence), at levels 0..${buyers.found.length - 1}; level ${buyers.level} used.`,
      );
  } else {
    networksSkipped = `Graph Data Science is not available (missing: ${gds.missing.join(', ')}); trafficking networks were not computed`;
    log(`Analysis: ${networksSkipped}.`);
  }
  const coverage = await step('traceCoverage', () => runTraceCoverage(gateway, metrics.inputs.recoveries, risk.scored, config, investigated));
  log(`Analysis: trace coverage for ${coverage.rows.filter((r) => r.traceCoverage != null).length} dealers in ${timings.traceCoverage} ms.`);
  return {
    dealersScored: risk.scored.length,
    metricCells: metrics.cells,
    underObservedDealers: coverage.rows.filter((r) => r.underObserved).length,
    networks,
    networkMembers,
    gdsAvailable: gds.available,
    networksSkipped,
  };
}
