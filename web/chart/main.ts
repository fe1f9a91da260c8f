import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { readPageConfig, storedToken, storeToken, type ChartPageConfig } from '../shared/page-config.js';
import { ApiError, fetchChart, fetchExpand, type ChartData } from './chart-api.js';
import { toCytoscapeJson, toEdgesCsv, toGraphml, toNodesCsv, type EdgeData, type NodeData } from './chart-export.js';
import { chartStyle, KIND_STYLE } from './chart-style.js';
import { TimeWindow } from './time-window.js';
import './chart.css';

const config = readPageConfig<ChartPageConfig>();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
/** A token the user pasted (sessionStorage, this tab only) wins over the local-mode token. */
const token = () => storedToken() ?? config.token;

const status = (text: string, state?: 'loading' | 'ready' | 'error' | 'empty') => {
  $('status').textContent = text;
  if (state) document.body.dataset.state = state;
};

const cy: Core = cytoscape({
  container: $('cy'),
  style: chartStyle(),
  minZoom: 0.05,
  maxZoom: 4,
});
const timeWindow = new TimeWindow(cy, $<HTMLInputElement>('window-start'), $<HTMLInputElement>('window-end'), $('window-caption'));
const expanded = new Set<string>();

/** For tests and the browser console: the Cytoscape instance and what the page has done. */
(window as unknown as { cgChart: unknown }).cgChart = { cy, expanded };

function elementsOf(data: ChartData, seeds: Set<string>): ElementDefinition[] {
  return [
    ...data.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => ({ group: 'nodes' as const, data: { ...n, seed: seeds.has(n.id) } })),
    ...data.edges.filter((e) => cy.getElementById(e.id).empty()).map((e) => ({ group: 'edges' as const, data: { ...e } })),
  ];
}

function layout(fit: boolean) {
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: false,
    fit,
    padding: 30,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 70,
    numIter: 1500,
  } as never).run();
}

function describeOmission(data: ChartData): string {
  if (!data.truncated) return '';
  const kinds = data.omitted.byKind.map((k) => `${k.count} ${k.kind.toLowerCase()}`).join(', ');
  return ` Truncated: ${data.omitted.nodes} node(s) left out${kinds ? ` (${kinds})` : ''}. Expand a node to see more.`;
}

async function load() {
  const seeds = config.seeds;
  if (seeds.length === 0) {
    status('Enter one or more node ids (Kind:key) and press Draw.', 'empty');
    return;
  }
  if (!token()) {
    status('Paste a bearer token to draw the chart.', 'empty');
    $('token-box').hidden = false;
    return;
  }
  status(`Loading the chart around ${seeds.join(', ')}...`, 'loading');
  try {
    const data = await fetchChart(config.endpoint, token(), seeds, config.depth, config.limit);
    cy.elements().remove();
    expanded.clear();
    cy.add(elementsOf(data, new Set(seeds)));
    layout(true);
    timeWindow.refresh();
    status(`${cy.nodes().length} nodes, ${cy.edges().length} links.${describeOmission(data)}`, 'ready');
  } catch (error) {
    showError(error);
  }
}

async function expand(node: NodeSingular) {
  if (expanded.has(node.id())) return;
  expanded.add(node.id());
  node.addClass('expanded');
  status(`Expanding ${node.data('label')}...`, 'loading');
  try {
    const known = cy.nodes().map((n) => n.id());
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
    if (fresh.length) layout(false);
    timeWindow.refresh();
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

function showError(error: unknown) {
  const code = error instanceof ApiError ? error.code : undefined;
  if (code === 'UNAUTHENTICATED') {
    $('token-box').hidden = false;
    storeToken(null);
  }
  status(`${(error as Error).message}${code ? ` (${code})` : ''}`, 'error');
}

function showDetails(node: NodeSingular) {
  const d = node.data() as NodeData;
  const rows = Object.entries(d.properties ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([k, v]) =>
        `<tr><th>${escapeHtml(k)}</th><td>${v === null ? '<em>masked or empty</em>' : escapeHtml(typeof v === 'object' ? JSON.stringify(v) : String(v))}</td></tr>`,
    )
    .join('');
  $('details').innerHTML =
    `<h2>${escapeHtml(d.label)}</h2><p class="kind">${escapeHtml(KIND_STYLE[d.kind]?.caption ?? d.kind)} · <code>${escapeHtml(d.id)}</code></p>` +
    (d.riskScore !== null && d.riskScore !== undefined ? `<p>Risk score: <strong>${d.riskScore.toFixed(1)}</strong></p>` : '') +
    `<p>${node.connectedEdges().length} link(s) on the chart${expanded.has(d.id) ? ', expanded' : ''}.</p><table>${rows}</table>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);
}

cy.on('tap', 'node', (event) => {
  const node = event.target as NodeSingular;
  showDetails(node);
  void expand(node);
});

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

const chartNodes = () => cy.nodes().map((n) => n.data() as NodeData);
const chartEdges = () => cy.edges().map((e) => e.data() as EdgeData);
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

void load();
