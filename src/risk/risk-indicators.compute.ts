import type { RiskConfig } from './risk-config.js';
import type { RiskIndicatorKey } from './risk-indicator.catalog.js';

/** One dealer as the job reads it, with the raw counts the indicators derive from. */
export interface DealerRaw {
  license: string;
  name: string | null;
  state: string | null;
  licenseType: string | null;
  sales: number;
  multipleSales: number;
  years: TraceYearRow[];
  nibinLinkedGuns: number;
  nibinMedianDays: number | null;
}

/** cypher/risk/dealer-traces.cypher: one row per dealer and calendar year of the trace request. */
export interface TraceYearRow {
  license: string;
  year: number;
  traces: number;
  withTimeToCrime: number;
  dealerRequests: number;
  ttcUnder3y: number;
  ttc3yOrLess: number;
  ttcUnder1y: number;
  withRecoveryState: number;
  outOfState: number;
  withPossessorAndPurchaser: number;
  nonPurchaser: number;
  obliterated: number;
  unanswered: number;
}

export interface IndicatorValue {
  key: RiskIndicatorKey;
  /** Null: not enough evidence to compute (e.g. a share over too few traces); contributes nothing. */
  value: number | null;
  /** A short explanation of the value, e.g. the traces per year. */
  detail: string;
}

const sum = (rows: TraceYearRow[], f: (r: TraceYearRow) => number) => rows.reduce((a, r) => a + f(r), 0);
const round = (v: number, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits;

/** ATF Demand Letter 2: 25 or more traces with time-to-crime ≤ 3 years in a calendar year (10 before 2018). */
export function demandLetter2Years(years: TraceYearRow[], config: RiskConfig): number[] {
  const t = config.thresholds;
  return years
    .filter((y) => y.ttc3yOrLess >= (y.year < t.demandLetter2ChangeYear ? t.demandLetter2TracesBefore2018 : t.demandLetter2Traces))
    .map((y) => y.year)
    .sort((a, b) => a - b);
}

/**
 * Indicator values for one dealer. `spanYears` is the number of calendar years the whole
 * graph's traces cover, so a dealer's traces per year compare on the same footing.
 */
export function indicatorValues(d: DealerRaw, config: RiskConfig, spanYears: number): IndicatorValue[] {
  const y = [...d.years].sort((a, b) => a.year - b.year);
  const traces = sum(y, (r) => r.traces);
  const minShare = config.thresholds.minTracesForShares;
  const withState = sum(y, (r) => r.withRecoveryState);
  const withBoth = sum(y, (r) => r.withPossessorAndPurchaser);
  const dl2 = demandLetter2Years(y, config);
  const perYear = y.map((r) => `${r.year}: ${r.traces}`).join(', ') || 'no traces';
  const share = (part: number, whole: number, what: string): [number | null, string] =>
    whole >= minShare ? [round(part / whole), `${part} of ${whole} ${what}`] : [null, `${part} of ${whole} ${what}; fewer than ${minShare}, not scored`];
  const [outShare, outDetail] = share(sum(y, (r) => r.outOfState), withState, 'traced guns with a recovery state');
  const [npShare, npDetail] = share(sum(y, (r) => r.nonPurchaser), withBoth, 'traced guns with purchaser and possessor known');
  const [u1Share, u1Detail] = share(sum(y, (r) => r.ttcUnder1y), sum(y, (r) => r.withTimeToCrime), 'traces with a known time-to-crime were under 1 year');
  const [unShare, unDetail] = share(sum(y, (r) => r.unanswered), sum(y, (r) => r.dealerRequests), 'trace requests unanswered within 24 hours');
  const multipleShare = d.sales >= minShare ? round(d.multipleSales / d.sales) : null;
  return [
    { key: 'TRACES_PER_YEAR', value: round(traces / Math.max(1, spanYears)), detail: `${traces} traces over ${spanYears} year(s) (${perYear})` },
    {
      key: 'TRACES_PER_THOUSAND_SALES',
      value: d.sales > 0 ? round((1000 * traces) / d.sales, 2) : null,
      detail: d.sales > 0 ? `${traces} traces, ${d.sales} retail sales` : `${traces} traces, no retail sales recorded`,
    },
    { key: 'TTC_UNDER_3Y', value: sum(y, (r) => r.ttcUnder3y), detail: `${sum(y, (r) => r.ttcUnder3y)} of ${traces} traces under ${config.thresholds.shortTimeToCrimeDays} days` },
    { key: 'TTC_UNDER_1Y', value: sum(y, (r) => r.ttcUnder1y), detail: `${sum(y, (r) => r.ttcUnder1y)} of ${traces} traces under ${config.thresholds.veryShortTimeToCrimeDays} days` },
    { key: 'TTC_UNDER_1Y_SHARE', value: u1Share, detail: u1Detail },
    {
      key: 'DEMAND_LETTER_2_YEARS',
      value: dl2.length,
      detail: dl2.length
        ? `threshold crossed in ${dl2.join(', ')}`
        : `not crossed (most in one year: ${Math.max(0, ...y.map((r) => r.ttc3yOrLess))} traces with time-to-crime ≤ 3 years)`,
    },
    { key: 'OUT_OF_STATE_SHARE', value: outShare, detail: outDetail },
    { key: 'NON_PURCHASER_POSSESSOR_SHARE', value: npShare, detail: npDetail },
    { key: 'MULTIPLE_SALES', value: d.multipleSales, detail: `${d.multipleSales} of ${d.sales} sales were multiple sales` },
    {
      key: 'MULTIPLE_SALE_SHARE',
      value: multipleShare,
      detail: `${d.multipleSales} of ${d.sales} sales${multipleShare === null ? `; fewer than ${minShare}, not scored` : ''}`,
    },
    { key: 'OBLITERATED_SERIALS', value: sum(y, (r) => r.obliterated), detail: `${sum(y, (r) => r.obliterated)} of ${traces} traced guns` },
    { key: 'NIBIN_LINKED_GUNS', value: d.nibinLinkedGuns, detail: `${d.nibinLinkedGuns} guns sold later matched to shooting scenes` },
    {
      key: 'NIBIN_DAYS_TO_FIRST_SHOOTING',
      value: d.nibinMedianDays,
      detail: d.nibinMedianDays === null ? 'no gun linked to a shooting' : `median ${d.nibinMedianDays} days from sale to first shooting`,
    },
    { key: 'UNANSWERED_TRACE_REQUESTS', value: sum(y, (r) => r.unanswered), detail: `${sum(y, (r) => r.unanswered)} trace requests answered after ${config.thresholds.traceAnswerHours} h or not at all` },
    { key: 'UNANSWERED_TRACE_SHARE', value: unShare, detail: unDetail },
  ];
}
