import { geoAlbersUsa, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/counties-10m.json';
import { KIND_STYLE } from './chart-style.js';
import { seriesOf, type Series } from './series.js';
import type { NodeData } from './chart-export.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 960;
const H = 600;
/** Kinds drawn at their own location; agencies sit at the middle of their scenes on the chart. */
const LOCATED = new Set(['SCENE', 'RECOVERY', 'FFL']);

const topo = atlas as unknown as Topology<{ states: GeometryCollection; counties: GeometryCollection; nation: GeometryCollection }>;
const states = feature(topo, topo.objects.states);
const countyLines = mesh(topo, topo.objects.counties, (a, b) => a !== b);

export interface MapEdge {
  source: string;
  target: string;
  kind: string;
}
export interface MapPoint {
  id: string;
  kind: string;
  label: string;
  lon: number;
  lat: number;
  /** When the node happened (scene time, recovery date), epoch ms; null for dealers and agencies. */
  at: number | null;
}

const el = (tag: string, attrs: Record<string, string | number>, parent: Element, text?: string) => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  parent.appendChild(e);
  return e;
};

function locationOf(n: NodeData): { lon: number; lat: number } | null {
  const loc = n.properties?.location as { latitude?: number; longitude?: number } | null | undefined;
  return loc && Number.isFinite(loc.latitude) && Number.isFinite(loc.longitude) ? { lon: loc.longitude!, lat: loc.latitude! } : null;
}

/** Located nodes of a chart; an agency at the mean of its located scenes and recoveries. Pure. */
export function locatedPoints(nodes: NodeData[], edges: MapEdge[]): MapPoint[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const points: MapPoint[] = [];
  for (const n of nodes) {
    if (!LOCATED.has(n.kind)) continue;
    const loc = locationOf(n);
    if (!loc) continue;
    const t = Date.parse(String(n.properties.occurredAt ?? n.properties.recoveredOn ?? ''));
    points.push({ id: n.id, kind: n.kind, label: n.label, ...loc, at: Number.isFinite(t) ? t : null });
  }
  const located = new Map(points.map((p) => [p.id, p]));
  const around = new Map<string, MapPoint[]>();
  for (const e of edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      if (byId.get(a)?.kind === 'AGENCY' && located.has(b) && ['SCENE', 'RECOVERY'].includes(byId.get(b)!.kind))
        around.set(a, [...(around.get(a) ?? []), located.get(b)!]);
    }
  }
  for (const [id, ps] of around) {
    const n = byId.get(id)!;
    points.push({
      id,
      kind: 'AGENCY',
      label: n.label,
      lon: ps.reduce((s, p) => s + p.lon, 0) / ps.length,
      lat: ps.reduce((s, p) => s + p.lat, 0) / ps.length,
      at: null,
    });
  }
  return points;
}

export interface MapView {
  points: MapPoint[];
  series: Series[];
}

/**
 * Draws the chart's located nodes on Census state and county outlines (us-atlas, bundled: no
 * tile server), fitted to the points, with each NIBIN series as numbered arrows in time order.
 * `window` hides points (and series stops) outside the timeline's window.
 */
export function renderChartMap(
  svg: SVGSVGElement,
  nodes: NodeData[],
  edges: MapEdge[],
  window: { from: number; to: number } | null,
  onPick?: (id: string) => void,
): MapView {
  svg.innerHTML = '';
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const inWindow = (p: MapPoint) => !window || p.at === null || (p.at >= window.from && p.at < window.to);
  const all = locatedPoints(nodes, edges);
  const points = all.filter(inWindow);
  const series = seriesOf(nodes, edges);
  const defs = el('defs', {}, svg);
  const marker = el(
    'marker',
    { id: 'series-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
    defs,
  );
  el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#b00020' }, marker);
  // Fit to the points, with at least a metro area's span, so one point does not fill the map.
  const lons = all.map((p) => p.lon);
  const lats = all.map((p) => p.lat);
  const pad = 0.6;
  const extent =
    all.length > 0
      ? {
          type: 'MultiPoint' as const,
          coordinates: [
            [Math.min(...lons) - pad, Math.min(...lats) - pad],
            [Math.max(...lons) + pad, Math.max(...lats) + pad],
          ],
        }
      : states;
  const projection = geoAlbersUsa().fitExtent(
    [
      [20, 20],
      [W - 20, H - 20],
    ],
    extent,
  );
  const path = geoPath(projection);
  el('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }, svg);
  for (const f of states.features) el('path', { d: path(f) ?? '', class: 'state' }, svg);
  el('path', { d: path(countyLines) ?? '', class: 'county' }, svg);
  const xy = new Map<string, [number, number]>();
  for (const p of points) {
    const at = projection([p.lon, p.lat]);
    if (at) xy.set(p.id, at);
  }
  series.forEach((s, i) => {
    const stops = s.sceneIds.filter((id) => xy.has(id));
    if (stops.length < 2) return;
    const g = el('g', { class: 'series', 'data-series': i, 'data-firearm': s.firearmId ?? '' }, svg);
    for (let k = 1; k < stops.length; k++) {
      const [x1, y1] = xy.get(stops[k - 1]!)!;
      const [x2, y2] = xy.get(stops[k]!)!;
      el('line', { x1, y1, x2, y2, 'marker-end': 'url(#series-arrow)' }, g);
    }
    stops.forEach((id, k) => {
      const [x, y] = xy.get(id)!;
      el('text', { x: x + 6, y: y - 6, class: 'stop' }, g, String(k + 1));
    });
    el('title', {}, g, `NIBIN series${s.firearmId ? ` of ${s.firearmId}` : ''}: ${stops.length} scenes in time order`);
  });
  for (const p of points) {
    const at = xy.get(p.id);
    if (!at) continue;
    const dot = el(
      'circle',
      {
        cx: at[0].toFixed(1),
        cy: at[1].toFixed(1),
        r: p.kind === 'AGENCY' ? 7 : 5,
        fill: KIND_STYLE[p.kind]?.color ?? '#444',
        class: `point ${p.kind.toLowerCase()}`,
        'data-id': p.id,
      },
      svg,
    );
    el('title', {}, dot, `${KIND_STYLE[p.kind]?.caption ?? p.kind}: ${p.label}${p.at !== null ? ` (${new Date(p.at).toISOString().slice(0, 10)})` : ''}`);
    if (onPick) dot.addEventListener('click', () => onPick(p.id));
  }
  const hidden = all.length - points.length;
  el(
    'text',
    { x: 12, y: H - 12, class: 'map-note' },
    svg,
    `${points.length} located node(s)${hidden ? `, ${hidden} outside the time window` : ''}; ${series.length} NIBIN series. Census shapes (us-atlas), drawn offline.`,
  );
  return { points, series };
}
