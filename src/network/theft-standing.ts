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
  /** The day the timely report says the gun was taken (the incident), when `reportedStolen`. */
  theftOccurredOn: string | null;
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
  const timely = inSpan.filter((t) => t.reportedOn <= recoveredOn).sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  const reportedStolen = timely.length > 0;
  return { reportedStolen, reportedStolenAfterRecovery: !reportedStolen && inSpan.length > 0, theftOccurredOn: timely[0]?.occurredOn ?? null };
}

/**
 * Buyers who reported thefts on at least `minIncidents` different days among their guns later
 * recovered in crime, with that count; 0: off. One burglary explains the guns it took; a buyer
 * whose guns are "stolen" again and again and then turn up in crime is using the straw
 * purchaser's known cover (Giffords Law Center, "Reporting Lost & Stolen Firearms"; ATF,
 * Following the Gun, 2000), so those reports no longer take the guns out of his straw evidence.
 */
export function repeatedTheftClaimants(
  rows: ReadonlyArray<{ purchaserId: string; reportedStolen: boolean; theftOccurredOn?: string | null }>,
  minIncidents: number,
): Map<string, number> {
  if (minIncidents <= 0) return new Map();
  const days = new Map<string, Set<string>>();
  for (const r of rows) if (r.reportedStolen && r.theftOccurredOn) days.set(r.purchaserId, (days.get(r.purchaserId) ?? new Set()).add(r.theftOccurredOn));
  return new Map([...days].filter(([, d]) => d.size >= minIncidents).map(([id, d]) => [id, d.size]));
}
