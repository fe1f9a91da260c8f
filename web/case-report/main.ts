import cytoscape from 'cytoscape';
import { readPageConfig, storedToken, type CaseReportPageConfig } from '../shared/page-config.js';
import { renderChartMap } from '../chart/chart-map.js';
import { chartStyle, KIND_STYLE } from '../chart/chart-style.js';
import { setSalesCollapsed } from '../chart/sales.js';
import { Timeline } from '../chart/timeline.js';
import { gql, OPEN_INVESTIGATION, REPORT_FIREARM, type Snapshot } from '../workspace/workspace-api.js';
import { firearmSection, notesSection, sourcesSection, esc, type FirearmReport } from './report-sections.js';
import './case-report.css';

const config = readPageConfig<CaseReportPageConfig>();
const token = () => storedToken() ?? config.token;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (text: string, state: 'loading' | 'ready' | 'error') => {
  $('status').textContent = text;
  document.body.dataset.state = state;
};
/** Guns given a trace-chain section; the rest are listed by id (a report is read, not scanned). */
const MAX_GUNS = 25;

/** The chart as saved (positions, collapsed sales), drawn off-screen and kept as a PNG for print. */
function chartImage(s: Snapshot): { png: string; cy: cytoscape.Core } {
  const host = $('render');
  const cy = cytoscape({ container: host, style: chartStyle(), elements: [], headless: false, styleEnabled: true });
  const saved = new Map(s.nodes.map((n) => [n.id, n]));
  cy.add([
    ...s.chart.nodes.map((n) => ({ group: 'nodes' as const, data: { ...n }, position: { x: saved.get(n.id)?.x ?? 0, y: saved.get(n.id)?.y ?? 0 } })),
    ...s.chart.edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
    ...s.annotations.map((a, i) => ({
      group: 'nodes' as const,
      data: { id: `annotation:${i}`, label: a.text, kind: 'ANNOTATION' },
      position: { x: a.x, y: a.y },
      classes: 'annotation',
    })),
  ]);
  cy.nodes().forEach((n) => {
    if (saved.get(n.id())?.status === 'CHANGED') n.addClass('changed');
  });
  setSalesCollapsed(cy, s.settings.collapseSales);
  cy.style().selector('node').style('min-zoomed-font-size', 0).update();
  cy.fit(undefined, 20);
  return { png: cy.png({ full: true, scale: 2, bg: '#ffffff', maxWidth: 2400 }), cy };
}

async function load(): Promise<void> {
  if (!config.investigation) return;
  status('Loading the investigation…', 'loading');
  try {
    const { openInvestigation: s } = await gql<{ openInvestigation: Snapshot }>(config.endpoint, token(), OPEN_INVESTIGATION, {
      id: config.investigation,
      version: config.version,
    });
    $<HTMLAnchorElement>('back').href = `/chart?investigation=${encodeURIComponent(s.investigation.id)}&version=${s.version.number}`;
    const guns = s.chart.nodes.filter((n) => n.kind === 'FIREARM');
    const reports: FirearmReport[] = [];
    for (const g of guns.slice(0, MAX_GUNS)) {
      status(`Reading gun ${reports.length + 1} of ${Math.min(MAX_GUNS, guns.length)}…`, 'loading');
      const { firearm } = await gql<{ firearm: FirearmReport | null }>(config.endpoint, token(), REPORT_FIREARM, { id: g.id.slice('Firearm:'.length) });
      if (firearm) reports.push(firearm);
    }
    render(s, reports, guns.length);
    status(`Ready to print: ${s.chart.nodes.length} nodes, ${reports.length} gun(s), ${s.sources.length} source(s).`, 'ready');
  } catch (error) {
    status(`${(error as Error).message}${(error as { code?: string }).code ? ` (${(error as { code?: string }).code})` : ''}`, 'error');
  }
}

function render(s: Snapshot, guns: FirearmReport[], gunCount: number): void {
  const report = $('report');
  const kinds = new Map<string, number>();
  for (const n of s.chart.nodes) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
  report.innerHTML = `
<h1>${esc(s.investigation.name)}</h1>
<p class="meta">Version ${s.version.number} of ${s.investigation.latestVersion}, saved ${esc(s.version.savedAt.slice(0, 16).replace('T', ' '))} UTC by ${esc(s.version.savedBy)} ·
owner ${esc(s.investigation.ownerSubject)}${s.investigation.ownerAgencyOri ? ` (${esc(s.investigation.ownerAgencyOri)})` : ''} · printed ${esc(new Date().toISOString().slice(0, 16).replace('T', ' '))} UTC.
Personal data appears as the reader's role allows; this report's opening is on the audit record.</p>
${s.version.note ? `<p class="summary">${esc(s.version.note)}</p>` : ''}
${s.warnings.map((w) => `<p class="warning">${esc(w)}</p>`).join('')}
<h2>Link chart</h2>
<p>${s.chart.nodes.length} nodes (${[...kinds].map(([k, n]) => `${n} ${esc((KIND_STYLE[k]?.caption ?? k).toLowerCase())}`).join(', ')}), ${s.chart.edges.length} links.</p>
<figure><img id="chart-image" alt="Link chart of the investigation"></figure>
<h2>Timeline</h2>
<figure><svg id="report-timeline"></svg><figcaption id="report-window"></figcaption></figure>
<h2>Map</h2>
<figure><svg id="report-map"></svg><figcaption>Located scenes, recoveries and dealers; agencies at the middle of their scenes; each NIBIN series in time order (red arrows, numbered).</figcaption></figure>
<h2>Guns: trace chains and NIBIN series (${guns.length}${gunCount > guns.length ? ` of ${gunCount}` : ''})</h2>
${guns.map(firearmSection).join('') || '<p>No guns on this chart.</p>'}
${notesSection(s)}
${sourcesSection(s)}`;
  const { png, cy } = chartImage(s);
  $<HTMLImageElement>('chart-image').src = png;
  const timeline = new Timeline(cy, $<HTMLElement>('report-timeline') as unknown as SVGSVGElement, $('report-window'));
  timeline.refresh();
  timeline.set(s.settings.windowFrom, s.settings.windowTo);
  renderChartMap($<HTMLElement>('report-map') as unknown as SVGSVGElement, s.chart.nodes, s.chart.edges, timeline.window);
}

$('print').addEventListener('click', () => window.print());
$('token-note').textContent = config.tokenNote;
void load();
