/**
 * A mergeable accumulator of everything one metric cell (scope x key x period) measures. Month
 * cells store it, so any range of months is answered exactly by merging them; `summarize`
 * (metric-summary.ts) turns it into the published measures.
 */
export interface MetricAcc {
  casingsRecovered: number;
  /** Recovery -> NIBIN entry, hours, one per entered scene casing. */
  entryHours: number[];
  /** Recovered scene casings not entered by the data's as-of instant, by age bucket (BACKLOG_BUCKETS). */
  backlog: number[];
  gunsRecovered: number;
  gunsTestFired: number;
  gunsTraced: number;
  /** Recovery day -> trace request, days (first trace of each traced gun). */
  traceRequestDays: number[];
  /** Request -> completion, days, completed traces. */
  traceCompletionDays: number[];
  outcomes: Record<string, number>;
  /** Dealer asked -> dealer answered, hours. */
  dealerResponseHours: number[];
  dealerRequests: number;
  /** Asked more than 24 hours before the as-of instant and not answered. */
  dealerUnanswered: number;
  leads: number;
  confirmedLeads: number;
  /** Later entry of the two casings -> correlation, hours. */
  entryToCorrelationHours: number[];
  /** Correlation -> examiner review, hours. */
  correlationToReviewHours: number[];
  /**
   * Leads still unreviewed more than 48 hours after correlation at the as-of instant: they missed
   * the 24-48 hour target as surely as a late review (absent in cells stored before it was kept).
   */
  unreviewedOverdue?: number;
  /** Review -> referral to investigators, hours (when the lead cycle records referrals). */
  reviewToReferralHours: number[];
  /** Agencies that recovered a gun or casing here, and those that entered something into NIBIN. */
  recoveringOris: string[];
  enteringOris: string[];
  /** Scene casings entered more than 24 hours after recovery. */
  lateCasings: number;
  /** Late casings of a confirmed series whose lateness kept at least one shooting from being linked. */
  costlyCasings: number;
  /** Shootings linkable earlier (distinct scene ids) and the confirmed series they belong to. */
  costSceneIds: string[];
  costSeries: string[];
  /** Confirmed series holding this scope's evidence and evidence of another agency (series key -> other agencies). */
  crossSeries: string[];
  crossOris: string[];
}

/** Backlog age buckets in days (lower bound inclusive): under 1, 1-2, 2-7, 7-30, 30-90, 90+. */
export const BACKLOG_BUCKETS = [0, 1, 2, 7, 30, 90] as const;

export function emptyAcc(): MetricAcc {
  return {
    casingsRecovered: 0,
    entryHours: [],
    backlog: BACKLOG_BUCKETS.map(() => 0),
    gunsRecovered: 0,
    gunsTestFired: 0,
    gunsTraced: 0,
    traceRequestDays: [],
    traceCompletionDays: [],
    outcomes: {},
    dealerResponseHours: [],
    dealerRequests: 0,
    dealerUnanswered: 0,
    leads: 0,
    confirmedLeads: 0,
    entryToCorrelationHours: [],
    correlationToReviewHours: [],
    unreviewedOverdue: 0,
    reviewToReferralHours: [],
    recoveringOris: [],
    enteringOris: [],
    lateCasings: 0,
    costlyCasings: 0,
    costSceneIds: [],
    costSeries: [],
    crossSeries: [],
    crossOris: [],
  };
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

/** Adds `b` into a copy of `a` (arrays concatenated, counts added, id lists united). */
export function mergeAcc(a: MetricAcc, b: MetricAcc): MetricAcc {
  const outcomes = { ...a.outcomes };
  for (const [k, v] of Object.entries(b.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + v;
  return {
    casingsRecovered: a.casingsRecovered + b.casingsRecovered,
    entryHours: a.entryHours.concat(b.entryHours),
    backlog: a.backlog.map((v, i) => v + (b.backlog[i] ?? 0)),
    gunsRecovered: a.gunsRecovered + b.gunsRecovered,
    gunsTestFired: a.gunsTestFired + b.gunsTestFired,
    gunsTraced: a.gunsTraced + b.gunsTraced,
    traceRequestDays: a.traceRequestDays.concat(b.traceRequestDays),
    traceCompletionDays: a.traceCompletionDays.concat(b.traceCompletionDays),
    outcomes,
    dealerResponseHours: a.dealerResponseHours.concat(b.dealerResponseHours),
    dealerRequests: a.dealerRequests + b.dealerRequests,
    dealerUnanswered: a.dealerUnanswered + b.dealerUnanswered,
    leads: a.leads + b.leads,
    confirmedLeads: a.confirmedLeads + b.confirmedLeads,
    entryToCorrelationHours: a.entryToCorrelationHours.concat(b.entryToCorrelationHours),
    correlationToReviewHours: a.correlationToReviewHours.concat(b.correlationToReviewHours),
    unreviewedOverdue: (a.unreviewedOverdue ?? 0) + (b.unreviewedOverdue ?? 0),
    reviewToReferralHours: a.reviewToReferralHours.concat(b.reviewToReferralHours),
    recoveringOris: union(a.recoveringOris, b.recoveringOris),
    enteringOris: union(a.enteringOris, b.enteringOris),
    lateCasings: a.lateCasings + b.lateCasings,
    costlyCasings: a.costlyCasings + b.costlyCasings,
    costSceneIds: union(a.costSceneIds, b.costSceneIds),
    costSeries: union(a.costSeries, b.costSeries),
    crossSeries: union(a.crossSeries, b.crossSeries),
    crossOris: union(a.crossOris, b.crossOris),
  };
}
