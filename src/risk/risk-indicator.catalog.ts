/**
 * The dealer-risk indicators, each with the rule or study it comes from. The analysis job
 * computes a value per FFL for each key; the score weighs their peer percentiles
 * (config/risk-weights.json). Adding an indicator: add it here, to the weights file, and to
 * the job's raw counts (risk-indicators.compute.ts).
 */
export const RISK_INDICATOR_KEYS = [
  'TRACES_PER_YEAR',
  'TRACES_PER_THOUSAND_SALES',
  'TTC_UNDER_3Y',
  'TTC_UNDER_1Y',
  'TTC_UNDER_1Y_SHARE',
  'DEMAND_LETTER_2_YEARS',
  'OUT_OF_STATE_SHARE',
  'NON_PURCHASER_POSSESSOR_SHARE',
  'MULTIPLE_SALES',
  'MULTIPLE_SALE_SHARE',
  'OBLITERATED_SERIALS',
  'NIBIN_LINKED_GUNS',
  'NIBIN_DAYS_TO_FIRST_SHOOTING',
  'UNANSWERED_TRACE_REQUESTS',
  'UNANSWERED_TRACE_SHARE',
  'NO_RECORD_TRACES',
  'NO_RECORD_SHARE',
  'LOSSES_REPORTED_AFTER_TRACE',
  'REPEAT_PURCHASER_TRACES',
  'REPEAT_PURCHASER_SHARE',
  'SOLD_AFTER_THEFT_REPORT',
] as const;

export type RiskIndicatorKey = (typeof RISK_INDICATOR_KEYS)[number];

export interface RiskIndicatorDefinition {
  key: RiskIndicatorKey;
  label: string;
  /**
   * VOLUME grows with the size of the business (where crime guns come from: ATF's
   * concentration finding); CONDUCT is a rate or share that does not (how the dealer sells:
   * Wintemute's "disproportionate" sellers). The default weights favour conduct.
   */
  kind: 'VOLUME' | 'CONDUCT';
  /** The rule or study the indicator implements, in one sentence an analyst can quote. */
  rule: string;
  /** Where the rule comes from. */
  source: string;
  /** 'higher': a larger value is riskier; 'lower': a smaller value is riskier (time to first shooting). */
  riskier: 'higher' | 'lower';
  /** Which evidence (traces) backs the value; evidence(indicator:) filters on it. Null: evidence is not a trace list. */
  evidenceFlag: EvidenceFlag | null;
  /**
   * Computed only over sales the dealer has on record (a sale date, a purchaser, a sale count), so
   * guns that left without a record are invisible to it: the score weighs it by the dealer's record
   * coverage (risk-score.compute.ts).
   */
  fromSaleRecords: boolean;
  /** A count of a threshold already crossed (Demand Letter 2 years): its zero is measured, so peers at zero count (risk-score.compute.ts). */
  thresholdCount?: boolean;
}

/** Per-trace flags the evidence list carries and can be filtered on. */
export type EvidenceFlag =
  | 'ANY'
  | 'TTC_UNDER_3Y'
  | 'TTC_UNDER_1Y'
  | 'TTC_3Y_OR_LESS'
  | 'OUT_OF_STATE'
  | 'NON_PURCHASER_POSSESSOR'
  | 'MULTIPLE_SALE'
  | 'OBLITERATED_SERIAL'
  | 'NIBIN_LINKED'
  | 'UNANSWERED_24H'
  | 'NO_RECORD'
  | 'LOSS_REPORTED_AFTER_TRACE'
  | 'REPEAT_PURCHASER'
  | 'SOLD_AFTER_THEFT_REPORT';

const ATF_2000 = 'ATF, Commerce in Firearms / Following the Gun (2000): 1.2% of dealers account for 57% of crime-gun traces';
const NFCTA = 'ATF National Firearms Commerce and Trafficking Assessment (NFCTA): short time-to-crime is a trafficking indicator';
const REPEAT_PURCHASERS =
  'ATF, Following the Gun (2000): straw purchasers, the most common channel, are found through several crime guns traced to one purchaser; NFCTA vol. III';
const WINTEMUTE = 'Wintemute et al., Injury Prevention (2005), PMC2871090: retailer risk factors for crime-gun sales';

export const RISK_INDICATORS: readonly RiskIndicatorDefinition[] = [
  {
    key: 'TRACES_PER_YEAR',
    kind: 'VOLUME',
    label: 'Crime-gun traces per year',
    rule: 'Traces resolved to this dealer per calendar year (mean over the years the data covers); a few dealers supply most crime guns.',
    source: ATF_2000,
    riskier: 'higher',
    evidenceFlag: 'ANY',
    fromSaleRecords: false,
  },
  {
    key: 'TRACES_PER_THOUSAND_SALES',
    kind: 'CONDUCT',
    label: 'Traces per 1,000 retail sales',
    rule: "Crime-gun traces relative to the dealer's sales volume: a disproportionate share of crime guns, not just a large business.",
    source: WINTEMUTE,
    riskier: 'higher',
    evidenceFlag: 'ANY',
    fromSaleRecords: false,
  },
  {
    key: 'TTC_UNDER_3Y',
    kind: 'VOLUME',
    label: 'Traces with time-to-crime under 3 years',
    rule: 'Guns recovered in crime less than 3 years after the retail sale (ATF: a short time-to-crime suggests trafficking).',
    source: NFCTA,
    riskier: 'higher',
    evidenceFlag: 'TTC_UNDER_3Y',
    fromSaleRecords: true,
  },
  {
    key: 'TTC_UNDER_1Y',
    kind: 'VOLUME',
    label: 'Traces with time-to-crime under 1 year',
    rule: 'Guns recovered in crime less than 1 year after the retail sale; the strongest time-to-crime signal.',
    source: NFCTA,
    riskier: 'higher',
    evidenceFlag: 'TTC_UNDER_1Y',
    fromSaleRecords: true,
  },
  {
    key: 'TTC_UNDER_1Y_SHARE',
    kind: 'CONDUCT',
    label: 'Share of traces with time-to-crime under 1 year',
    rule: 'Of the traces with a known time-to-crime, the share under 1 year (nationally about a quarter): guns that go from this counter to crime at once. Needs a minimum number of traces.',
    source: NFCTA,
    riskier: 'higher',
    evidenceFlag: 'TTC_UNDER_1Y',
    fromSaleRecords: true,
  },
  {
    key: 'DEMAND_LETTER_2_YEARS',
    kind: 'VOLUME',
    label: 'Years over the Demand Letter 2 threshold',
    rule: "Calendar years (of the trace request) with 25 or more traces at time-to-crime of 3 years or less (10 before 2018): ATF then demands the dealer's used-gun records (27 CFR 478.126a, Demand Letter 2).",
    source: 'ATF Demand Letter 2 program; https://smokinggun.org/atf-stops-monitoring-dealers-who-sell-the-most-crime-guns',
    riskier: 'higher',
    evidenceFlag: 'TTC_3Y_OR_LESS',
    fromSaleRecords: true,
    thresholdCount: true,
  },
  {
    key: 'OUT_OF_STATE_SHARE',
    kind: 'CONDUCT',
    label: 'Share of traced guns recovered out of state',
    rule: 'Traced guns recovered in another state than the dealer\'s: interstate trafficking (the "iron pipeline"). Needs a minimum number of traces.',
    source: NFCTA,
    riskier: 'higher',
    evidenceFlag: 'OUT_OF_STATE',
    fromSaleRecords: false,
  },
  {
    key: 'NON_PURCHASER_POSSESSOR_SHARE',
    kind: 'CONDUCT',
    label: 'Share recovered from someone other than the purchaser',
    rule: 'Traced guns whose possessor at recovery is not the retail purchaser: guns diverted after sale (straw purchase or resale). Needs a minimum number of traces.',
    source: NFCTA,
    riskier: 'higher',
    evidenceFlag: 'NON_PURCHASER_POSSESSOR',
    fromSaleRecords: true,
  },
  {
    key: 'MULTIPLE_SALES',
    kind: 'VOLUME',
    label: 'Multiple sales',
    rule: 'Sales flagged as part of a multiple sale (two or more handguns to one buyer within five business days, reported to ATF on form 3310.4).',
    source: `${WINTEMUTE}; 27 CFR 478.126a`,
    riskier: 'higher',
    evidenceFlag: 'MULTIPLE_SALE',
    fromSaleRecords: true,
  },
  {
    key: 'MULTIPLE_SALE_SHARE',
    kind: 'CONDUCT',
    label: 'Share of sales that were multiple sales',
    rule: "Multiple sales as a share of the dealer's retail sales: buying handguns in bulk is a straw-purchase marker, independent of the dealer's size.",
    source: `${WINTEMUTE}; 27 CFR 478.126a`,
    riskier: 'higher',
    evidenceFlag: 'MULTIPLE_SALE',
    fromSaleRecords: true,
  },
  {
    key: 'OBLITERATED_SERIALS',
    kind: 'VOLUME',
    label: 'Obliterated serials among traced guns',
    rule: 'Traced guns recovered with the serial number obliterated (and restored for the trace): a marker of trafficked guns.',
    source: NFCTA,
    riskier: 'higher',
    evidenceFlag: 'OBLITERATED_SERIAL',
    fromSaleRecords: false,
  },
  {
    key: 'NIBIN_LINKED_GUNS',
    kind: 'VOLUME',
    label: 'Guns sold later linked by NIBIN to shootings',
    rule: 'Guns this dealer sold that NIBIN later matched (confirmed test-fire hit) to casings at shooting scenes.',
    source: 'ATF NIBIN; https://crimegunintelcenters.org/nibin-entry-correlation-and-crime-gun-tracing/',
    riskier: 'higher',
    evidenceFlag: 'NIBIN_LINKED',
    fromSaleRecords: true,
  },
  {
    key: 'NIBIN_DAYS_TO_FIRST_SHOOTING',
    kind: 'CONDUCT',
    label: 'Median days from sale to first shooting',
    rule: 'For guns linked by NIBIN to shootings: median days from the retail sale to the first shooting. Shorter is riskier; no linked gun means no contribution.',
    source: 'ATF NIBIN; time-to-crime measured at the first shooting instead of the recovery',
    riskier: 'lower',
    evidenceFlag: 'NIBIN_LINKED',
    fromSaleRecords: true,
  },
  {
    key: 'UNANSWERED_TRACE_REQUESTS',
    kind: 'VOLUME',
    label: 'Trace requests unanswered beyond 24 hours',
    rule: 'Trace requests the dealer answered after more than 24 hours, or not at all: a licensee must answer within 24 hours (18 U.S.C. 923(g)(7)).',
    source: '18 U.S.C. 923(g)(7)',
    riskier: 'higher',
    evidenceFlag: 'UNANSWERED_24H',
    fromSaleRecords: false,
  },
  {
    key: 'UNANSWERED_TRACE_SHARE',
    kind: 'CONDUCT',
    label: 'Share of trace requests unanswered beyond 24 hours',
    rule: 'Of the trace requests sent to the dealer, the share answered after more than 24 hours or not at all (18 U.S.C. 923(g)(7)): compliance, independent of size. Needs a minimum number of requests.',
    source: '18 U.S.C. 923(g)(7)',
    riskier: 'higher',
    evidenceFlag: 'UNANSWERED_24H',
    fromSaleRecords: false,
  },
  {
    key: 'NO_RECORD_TRACES',
    kind: 'VOLUME',
    label: 'Traces the dealer has no record for',
    rule: 'Traces that reached the dealer where it has no sale record of the gun, or answered with no purchaser (NO_PURCHASER): a licensee must record every disposition (18 U.S.C. 923(g)(1)(A), 27 CFR 478.125); missing records are conduct, not missing data.',
    source: 'ATF, Following the Gun (2000): corrupt dealers selling off the books; 27 CFR 478.125',
    riskier: 'higher',
    evidenceFlag: 'NO_RECORD',
    fromSaleRecords: false,
  },
  {
    key: 'NO_RECORD_SHARE',
    kind: 'CONDUCT',
    label: 'Share of traces the dealer has no record for',
    rule: 'Of the traces that reached the dealer, the share with no sale record of the gun or no purchaser given; small counts are shrunk toward the peers.',
    source: 'ATF, Following the Gun (2000); 27 CFR 478.125',
    riskier: 'higher',
    evidenceFlag: 'NO_RECORD',
    fromSaleRecords: false,
  },
  {
    key: 'LOSSES_REPORTED_AFTER_TRACE',
    kind: 'VOLUME',
    label: 'Traced guns the dealer reported lost only after the trace',
    rule: 'Traced guns without a sale record that the dealer itself reported stolen or lost only after the trace request asked for them: a licensee reports a loss within 48 hours of discovering it (27 CFR 478.39a), so a "loss" found only when ATF asks shows an inventory whose records did not account for the gun (27 CFR 478.125), and is how diversion off the books is covered.',
    source: 'ATF, Following the Gun (2000): corrupt dealers; 27 CFR 478.39a, 478.125',
    riskier: 'higher',
    evidenceFlag: 'LOSS_REPORTED_AFTER_TRACE',
    fromSaleRecords: false,
  },
  {
    key: 'REPEAT_PURCHASER_TRACES',
    kind: 'VOLUME',
    label: 'Traced guns of purchasers with several crime guns',
    rule: 'Traced guns found within 3 years of sale with someone other than the purchaser, whose purchaser bought at least one more gun at this dealer that was also found with someone else within 3 years: the trace pattern straw purchasers leave at the counter they use, however complete the paperwork. Guns reported stolen before their trace are left out (the theft, not a hand-over, moved them).',
    source: REPEAT_PURCHASERS,
    riskier: 'higher',
    evidenceFlag: 'REPEAT_PURCHASER',
    fromSaleRecords: true,
  },
  {
    key: 'REPEAT_PURCHASER_SHARE',
    kind: 'CONDUCT',
    label: 'Share of traces from purchasers with several crime guns',
    rule: "Of the traces with a known time-to-crime, the share counted in REPEAT_PURCHASER_TRACES: a counter that straw buyers come back to, independent of the dealer's size; small counts are shrunk toward the peers.",
    source: REPEAT_PURCHASERS,
    riskier: 'higher',
    evidenceFlag: 'REPEAT_PURCHASER',
    fromSaleRecords: true,
  },
  {
    key: 'SOLD_AFTER_THEFT_REPORT',
    kind: 'VOLUME',
    label: 'Sales of guns already reported stolen',
    rule: 'Sales on record of guns that a police agency or another licensee had reported stolen or lost before the sale: a dealer acquiring and reselling stolen guns (18 U.S.C. 922(j)); its acquisition record names where the gun came from (27 CFR 478.125). One such sale says little; the percentile compares with the dealers that made any.',
    source: '18 U.S.C. 922(j); 27 CFR 478.125; ATF, Following the Gun (2000): stolen firearms as a trafficking channel',
    riskier: 'higher',
    evidenceFlag: 'SOLD_AFTER_THEFT_REPORT',
    fromSaleRecords: true,
  },
];

export const indicatorDefinition = (key: RiskIndicatorKey): RiskIndicatorDefinition => RISK_INDICATORS.find((d) => d.key === key)!;
