import { geoAlbersUsa, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import statesTopology from 'us-atlas/states-10m.json';
import { FIPS_TO_USPS } from './fips.js';
import type { Summary } from './dashboard-data.js';

const SVG = 'http://www.w3.org/2000/svg';
const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 1000) / 10}%`);
const num = (v: number | null, digits = 1) => (v === null ? '–' : String(Math.round(v * 10 ** digits) / 10 ** digits));

function el(tag: string, attrs: Record<string, string | number>, parent: Element, text?: string): Element {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  parent.appendChild(e);
  return e;
}

/** Red (0) to green (1) for a share; grey when there is no value. */
export function shareColour(v: number | null): string {
  if (v === null) return '#bbb';
  const h = Math.round(120 * Math.max(0, Math.min(1, v)));
  return `hsl(${h}, 65%, 45%)`;
}

export interface Column {
  header: string;
  value: (s: Summary) => string | number | null;
}

export function renderTable(table: HTMLTableElement, rows: Summary[], columns: Column[]): void {
  table.innerHTML = '';
  const head = table.createTHead().insertRow();
  for (const c of columns) head.appendChild(Object.assign(document.createElement('th'), { textContent: c.header }));
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const c of columns) tr.insertCell().textContent = String(c.value(r) ?? '–');
  }
}

export const AGENCY_COLUMNS: Column[] = [
  { header: 'ORI', value: (s) => s.key },
  { header: 'Agency', value: (s) => s.name },
  { header: 'State', value: (s) => s.state },
  // A division the mapping is known to draw wrongly here is marked, not shown as ATF's (docs/metrics.md).
  { header: 'Field division', value: (s) => (s.fieldDivision && s.fieldDivisionCaveat ? `${s.fieldDivision} (uncertain)` : s.fieldDivision) },
  { header: 'Casings recovered', value: (s) => s.nibin.casingsRecovered },
  { header: 'Entered', value: (s) => pct(s.nibin.casingEntryShare) },
  { header: 'Guns test-fired', value: (s) => pct(s.nibin.testFireShare) },
  { header: 'Median entry (h)', value: (s) => num(s.timeliness.medianHours) },
  { header: 'p90 entry (h)', value: (s) => num(s.timeliness.p90Hours) },
  { header: 'Within 24 h', value: (s) => pct(s.timeliness.within24hShare) },
  { header: 'Within 48 h', value: (s) => pct(s.timeliness.within48hShare) },
  { header: 'Backlog', value: (s) => s.timeliness.backlogTotal },
  { header: 'Guns traced', value: (s) => pct(s.tracing.tracedShare) },
  { header: 'Trace request (median d)', value: (s) => num(s.tracing.medianRequestDelayDays) },
  { header: 'Shootings linkable earlier', value: (s) => s.lateEntry.shootingsLinkableEarlier },
];

export const MONTH_COLUMNS: Column[] = [
  { header: 'Month', value: (s) => s.period },
  ...AGENCY_COLUMNS.slice(4),
  { header: 'Leads', value: (s) => s.leads.leads },
  { header: 'Median correlation → review (h)', value: (s) => num(s.leads.medianCorrelationToReviewHours) },
];

/** States coloured by share entered within 24 h; agencies as circles (size: casings; grey ring: entered nothing). */
export function renderMap(svg: SVGSVGElement, states: Summary[], agencies: Summary[]): void {
  svg.innerHTML = '';
  const topo = statesTopology as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;
  const shapes = feature(topo, topo.objects.states);
  const projection = geoAlbersUsa().fitSize([960, 560], shapes);
  const path = geoPath(projection);
  const byState = new Map(states.map((s) => [s.key, s]));
  for (const f of shapes.features) {
    const code = FIPS_TO_USPS[String(f.id)] ?? '';
    const s = byState.get(code);
    const p = el(
      'path',
      { d: path(f) ?? '', fill: s ? shareColour(s.timeliness.within24hShare) : '#f1f1f1', 'fill-opacity': s ? 0.35 : 1, stroke: '#fff', 'stroke-width': 0.8 },
      svg,
    );
    el('title', {}, p, s ? `${code}: ${pct(s.timeliness.within24hShare)} entered within 24 h, ${pct(s.tracing.tracedShare)} of guns traced` : code);
  }
  const max = Math.max(1, ...agencies.map((a) => a.nibin.casingsRecovered));
  for (const a of agencies) {
    if (a.latitude === null || a.longitude === null) continue;
    const xy = projection([a.longitude, a.latitude]);
    if (!xy) continue;
    const nothing = a.nibin.casingsEntered === 0 && a.nibin.gunsTestFired === 0;
    const c = el(
      'circle',
      {
        cx: xy[0].toFixed(1),
        cy: xy[1].toFixed(1),
        r: (2.5 + 12 * Math.sqrt(a.nibin.casingsRecovered / max)).toFixed(1),
        fill: nothing ? '#fff' : shareColour(a.timeliness.within24hShare),
        stroke: nothing ? '#777' : '#333',
        'stroke-width': nothing ? 1.5 : 0.5,
        'fill-opacity': 0.85,
        'data-ori': a.key,
      },
      svg,
    );
    el(
      'title',
      {},
      c,
      `${a.name ?? a.key} (${a.key}): ${a.nibin.casingsRecovered} casings, ${nothing ? 'entered nothing' : `median ${num(a.timeliness.medianHours)} h, ${pct(a.timeliness.within24hShare)} within 24 h`}`,
    );
  }
}

export function renderHistogram(svg: SVGSVGElement, s: Summary): void {
  svg.innerHTML = '';
  const bins = s.timeliness.histogram;
  const labels = ['≤24 h', '≤48 h', '≤7 d', '≤30 d', '≤90 d', '>90 d'];
  const max = Math.max(1, ...bins.map((b) => b.casings));
  const w = 460 / bins.length;
  bins.forEach((b, i) => {
    const h = (200 * b.casings) / max;
    el('rect', { x: i * w + 8, y: 220 - h, width: w - 16, height: h, fill: i === 0 ? '#2e8b57' : i === 1 ? '#9acd32' : '#d2691e' }, svg);
    el('text', { x: i * w + w / 2, y: 238, 'text-anchor': 'middle', 'font-size': 12 }, svg, labels[i]);
    el('text', { x: i * w + w / 2, y: 215 - h, 'text-anchor': 'middle', 'font-size': 11 }, svg, String(b.casings));
  });
}

export function renderTrend(svg: SVGSVGElement, months: Summary[]): void {
  svg.innerHTML = '';
  if (!months.length) return;
  const x = (i: number) => 30 + (i * 420) / Math.max(1, months.length - 1);
  const y = (v: number) => 190 - 170 * v;
  el('line', { x1: 30, x2: 450, y1: y(0), y2: y(0), stroke: '#999' }, svg);
  el('text', { x: 2, y: y(1) + 4, 'font-size': 10 }, svg, '100%');
  const line = (get: (s: Summary) => number | null, colour: string, label: string, row: number) => {
    const pts = months
      .map((m, i) => [x(i), get(m)] as const)
      .filter(([, v]) => v !== null)
      .map(([px, v]) => `${px.toFixed(1)},${y(v!).toFixed(1)}`);
    el('polyline', { points: pts.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 }, svg);
    el('text', { x: 40, y: 12 + row * 13, fill: colour, 'font-size': 11 }, svg, label);
  };
  line((m) => m.timeliness.within24hShare, '#2e8b57', 'casings entered within 24 h', 0);
  line((m) => m.tracing.tracedShare, '#4169e1', 'recovered guns traced', 1);
  el('text', { x: 30, y: 210, 'font-size': 10 }, svg, months[0]!.period);
  el('text', { x: 450, y: 210, 'font-size': 10, 'text-anchor': 'end' }, svg, months.at(-1)!.period);
}

export { pct, num };
