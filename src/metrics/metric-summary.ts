import { BACKLOG_BUCKETS, type MetricAcc } from './metric-acc.js';
import {
  ascending,
  DEALER_ANSWER_HOURS,
  ENTRY_OUTER_TARGET_HOURS,
  ENTRY_TARGET_HOURS,
  median,
  medianOfSorted,
  quantileOfSorted,
  ratio,
  round,
  shareAtMost,
  TRACE_GOAL_DAYS,
} from './metric-stats.js';

/** The published measures of one cell or range, as the API, dashboard and feedback report show them. */
export interface MetricSummary {
  nibin: {
    casingsRecovered: number;
    casingsEntered: number;
    casingEntryShare: number | null;
    gunsRecovered: number;
    gunsTestFired: number;
    testFireShare: number | null;
    agenciesRecovering: number;
    agenciesEntering: number;
    /** Agencies that recovered guns or casings but entered nothing into NIBIN. */
    agenciesEnteringNothing: string[];
  };
  timeliness: {
    entered: number;
    medianHours: number | null;
    p90Hours: number | null;
    within24hShare: number | null;
    within48hShare: number | null;
    /** Histogram of entry delays (upper bounds in hours; the last bin is open). */
    histogram: Array<{ upToHours: number | null; casings: number }>;
    backlog: Array<{ fromDays: number; toDays: number | null; casings: number }>;
    backlogTotal: number;
  };
  leads: {
    leads: number;
    confirmed: number;
    medianEntryToCorrelationHours: number | null;
    medianCorrelationToReviewHours: number | null;
    p90CorrelationToReviewHours: number | null;
    reviewed: number;
    reviewedWithin48hShare: number | null;
    referred: number;
    medianReviewToReferralHours: number | null;
  };
  tracing: {
    gunsRecovered: number;
    gunsTraced: number;
    tracedShare: number | null;
    medianRequestDelayDays: number | null;
    p90RequestDelayDays: number | null;
    completed: number;
    medianCompletionDays: number | null;
    completedWithin7DaysShare: number | null;
    outcomes: Array<{ outcome: string; traces: number }>;
    dealerRequests: number;
    medianDealerResponseHours: number | null;
    dealerWithin24hShare: number | null;
    dealerUnanswered: number;
  };
  lateEntry: {
    lateCasings: number;
    costlyCasings: number;
    /** Shootings of confirmed series that could have been linked earlier had entry been within 24 hours. */
    shootingsLinkableEarlier: number;
    seriesAffected: number;
    sceneIds: string[];
  };
  crossJurisdiction: { series: number; otherAgencies: string[] };
}

const HISTOGRAM_HOURS = [24, 48, 24 * 7, 24 * 30, 24 * 90];

/** Entry delays per histogram bin (upper bounds HISTOGRAM_HOURS, then one open bin), in one pass. */
function histogram(hours: readonly number[]): Array<{ upToHours: number | null; casings: number }> {
  const counts = new Array<number>(HISTOGRAM_HOURS.length + 1).fill(0);
  for (const v of hours) {
    if (Number.isNaN(v)) continue;
    let i = 0;
    while (i < HISTOGRAM_HOURS.length && v > HISTOGRAM_HOURS[i]!) i++;
    counts[i]! += 1;
  }
  return counts.map((casings, i) => ({ upToHours: HISTOGRAM_HOURS[i] ?? null, casings }));
}

/**
 * The published measures of an accumulator. Each delay list is sorted once for its median and
 * p90 (the nation's cells hold every casing of their period: sorting is most of the cost).
 */
export function summarize(a: MetricAcc): MetricSummary {
  const entering = new Set(a.enteringOris);
  const entry = ascending(a.entryHours);
  const reviewed = ascending(a.correlationToReviewHours);
  const requestDays = ascending(a.traceRequestDays);
  const hist = histogram(a.entryHours);
  return {
    nibin: {
      casingsRecovered: a.casingsRecovered,
      casingsEntered: a.entryHours.length,
      casingEntryShare: round(ratio(a.entryHours.length, a.casingsRecovered), 4),
      gunsRecovered: a.gunsRecovered,
      gunsTestFired: a.gunsTestFired,
      testFireShare: round(ratio(a.gunsTestFired, a.gunsRecovered), 4),
      agenciesRecovering: a.recoveringOris.length,
      agenciesEntering: a.enteringOris.length,
      agenciesEnteringNothing: a.recoveringOris.filter((o) => !entering.has(o)),
    },
    timeliness: {
      entered: a.entryHours.length,
      medianHours: round(medianOfSorted(entry)),
      p90Hours: round(quantileOfSorted(entry, 0.9)),
      within24hShare: round(shareAtMost(a.entryHours, ENTRY_TARGET_HOURS), 4),
      within48hShare: round(shareAtMost(a.entryHours, ENTRY_OUTER_TARGET_HOURS), 4),
      histogram: hist,
      backlog: BACKLOG_BUCKETS.map((from, i) => ({
        fromDays: from as number,
        toDays: (BACKLOG_BUCKETS[i + 1] ?? null) as number | null,
        casings: a.backlog[i] ?? 0,
      })),
      backlogTotal: a.backlog.reduce((x, y) => x + y, 0),
    },
    leads: {
      leads: a.leads,
      confirmed: a.confirmedLeads,
      medianEntryToCorrelationHours: round(median(a.entryToCorrelationHours)),
      medianCorrelationToReviewHours: round(medianOfSorted(reviewed)),
      p90CorrelationToReviewHours: round(quantileOfSorted(reviewed, 0.9)),
      reviewed: reviewed.length,
      // Leads to investigators within 24-48 hours (Joyce Foundation): a lead still waiting after 48 hours
      // has missed the target as surely as one reviewed late, so it counts against the share.
      reviewedWithin48hShare: round(ratio(reviewed.filter((h) => h <= ENTRY_OUTER_TARGET_HOURS).length, reviewed.length + (a.unreviewedOverdue ?? 0)), 4),
      referred: a.reviewToReferralHours.length,
      medianReviewToReferralHours: round(median(a.reviewToReferralHours)),
    },
    tracing: {
      gunsRecovered: a.gunsRecovered,
      gunsTraced: a.gunsTraced,
      tracedShare: round(ratio(a.gunsTraced, a.gunsRecovered), 4),
      medianRequestDelayDays: round(medianOfSorted(requestDays)),
      p90RequestDelayDays: round(quantileOfSorted(requestDays, 0.9)),
      completed: a.traceCompletionDays.length,
      medianCompletionDays: round(median(a.traceCompletionDays)),
      completedWithin7DaysShare: round(shareAtMost(a.traceCompletionDays, TRACE_GOAL_DAYS), 4),
      outcomes: Object.entries(a.outcomes)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([outcome, traces]) => ({ outcome, traces })),
      dealerRequests: a.dealerRequests,
      medianDealerResponseHours: round(median(a.dealerResponseHours)),
      // 18 U.S.C. 923(g)(7): 24 hours to answer. Over the requests whose 24 hours have run (answered,
      // or unanswered past 24 h): one asked an hour before the data ends has not failed yet.
      dealerWithin24hShare: round(
        ratio(a.dealerResponseHours.filter((h) => h <= DEALER_ANSWER_HOURS).length, a.dealerResponseHours.length + a.dealerUnanswered),
        4,
      ),
      dealerUnanswered: a.dealerUnanswered,
    },
    lateEntry: {
      lateCasings: a.lateCasings,
      costlyCasings: a.costlyCasings,
      shootingsLinkableEarlier: a.costSceneIds.length,
      seriesAffected: a.costSeries.length,
      sceneIds: a.costSceneIds,
    },
    crossJurisdiction: { series: a.crossSeries.length, otherAgencies: a.crossOris },
  };
}
