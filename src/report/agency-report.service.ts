import { metricsFor, storedPeriod, withAgencyRecord, type Db, type MetricsResult, type MonthRange } from '../metrics/metrics.service.js';
import type { PageRequest } from '../pagination/page-args.js';
import { untracedGunsPage } from './report.data.js';

const pct = (v: number | null) => (v === null ? 'no data' : `${Math.round(v * 1000) / 10}%`);
const hours = (v: number | null) => (v === null ? 'no data' : v >= 48 ? `${Math.round(v / 24)} days` : `${Math.round(v)} hours`);

/** The stored period a report's peers are compared over: the period itself, else its year, else all data. */
export function peerPeriodOf(range: MonthRange): string {
  const stored = storedPeriod(range);
  if (stored) return stored;
  if (range.from && range.to && range.from.slice(0, 4) === range.to.slice(0, 4)) return range.from.slice(0, 4);
  return 'ALL';
}

/** Plain-language findings for the agency, in the order an investigator would want them. */
export function findings(agency: MetricsResult, state: MetricsResult): string[] {
  const a = agency.summary;
  const s = state.summary;
  const out: string[] = [];
  // Nothing on record is not a department that did nothing: say so rather than print "0 of 0" (DOJ-IG Frontline: feedback each department can act on).
  if (a.nibin.casingsRecovered === 0 && a.nibin.gunsRecovered === 0 && a.leads.leads === 0)
    return ['No casings, guns or NIBIN leads of your agency are on record for this period: its measures have no data (they are not zeros).'];
  if (a.lateEntry.shootingsLinkableEarlier > 0) {
    out.push(
      `${a.lateEntry.shootingsLinkableEarlier} shooting${a.lateEntry.shootingsLinkableEarlier === 1 ? '' : 's'} in ${a.lateEntry.seriesAffected} confirmed series your agency could have linked earlier had its casings been entered within 24 hours.`,
    );
  }
  if (a.nibin.casingsRecovered > 0 && a.nibin.casingsEntered === 0)
    out.push(`None of the ${a.nibin.casingsRecovered} casings your agency recovered was entered into NIBIN.`);
  else if (a.timeliness.entered > 0) {
    out.push(
      `Casings reached NIBIN a median ${hours(a.timeliness.medianHours)} after recovery (state: ${hours(s.timeliness.medianHours)}); ${pct(a.timeliness.within24hShare)} within the 24-hour target (state: ${pct(s.timeliness.within24hShare)}).`,
    );
  }
  if (a.timeliness.backlogTotal > 0)
    out.push(`${a.timeliness.backlogTotal} recovered casing${a.timeliness.backlogTotal === 1 ? ' is' : 's are'} not in NIBIN.`);
  // CGIC practice: test-fire every recovered crime gun into NIBIN.
  if (a.nibin.gunsRecovered > 0 && a.nibin.gunsTestFired === 0)
    out.push(`None of the ${a.nibin.gunsRecovered} gun${a.nibin.gunsRecovered === 1 ? '' : 's'} your agency recovered was test-fired into NIBIN.`);
  if (a.tracing.gunsRecovered === 0) out.push('No recovered guns of your agency are on record for this period.');
  else
    out.push(
      `${a.tracing.gunsTraced} of ${a.tracing.gunsRecovered} recovered guns traced (${pct(a.tracing.tracedShare)}; state: ${pct(s.tracing.tracedShare)}).`,
    );
  if (a.crossJurisdiction.series > 0) {
    out.push(
      `Your evidence is part of ${a.crossJurisdiction.series} confirmed series with ${a.crossJurisdiction.otherAgencies.length} other agenc${a.crossJurisdiction.otherAgencies.length === 1 ? 'y' : 'ies'}: ${a.crossJurisdiction.otherAgencies.join(', ')}.`,
    );
  }
  return out;
}

export async function agencyReport(db: Db, agency: { ori: string; name: string; state: string }, range: MonthRange) {
  const { ori } = agency;
  const metrics = withAgencyRecord(await metricsFor(db, 'AGENCY', ori, range), agency);
  const state = await metricsFor(db, 'STATE', metrics.state ?? agency.state, range);
  const peerPeriod = peerPeriodOf(range);
  // Peers are stored by the analysis job on the agency's cell of the peer period (as of its computedAt).
  const peers = (metrics.period === peerPeriod ? metrics : await metricsFor(db, 'AGENCY', ori, periodRange(peerPeriod))).peers;
  return { metrics, state, peers, peerPeriod, findings: findings(metrics, state) };
}

/** The agency's recovered guns without a trace request in the period, newest first. */
export function untracedGuns(db: Db, ori: string, range: MonthRange, req: PageRequest) {
  return untracedGunsPage(db, { ori, from: range.from ? `${range.from}-01` : null, to: range.to ? lastDay(range.to) : null }, req);
}

/** The month range a stored period (ALL, YYYY, YYYY-MM) stands for. */
function periodRange(period: string): MonthRange {
  if (period === 'ALL') return { from: null, to: null };
  return period.length === 4 ? { from: `${period}-01`, to: `${period}-12` } : { from: period, to: period };
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
