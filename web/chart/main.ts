import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { readPageConfig, storedToken, storeToken, type ChartPageConfig } from '../shared/page-config.js';
import type { Snapshot } from '../workspace/workspace-api.js';
import { ApiError, fetchChart, fetchExpand, type ChartData, type SearchHit } from './chart-api.js';
import { ChartSearch } from './chart-search.js';
import { toCytoscapeJson, toEdgesCsv, toGraphml, toNodesCsv, type EdgeData, type NodeData } from './chart-export.js';
import { renderChartMap } from './chart-map.js';
import { showDetails } from './chart-details.js';
import { chartStyle, KIND_STYLE } from './chart-style.js';
import { escapeHtml } from '../shared/escape-html.js';
import { setSalesCollapsed } from './sales.js';
import { Timeline } from './timeline.js';
import { WorkspacePanel } from './workspace-panel.js';
import './chart.css';

cytoscape.use(fcose);

const config = readPageConfig<ChartPageConfig>();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
/** A token the user pasted (sessionStorage, this tab only) wins over the local-mode token. */
const token = () => storedToken() ?? config.token;

const status = (text: string, state?: 'loading' | 'ready' | 'error' | 'empty') => {
  $('status').textContent = text;
  if (state) document.body.dataset.state = state;
};

const cy: Core = cytoscape({ container: $('cy'), style: chartStyle(), minZoom: 0.05, maxZoom: 4 });
const timeline = new Timeline(cy, $<HTMLElement>('timeline') as unknown as SVGSVGElement, $('window-caption'));
const expanded = new Set<string>();
const salesCollapsed = () => $<HTMLInputElement>('collapse-sales').checked;
let view: 'chart' | 'map' = 'chart';

const chartNodes = () =>
  cy
    .nodes()
    .filter((n) => !n.hasClass('annotation'))
    .map((n) => n.data() as NodeData);
const chartEdges = () => cy.edges().map((e) => e.data() as EdgeData);

function drawMap() {
  if (view !== 'map') return;
  const edges = cy
    .edges()
    .filter((e) => !e.data('derived'))
    .map((e) => e.data() as EdgeData);
  renderChartMap($<HTMLElement>('map') as unknown as SVGSVGElement, chartNodes(), edges, timeline.window, (id) => {
    const node = cy.getElementById(id);
    if (node.nonempty()) showDetails($('details'), node as NodeSingular, expanded);
  });
}
timeline.onChange(drawMap);

function elementsOf(data: { nodes: NodeData[]; edges: EdgeData[] }, seeds: Set<string>): ElementDefinition[] {
  return [
    ...data.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => ({ group: 'nodes' as const, data: { ...n, seed: seeds.has(n.id) } })),
    ...data.edges.filter((e) => cy.getElementById(e.id).empty()).map((e) => ({ group: 'edges' as const, data: { ...e } })),
  ];
}

/** fCoSE (Bilkent): force-directed with spectral start, readable at a few hundred nodes; incremental keeps positions. */
function layout(incremental: boolean) {
  cy.layout({
    name: 'fcose',
    quality: cy.nodes().length > 400 ? 'draft' : 'default',
    randomize: !incremental,
    animate: false,
    fit: !incremental,
    padding: 30,
    nodeRepulsion: () => 8000,
    idealEdgeLength: () => 70,
    nodeSeparation: 90,
    packComponents: true,
    numIter: 2500,
  } as never).run();
}

function afterChange() {
  setSalesCollapsed(cy, salesCollapsed());
  timeline.refresh();
}

function describeOmission(data: ChartData): string {
  if (!data.truncated) return '';
  const kinds = data.omitted.byKind.map((k) => `${k.count} ${k.kind.toLowerCase()}`).join(', ');
  return ` Truncated: ${data.omitted.nodes} node(s) left out${kinds ? ` (${kinds})` : ''}. Expand a node to see more.`;
}

async function load() {
  if (!token()) {
    status('Paste a bearer token to draw the chart.', 'empty');
    $('token-box').hidden = false;
    return;
  }
  void workspace.list(true);
  if (config.investigation) return workspace.open(config.investigation, config.version);
  const seeds = config.seeds;
  if (seeds.length === 0) {
    status('Enter one or more node ids (Kind:key) and press Draw, or open a saved investigation.', 'empty');
    return;
  }
  status(`Loading the chart around ${seeds.join(', ')}...`, 'loading');
  try {
    const data = await fetchChart(config.endpoint, token(), seeds, config.depth, config.limit);
    cy.elements().remove();
    expanded.clear();
    cy.add(elementsOf(data, new Set(seeds)));
    layout(false);
    afterChange();
    status(`${cy.nodes().length} nodes, ${cy.edges().length} links.${describeOmission(data)}`, 'ready');
  } catch (error) {
    showError(error);
  }
}

/** Draws a reopened investigation where the analyst left it: saved positions, notes, settings. */
function drawSnapshot(s: Snapshot) {
  cy.elements().remove();
  expanded.clear();
  const saved = new Map(s.nodes.map((n) => [n.id, n]));
  cy.add(elementsOf(s.chart, new Set()));
  cy.nodes().forEach((n) => {
    const at = saved.get(n.id());
    if (!at) return;
    n.position({ x: at.x, y: at.y });
    if (at.note) n.data('note', at.note);
    n.toggleClass('changed', at.status === 'CHANGED');
  });
  $<HTMLInputElement>('collapse-sales').checked = s.settings.collapseSales;
  afterChange();
  timeline.set(s.settings.windowFrom, s.settings.windowTo);
  cy.fit(undefined, 30);
}

async function expand(node: NodeSingular) {
  if (expanded.has(node.id()) || node.hasClass('annotation')) return;
  expanded.add(node.id());
  node.addClass('expanded');
  status(`Expanding ${node.data('label')}...`, 'loading');
  try {
    const known = chartNodes().map((n) => n.id);
    const data = await fetchExpand(config.endpoint, token(), node.id(), known);
    const before = cy.nodes().length;
    const center = node.position();
    const added = cy.add(elementsOf(data, new Set()));
    // New nodes start in a circle around the node they came from, then the layout settles them.
    const fresh = added.nodes();
    fresh.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
      n.position({ x: center.x + 90 * Math.cos(angle), y: center.y + 90 * Math.sin(angle) });
    });
    if (fresh.length) layout(true);
    afterChange();
    drawMap();
    status(
      `Expanded ${node.data('label')}: ${cy.nodes().length - before} new node(s). ${cy.nodes().length} nodes, ${cy.edges().length} links.${describeOmission(data)}`,
      'ready',
    );
  } catch (error) {
    expanded.delete(node.id());
    node.removeClass('expanded');
    showError(error);
  }
}

/** A search hit becomes a seed: drawn with its neighbours and marked expanded; one already on the chart is expanded where it is. */
async function addSeed(hit: SearchHit) {
  const existing = cy.getElementById(hit.id);
  if (existing.nonempty()) {
    cy.animate({ center: { eles: existing }, duration: 200 });
    showDetails($('details'), existing as NodeSingular, expanded);
    return expand(existing as NodeSingular);
  }
  status(`Adding ${hit.label} and its links...`, 'loading');
  try {
    const data = await fetchChart(config.endpoint, token(), [hit.id], 1, config.limit);
    const fresh = cy.nodes().length === 0;
    cy.add(elementsOf(data, new Set([hit.id])));
    const node = cy.getElementById(hit.id) as NodeSingular;
    expanded.add(hit.id);
    node.addClass('expanded');
    layout(!fresh);
    afterChange();
    drawMap();
    cy.animate({ center: { eles: node }, duration: 200 });
    showDetails($('details'), node, expanded);
    status(`Added ${hit.label}. ${cy.nodes().length} nodes, ${cy.edges().length} links.${describeOmission(data)}`, 'ready');
  } catch (error) {
    showError(error);
  }
}

function showError(error: unknown) {
  const code = error instanceof ApiError || (error as { code?: string }).code ? (error as { code?: string }).code : undefined;
  if (code === 'UNAUTHENTICATED') {
    $('token-box').hidden = false;
    storeToken(null);
  }
  status(`${(error as Error).message}${code ? ` (${code})` : ''}`, 'error');
}

const workspace = new WorkspacePanel({
  cy,
  endpoint: config.endpoint,
  token,
  status,
  showError,
  settings: () => ({
    collapseSales: salesCollapsed(),
    windowFrom: timeline.window ? new Date(timeline.window.from).toISOString() : null,
    windowTo: timeline.window ? new Date(timeline.window.to).toISOString() : null,
  }),
  draw: drawSnapshot,
});

new ChartSearch($<HTMLInputElement>('search-text'), $('search-hits'), $('search-note'), { endpoint: config.endpoint, token, pick: (hit) => void addSeed(hit) });

/** For tests and the browser console: the Cytoscape instance and what the page has done. */
(window as unknown as { cgChart: unknown }).cgChart = { cy, expanded, timeline, workspace };

cy.on('tap', 'node', (event) => {
  const node = event.target as NodeSingular;
  if (node.hasClass('annotation')) return;
  showDetails($('details'), node, expanded);
  void expand(node);
});
// Labels of a large chart appear as the analyst zooms in (min-zoomed-font-size) or hovers.
cy.on('mouseover', 'node', (event) => (event.target as NodeSingular).addClass('hover'));
cy.on('mouseout', 'node', (event) => (event.target as NodeSingular).removeClass('hover'));

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

$('export-cyjs').addEventListener('click', () => {
  const positions = Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));
  download(`linkchart-${stamp()}.cyjs`, 'application/json', JSON.stringify(toCytoscapeJson(chartNodes(), chartEdges(), positions), null, 2));
});
$('export-graphml').addEventListener('click', () => download(`linkchart-${stamp()}.graphml`, 'application/xml', toGraphml(chartNodes(), chartEdges())));
$('export-csv').addEventListener('click', () => {
  download(`linkchart-${stamp()}-nodes.csv`, 'text/csv', toNodesCsv(chartNodes()));
  download(`linkchart-${stamp()}-edges.csv`, 'text/csv', toEdgesCsv(chartEdges()));
});
$('fit').addEventListener('click', () => cy.fit(undefined, 30));
$('relayout').addEventListener('click', () => layout(false));
$('collapse-sales').addEventListener('change', () => {
  afterChange();
  drawMap();
});
for (const v of ['chart', 'map'] as const) {
  $(`view-${v}`).addEventListener('click', () => {
    view = v;
    document.body.dataset.view = v;
    $(`view-chart`).setAttribute('aria-pressed', String(v === 'chart'));
    $(`view-map`).setAttribute('aria-pressed', String(v === 'map'));
    if (v === 'map') drawMap();
    else cy.resize();
  });
}

$<HTMLFormElement>('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  storeToken($<HTMLTextAreaElement>('token').value.trim() || null);
  $('token-box').hidden = true;
  void load();
});

$('legend').innerHTML = Object.values(KIND_STYLE)
  .map((s) => `<span><i style="background:${s.color}"></i>${escapeHtml(s.caption)}</span>`)
  .join('');
$('token-note').textContent = config.tokenNote;
// Local mode draws at once with its token; the box stays available to switch to another token.
$('token-box').hidden = !!token();
$('switch-token').addEventListener('click', () => ($('token-box').hidden = !$('token-box').hidden));
document.body.dataset.view = 'chart';

void load();
