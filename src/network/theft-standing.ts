/** A theft or loss report of one gun: the day it says the gun was taken, and the day it was filed. */
export interface TheftReportDates {
  occurredOn: string;
  reportedOn: string;
}

export interface TheftStanding {
  /** Reported taken between the sale and the recovery, and filed no later than the recovery day: the gun left its buyer by theft. */
  reportedStolen: boolean;
  /** Reported taken in that span, but filed only after police had recovered the gun: it stays straw evidence. */
  reportedStolenAfterRecovery: boolean;
}

/**
 * How a recovered gun's theft reports bear on its buyer. A theft between the sale and the
 * recovery means the gun left the buyer by theft, not by a straw transfer, if the buyer said so
 * before police held the gun. A claim first made after the recovery is the straw purchaser's
 * usual answer once a trace reaches them (Giffords Law Center, "Reporting Lost & Stolen
 * Firearms"; The Trace, March 2025, quoting a former ATF assistant director), which is why state
 * reporting laws set a deadline, and why a dealer's loss counts only when reported before the
 * trace asked (27 CFR 478.39a, cypher/risk/dealer-traces.cypher). ISO dates compare as strings.
 */
export function theftStanding(reports: readonly TheftReportDates[], soldOn: string, recoveredOn: string): TheftStanding {
  const inSpan = reports.filter((t) => t.occurredOn >= soldOn && t.occurredOn <= recoveredOn);
  const reportedStolen = inSpan.some((t) => t.reportedOn <= recoveredOn);
  return { reportedStolen, reportedStolenAfterRecovery: !reportedStolen && inSpan.length > 0 };
}
