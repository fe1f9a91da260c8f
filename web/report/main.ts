import './report.css';
import { readPageConfig, storedToken, type ReportPageConfig } from '../shared/page-config.js';
import { gql, type Summary } from '../dashboard/dashboard-data.js';
import { REPORT_QUERY as QUERY } from './report-query.js';
import type { PeerRow as Peer } from '../../src/metrics/metrics-result.js';

const config = readPageConfig<ReportPageConfig>();
const token = () => storedToken() ?? config.token;
const $ = (id: string) => document.getElementById(id)!;

interface Report {
  ori: string;
  from: string | null;
  to: string | null;
  peerPeriod: string;
  findings: string[];
  metrics: Summary & { crossJurisdiction: { series: number; otherAgencies: string[] }; lateEntry: Summary['lateEntry'] & { sceneIds: string[] } };
  state: Summary;
  peers: Peer[];
  untracedGuns: {
    totalCount: number;
    edges: Array<{
      node: {
        recoveryId: string;
        recoveredOn: string;
        firearmId: string;
        make: string | null;
        model: string | null;
        caliber: string | null;
        serialObliterated: boolean;
      };
    }>;
  };
}

const fmt = (v: number | null, share = false) => (v === null ? '–' : share ? `${Math.round(v * 1000) / 10}%` : String(Math.round(v * 10) / 10));
const esc = (s: unknown) => String(s ?? '–').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function render(r: Report): string {
  const m = r.metrics;
  const s = r.state;
  const rows: Array<[string, string, string]> = [
    ['Casings recovered', fmt(m.nibin.casingsRecovered), fmt(s.nibin.casingsRecovered)],
    ['Share of casings entered into NIBIN', fmt(m.nibin.casingEntryShare, true), fmt(s.nibin.casingEntryShare, true)],
    ['Recovered guns test-fired', fmt(m.nibin.testFireShare, true), fmt(s.nibin.testFireShare, true)],
    ['Median hours, recovery → entry', fmt(m.timeliness.medianHours), fmt(s.timeliness.medianHours)],
    ['90th percentile hours', fmt(m.timeliness.p90Hours), fmt(s.timeliness.p90Hours)],
    ['Entered within 24 h (CGIC target)', fmt(m.timeliness.within24hShare, true), fmt(s.timeliness.within24hShare, true)],
    ['Entered within 48 h', fmt(m.timeliness.within48hShare, true), fmt(s.timeliness.within48hShare, true)],
    ['Casings not entered (backlog)', fmt(m.timeliness.backlogTotal), fmt(s.timeliness.backlogTotal)],
    ['Recovered guns traced', fmt(m.tracing.tracedShare, true), fmt(s.tracing.tracedShare, true)],
    ['Median days, recovery → trace request', fmt(m.tracing.medianRequestDelayDays), fmt(s.tracing.medianRequestDelayDays)],
    ['Traces completed within 7 days (eTrace goal)', fmt(m.tracing.completedWithin7DaysShare, true), fmt(s.tracing.completedWithin7DaysShare, true)],
    ['Shootings linkable earlier (late entry)', fmt(m.lateEntry.shootingsLinkableEarlier), fmt(s.lateEntry.shootingsLinkableEarlier)],
  ];
  const peers = r.peers.filter((p) => p.group !== 'all agencies');
  return `
<h1>Agency feedback report: ${esc(m.name)} (${esc(r.ori)})</h1>
<p class="period">Period: ${esc(r.from ?? 'start of data')} to ${esc(r.to ?? 'end of data')} · peers compared over ${esc(r.peerPeriod)}</p>
<section><h2>Findings</h2><ul id="findings">${r.findings.map((f) => `<li>${esc(f)}</li>`).join('')}</ul></section>
<section><h2>Timeliness and tracing</h2><table><thead><tr><th>Measure</th><th>Your agency</th><th>State ${esc(m.state)}</th></tr></thead>
<tbody>${rows.map(([a, b, c]) => `<tr><td>${esc(a)}</td><td>${esc(b)}</td><td>${esc(c)}</td></tr>`).join('')}</tbody></table></section>
<section><h2>Against your peers (${esc(m.state)} agencies and your ATF field division)</h2><table><thead><tr><th>Measure</th><th>Peer group</th><th>Your value</th><th>Peer median</th><th>You do better than</th><th>Peers</th></tr></thead>
<tbody>${peers.map((p) => `<tr><td>${esc(p.measure)}</td><td>${esc(p.group)}</td><td>${fmt(p.value)}</td><td>${fmt(p.peerMedian)}</td><td>${fmt(p.betterThanShare, true)}</td><td>${p.peers}</td></tr>`).join('')}</tbody></table>
${m.fieldDivisionCaveat ? `<p class="caveat" id="division-caveat">Field division ${esc(m.fieldDivision)}: ${esc(m.fieldDivisionCaveat)}</p>` : ''}</section>
<section><h2>Cross-jurisdiction links</h2><p>${m.crossJurisdiction.series} confirmed series tie your evidence to ${m.crossJurisdiction.otherAgencies.length} other agencies${m.crossJurisdiction.otherAgencies.length ? `: ${esc(m.crossJurisdiction.otherAgencies.join(', '))}` : ''}.</p></section>
<section><h2>The cost of late entry</h2><p>${m.lateEntry.lateCasings} casings were entered more than 24 hours after recovery. ${m.lateEntry.shootingsLinkableEarlier} shootings in ${m.lateEntry.seriesAffected} confirmed series happened after a NIBIN lead could have existed had they been entered within 24 hours, and before it could given the actual entry${m.lateEntry.sceneIds.length ? ` (scenes ${esc(m.lateEntry.sceneIds.join(', '))})` : ''}.</p></section>
<section><h2>Untraced guns (${r.untracedGuns.totalCount})</h2><table><thead><tr><th>Recovered</th><th>Recovery</th><th>Firearm</th><th>Make / model</th><th>Caliber</th><th>Serial</th></tr></thead>
<tbody>${r.untracedGuns.edges.map(({ node: g }) => `<tr><td>${esc(g.recoveredOn)}</td><td>${esc(g.recoveryId)}</td><td>${esc(g.firearmId)}</td><td>${esc(`${g.make ?? ''} ${g.model ?? ''}`)}</td><td>${esc(g.caliber)}</td><td>${g.serialObliterated ? 'obliterated' : 'present'}</td></tr>`).join('')}</tbody></table>
${r.untracedGuns.totalCount > r.untracedGuns.edges.length ? `<p>First ${r.untracedGuns.edges.length} shown; the API pages through all of them.</p>` : ''}</section>
<p class="method">Definitions and sources: docs/metrics.md (DOJ-IG Frontline review; CGIC 24-hour entry target; eTrace 7-day goal).</p>`;
}

async function load(): Promise<void> {
  if (!config.ori) {
    document.body.dataset.state = 'ready';
    return;
  }
  $('status').textContent = 'Loading…';
  try {
    const data = await gql<{ agencyReport: Report }>(config.endpoint, token(), QUERY, { ori: config.ori, from: config.from, to: config.to });
    $('report').innerHTML = render(data.agencyReport);
    const json = $('json') as HTMLAnchorElement;
    json.href = URL.createObjectURL(new Blob([JSON.stringify(data.agencyReport, null, 2)], { type: 'application/json' }));
    json.download = `agency-report-${config.ori}.json`;
    $('status').textContent = '';
    document.body.dataset.state = 'ready';
  } catch (error) {
    $('status').textContent = `Error: ${(error as Error).message}`;
    document.body.dataset.state = 'error';
  }
}

$('print').addEventListener('click', () => window.print());
void load();
