import type { Gateway } from '../db/gateway.js';
import { analysisMeta } from '../db/analysis-meta.js';
import { contentHash } from '../db/content-hash.js';
import { divisionAt } from '../model/division-at.js';
import { loadRiskConfig, type RiskConfig } from './risk-config.js';
import { breakdownProperties } from './risk-breakdown.codec.js';
import { demandLetter2Years, indicatorValues, type DealerRaw, type TraceYearRow } from './risk-indicators.compute.js';
import { scoreDealers, type ScoredDealer } from './risk-score.compute.js';
import { readDealerRiskInputs, storeDealerRiskRun, traceCountParams } from './risk-run.data.js';

const meta = analysisMeta('dealer-risk');

export interface DealerRiskResult {
  scored: ScoredDealer[];
  /** Milliseconds reading raw counts, computing scores, storing. */
  timings: { read: number; compute: number; store: number };
  /** Dealers whose stored result was rewritten, and those only marked as this run's (unchanged). */
  stored: { written: number; unchanged: number };
}

/**
 * Dealer risk: reads raw counts per FFL (sales, traces per year, NIBIN links), derives the
 * indicators, scores each against its peers and stores scores, breakdowns and Ffl.riskScore in
 * ONE write transaction, so readers see either the previous run or this one, never a mix.
 */
export async function runDealerRisk(gateway: Gateway, computedAt: string, config: RiskConfig = loadRiskConfig()): Promise<DealerRiskResult> {
  const t = config.thresholds;
  const t0 = Date.now();
  const { dealers, sales, years, nibin, span } = await readDealerRiskInputs(gateway, traceCountParams(t, computedAt), meta);
  const t1 = Date.now();
  const { raws, scored } = scoreDealerRiskInputs({ dealers, sales, years, nibin, span }, config);
  const rawBy = new Map(raws.map((r) => [r.license, r]));
  const rows = scored.map((s) => {
    const raw = rawBy.get(s.license)!;
    const row = {
      license: s.license,
      division: divisionAt(raw.state, raw.latitude, raw.longitude),
      rank: s.rank,
      peerCount: s.peerCount,
      traces: raw.years.reduce((a, y) => a + y.traces, 0),
      demandLetter2Years: demandLetter2Years(raw.years, config),
      props: breakdownProperties(s),
    };
    // The stored node also copies the dealer's name, state and license type: part of its content.
    return { ...row, contentHash: contentHash([row, raw.name, raw.state, raw.licenseType]) };
  });
  const t2 = Date.now();
  const stored = await storeDealerRiskRun(gateway, rows, computedAt, meta);
  return { scored, stored, timings: { read: t1 - t0, compute: t2 - t1, store: Date.now() - t2 } };
}

export type DealerRiskInputs = Awaited<ReturnType<typeof readDealerRiskInputs>>;

/** The pure part of the job: indicators and scores from the raw counts it read (also used by bench/dealer-ranks.ts). */
export function scoreDealerRiskInputs({ dealers, sales, years, nibin, span }: DealerRiskInputs, config: RiskConfig) {
  const spanYears = span?.firstYear != null && span?.lastYear != null ? span.lastYear - span.firstYear + 1 : 1;
  const salesBy = new Map(sales.map((s) => [s.license, s]));
  const nibinBy = new Map(nibin.map((n) => [n.license, n]));
  const yearsBy = new Map<string, TraceYearRow[]>();
  for (const y of years) {
    const list = yearsBy.get(y.license);
    if (list) list.push(y);
    else yearsBy.set(y.license, [y]);
  }
  const raws: Array<DealerRaw & { latitude: number | null; longitude: number | null }> = dealers.map((d) => ({
    ...d,
    sales: salesBy.get(d.license)?.sales ?? 0,
    multipleSales: salesBy.get(d.license)?.multipleSales ?? 0,
    stolenBeforeSale: salesBy.get(d.license)?.stolenBeforeSale ?? 0,
    years: yearsBy.get(d.license) ?? [],
    nibinLinkedGuns: nibinBy.get(d.license)?.linkedGuns ?? 0,
    nibinMedianDays: nibinBy.get(d.license)?.medianDaysToFirstShooting ?? null,
  }));
  const scored = scoreDealers(
    raws.map((r) => ({ license: r.license, state: r.state, licenseType: r.licenseType, values: indicatorValues(r, config, spanYears) })),
    config,
  );
  return { raws, scored };
}
