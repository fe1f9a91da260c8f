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
  /** Sales of guns someone else had reported stolen or lost before the sale (18 U.S.C. 922(j)). */
  stolenBeforeSale: number;
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
  /**
   * Traces that reached the retail dealer: the time it was asked is recorded, or (a source without
   * dealer times) its answer is, COMPLETED or NO_PURCHASER.
   */
  dealerReached: number;
  /** Traces that reached the dealer whose gun it has no sale record of, or answered with no purchaser (NO_PURCHASER). */
  noRecord: number;
  /**
   * Traces that would have counted in `noRecord` but whose gun the dealer reported stolen or lost
   * before the trace asked for it (27 CFR 478.39a): accounted for, said in the evidence.
   */
  reportedLost: number;
  /**
   * Of `noRecord`, the traces whose gun the dealer itself reported stolen or lost only after the
   * trace asked for it (27 CFR 478.39a: within 48 hours of discovering it).
   */
  lossAfterTrace: number;
  /** The different days on which the dealer's own theft or loss reports say a loss happened (the same on each of its rows). */
  lossDays: number;
  /**
   * Traces with time-to-crime ≤ 3 years, found with someone other than the purchaser, whose purchaser
   * has another such traced gun from this dealer (guns reported stolen before their trace left out).
   */
  repeatPurchaser: number;
  /** The purchasers behind `repeatPurchaser`. */
  repeatPurchaserIds: string[];
}

export interface IndicatorValue {
  key: RiskIndicatorKey;
  /** Null: not enough evidence to compute (e.g. a share over too few traces); contributes nothing. */
  value: number | null;
  /** A short explanation of the value, e.g. the traces per year. */
  detail: string;
  /** For shares: numerator and denominator (the score shrinks small denominators toward the peers). */
  part?: number;
  whole?: number;
  /** For shares: what the denominator counts (sales, traces, trace requests), for the detail's wording. */
  unit?: string;
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
  // 27 CFR 478.39a: a gun the dealer reported stolen or lost before the trace asked left by theft,
  // not by sale; a burgled dealer is the victim, so those traces leave the dealer's volume of crime guns.
  // A licensee reporting losses on many different days (27 CFR 478.39a) is not a burglary's victim:
  // losses again and again are how guns sold off the books are covered (ATF, Following the Gun, 2000),
  // so from `repeatedLossIncidents` days on its reports account for nothing and the guns count as
  // unrecorded traces, as a buyer's thefts reported again and again stop excluding his guns.
  const lossDays = Math.max(0, ...y.map((r) => r.lossDays));
  const repeat = config.thresholds.repeatedLossIncidents ?? 0;
  const repeatedLosses = repeat > 0 && lossDays >= repeat;
  const lostBefore = sum(y, (r) => r.reportedLost);
  const reportedLost = repeatedLosses ? 0 : lostBefore;
  const sold = traces - reportedLost;
  const perYear = y.map((r) => `${r.year}: ${r.traces - (repeatedLosses ? 0 : r.reportedLost)}`).join(', ') || 'no traces';
  // A share with too little evidence is null: left out of the score's denominator, not counted as 0.
  const share = (key: RiskIndicatorKey, part: number, whole: number, unit: string, what: string): IndicatorValue =>
    whole >= minShare
      ? { key, value: round(part / whole), detail: `${part} of ${whole} ${unit} ${what}`, part, whole, unit }
      : { key, value: null, detail: `${part} of ${whole} ${unit} ${what}; fewer than ${minShare}, not scored`, part, whole, unit };
  // Time-to-crime counts only exist where the sale is on record: a dealer whose traces all end
  // without a sale record (missing records are scored as conduct, NO_RECORD_*) has no known
  // time-to-crime, so its counts are unknown, not zero, and leave the denominator like a share.
  const withTtc = sum(y, (r) => r.withTimeToCrime);
  const ttcCount = (key: RiskIndicatorKey, count: number, what: string): IndicatorValue =>
    withTtc >= minShare
      ? { key, value: count, detail: `${count} of ${withTtc} traces with a known time-to-crime ${what}` }
      : { key, value: null, detail: `none of ${traces} traces has a known time-to-crime; not scored` };
  const requests = sum(y, (r) => r.dealerRequests);
  const reached = sum(y, (r) => r.dealerReached);
  const noRecord = sum(y, (r) => r.noRecord) + (repeatedLosses ? lostBefore : 0);
  const lossAfterTrace = sum(y, (r) => r.lossAfterTrace);
  // ATF, Following the Gun (2000): one straw buyer coming back is that buyer's pattern (flagged as a
  // purchaser); several buyers coming back to one counter are the dealer's. Below the threshold, none count.
  const repeatBuyers = new Set(y.flatMap((r) => r.repeatPurchaserIds)).size;
  const counterPattern = repeatBuyers >= config.thresholds.minRepeatPurchasers;
  const repeatPurchaser = counterPattern ? sum(y, (r) => r.repeatPurchaser) : 0;
  const repeatNote = counterPattern
    ? ` (${repeatBuyers} buyers)`
    : repeatBuyers
      ? ` (${sum(y, (r) => r.repeatPurchaser)} of ${repeatBuyers === 1 ? 'one buyer' : `${repeatBuyers} buyers`}, not counted: fewer than ${config.thresholds.minRepeatPurchasers} different buyers)`
      : '';
  // 27 CFR 478.39a: a gun reported stolen or lost before the trace is accounted for and not counted;
  // the detail says so, or "0 without a record" reads as every traced gun being on record.
  const lostNote = repeatedLosses
    ? lostBefore
      ? `; ${lostBefore} of them reported stolen or lost before the trace asked, counted: the dealer reported losses on ${lossDays} different days`
      : ''
    : reportedLost
      ? `; ${reportedLost} more had no sale record or purchaser but were reported stolen or lost from inventory before the trace asked (27 CFR 478.39a), not counted`
      : '';
  const lostVolumeNote = reportedLost ? `; not counted: ${reportedLost} traced gun(s) reported stolen or lost from inventory before the trace asked` : '';
  // Traces exist but none says when the dealer was asked (a source without dealer times): how it
  // answered is unknown, not "never late", so the count leaves the denominator like a share.
  const unansweredKnown = traces === 0 || requests > 0;
  const noRecordKnown = traces === 0 || reached > 0;
  return [
    { key: 'TRACES_PER_YEAR', value: round(sold / Math.max(1, spanYears)), detail: `${sold} traces over ${spanYears} year(s) (${perYear})${lostVolumeNote}` },
    {
      key: 'TRACES_PER_THOUSAND_SALES',
      value: d.sales > 0 ? round((1000 * sold) / d.sales, 2) : null,
      detail: (d.sales > 0 ? `${sold} traces, ${d.sales} retail sales` : `${sold} traces, no retail sales recorded`) + lostVolumeNote,
    },
    ttcCount(
      'TTC_UNDER_3Y',
      sum(y, (r) => r.ttcUnder3y),
      `under ${config.thresholds.shortTimeToCrimeDays} days`,
    ),
    ttcCount(
      'TTC_UNDER_1Y',
      sum(y, (r) => r.ttcUnder1y),
      `under ${config.thresholds.veryShortTimeToCrimeDays} days`,
    ),
    share(
      'TTC_UNDER_1Y_SHARE',
      sum(y, (r) => r.ttcUnder1y),
      sum(y, (r) => r.withTimeToCrime),
      'traces',
      'with a known time-to-crime were under 1 year',
    ),
    {
      key: 'DEMAND_LETTER_2_YEARS',
      value: withTtc >= minShare ? dl2.length : null,
      detail:
        withTtc < minShare
          ? `no trace with a known time-to-crime; not scored`
          : dl2.length
            ? `threshold crossed in ${dl2.join(', ')}`
            : `not crossed (most in one year: ${Math.max(0, ...y.map((r) => r.ttc3yOrLess))} traces with time-to-crime ≤ 3 years)`,
    },
    share(
      'OUT_OF_STATE_SHARE',
      sum(y, (r) => r.outOfState),
      withState,
      'traced guns',
      'with a recovery state',
    ),
    share(
      'NON_PURCHASER_POSSESSOR_SHARE',
      sum(y, (r) => r.nonPurchaser),
      withBoth,
      'traced guns',
      'with purchaser and possessor known',
    ),
    { key: 'MULTIPLE_SALES', value: d.multipleSales, detail: `${d.multipleSales} of ${d.sales} sales were multiple sales` },
    share('MULTIPLE_SALE_SHARE', d.multipleSales, d.sales, 'sales', 'were multiple sales'),
    { key: 'OBLITERATED_SERIALS', value: sum(y, (r) => r.obliterated), detail: `${sum(y, (r) => r.obliterated)} of ${traces} traced guns` },
    { key: 'NIBIN_LINKED_GUNS', value: d.nibinLinkedGuns, detail: `${d.nibinLinkedGuns} guns sold later matched to shooting scenes` },
    {
      key: 'NIBIN_DAYS_TO_FIRST_SHOOTING',
      value: d.nibinMedianDays,
      detail: d.nibinMedianDays === null ? 'no gun linked to a shooting' : `median ${d.nibinMedianDays} days from sale to first shooting`,
    },
    unansweredKnown
      ? {
          key: 'UNANSWERED_TRACE_REQUESTS',
          value: sum(y, (r) => r.unanswered),
          detail: `${sum(y, (r) => r.unanswered)} trace requests answered after ${config.thresholds.traceAnswerHours} h or not at all`,
        }
      : { key: 'UNANSWERED_TRACE_REQUESTS', value: null, detail: `none of ${traces} traces records when the dealer was asked; not scored` },
    share(
      'UNANSWERED_TRACE_SHARE',
      sum(y, (r) => r.unanswered),
      requests,
      'trace requests',
      'unanswered within 24 hours',
    ),
    noRecordKnown
      ? {
          key: 'NO_RECORD_TRACES',
          value: noRecord,
          detail: `${noRecord} of ${reached} traces that reached the dealer: no sale record of the gun, or no purchaser given${lostNote}`,
        }
      : { key: 'NO_RECORD_TRACES', value: null, detail: `none of ${traces} traces shows that it reached the dealer; not scored` },
    share('NO_RECORD_SHARE', noRecord, reached, 'traces', `that reached the dealer ended without a sale record or purchaser${lostNote}`),
    noRecordKnown
      ? {
          key: 'LOSSES_REPORTED_AFTER_TRACE',
          value: lossAfterTrace,
          detail: `${lossAfterTrace} of ${noRecord} traced guns without a record were reported stolen or lost by the dealer only after the trace asked for them`,
        }
      : { key: 'LOSSES_REPORTED_AFTER_TRACE', value: null, detail: `none of ${traces} traces shows that it reached the dealer; not scored` },
    ttcCount(
      'REPEAT_PURCHASER_TRACES',
      repeatPurchaser,
      `belong to a purchaser with two or more guns from this dealer found with others within 3 years${repeatNote}`,
    ),
    share(
      'REPEAT_PURCHASER_SHARE',
      repeatPurchaser,
      withTtc,
      'traces',
      'with a known time-to-crime belong to a purchaser with two or more guns from this dealer found with others within 3 years',
    ),
    {
      key: 'SOLD_AFTER_THEFT_REPORT',
      value: d.stolenBeforeSale,
      detail: `${d.stolenBeforeSale} of ${d.sales} sales were of guns reported stolen or lost by someone else before the sale`,
    },
  ];
}
