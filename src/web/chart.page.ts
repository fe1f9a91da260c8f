import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import type { ChartPageConfig } from '../../web/shared/page-config.js';
import { CHART_LIMITS } from '../linkchart/chart-limits.js';
import { assetsMissingPage } from './assets-missing.page.js';
import { readAsset } from './assets.js';
import { pageExampleIds } from './example-ids.js';
import { escapeHtml, page, sendHtml } from './html.js';
import { localPageToken, tokenNote } from './local-token.js';

const int = (text: string | null, min: number, max: number, fallback: number) => {
  const n = Number(text);
  return text !== null && Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

/**
 * GET /chart?seeds=Ffl:1-23-...,Person:P-1&depth=2&limit=300: the link chart drawn with
 * Cytoscape.js from .assets/chart.js. The page fetches the chart through GraphQL with the
 * caller's token, so the API's access rules and audit apply as for any other client.
 */
export async function serveChart(config: Config, gateway: Gateway | undefined, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (!readAsset('chart.js')) return sendHtml(res, 503, assetsMissingPage());
  const seeds = url.searchParams
    .getAll('seeds')
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, CHART_LIMITS.maxSeeds);
  const token = await localPageToken(config, req);
  const ids = seeds.length || url.searchParams.has('investigation') ? null : await pageExampleIds(config, gateway);
  const pageConfig: ChartPageConfig = {
    endpoint: '/graphql',
    token,
    tokenNote: tokenNote(token),
    seeds,
    depth: int(url.searchParams.get('depth'), 1, CHART_LIMITS.maxDepth, CHART_LIMITS.defaultDepth),
    limit: int(url.searchParams.get('limit'), 1, CHART_LIMITS.maxNodes, CHART_LIMITS.defaultNodes),
    exampleSeed: ids?.dealer ? `Ffl:${ids.dealer}` : null,
    investigation: url.searchParams.get('investigation')?.slice(0, 200) || null,
    version: url.searchParams.has('version') ? int(url.searchParams.get('version'), 1, 1_000_000, 1) : null,
  };
  const depthOptions = [1, 2, 3, 4].map((d) => `<option value="${d}"${d === pageConfig.depth ? ' selected' : ''}>${d}</option>`).join('');
  const body = `
<header>
  <h1>Link chart</h1>
  <div class="search" role="search">
    <input type="search" id="search-text" placeholder="Find a serial, dealer, agency, address, casing or person id" autocomplete="off" spellcheck="false"
      role="combobox" aria-label="Search the graph" aria-autocomplete="list" aria-controls="search-hits" aria-expanded="false">
    <ul id="search-hits" role="listbox" aria-label="Search results" hidden></ul>
    <p id="search-note" role="status" hidden></p>
  </div>
  <form method="get" action="/chart">
    <label>Seeds <input type="text" name="seeds" value="${escapeHtml(seeds.join(',') || pageConfig.exampleSeed || '')}" placeholder="Ffl:1-23-456-01-2B-01234, Person:P-1"></label>
    <label>Depth <select name="depth">${depthOptions}</select></label>
    <input type="hidden" name="limit" value="${pageConfig.limit}">
    <button type="submit">Draw</button>
  </form>
  <span class="views" role="group" aria-label="View">
    <button type="button" id="view-chart" aria-pressed="true">Chart</button>
    <button type="button" id="view-map" aria-pressed="false">Map</button>
  </span>
  <button type="button" id="switch-token">Token…</button>
  <a href="/graphql">GraphiQL</a>
</header>
<div id="cy" aria-label="Link chart"></div>
<svg id="map" role="img" aria-label="Map of the chart's located nodes"></svg>
<aside>
  <div id="token-box" hidden>
    <form id="token-form">
      <p id="token-note"></p>
      <textarea id="token" rows="3" placeholder="Bearer token"></textarea>
      <button type="submit">Use token (this tab only)</button>
    </form>
  </div>
  <section id="workspace" aria-label="Investigation">
    <h3>Investigation <small id="inv-current"></small></h3>
    <input type="text" id="inv-name" placeholder="Name of the investigation" maxlength="120">
    <textarea id="inv-note" rows="2" placeholder="Note for this version (optional)"></textarea>
    <button type="button" id="inv-save">Save version</button>
    <a id="inv-report" hidden target="_blank" rel="noopener">Case report</a>
    <div id="inv-warnings" role="alert"></div>
    <div class="share">
      <input type="text" id="share-users" placeholder="Share with users (token subjects, comma-separated)">
      <label><input type="checkbox" id="share-agency"> my agency</label>
      <button type="button" id="inv-share">Share</button>
      <p id="inv-shares"></p>
    </div>
    <div class="annotate">
      <input type="text" id="annotation-text" placeholder="Annotation text" maxlength="1000">
      <button type="button" id="annotate">Add to chart</button>
    </div>
    <h4>Saved investigations <small id="inv-count"></small></h4>
    <ul id="inv-list"></ul>
    <button type="button" id="inv-more" hidden>More…</button>
  </section>
  <div id="details"><p>Click a node to see its properties and expand it.</p></div>
  <div id="legend"></div>
</aside>
<footer>
  <div class="timebar"><svg id="timeline" role="slider" aria-label="Timeline of the chart's dated links: drag to set a window"></svg><span id="window-caption"></span></div>
  <label><input type="checkbox" id="collapse-sales"> Sales as purchaser → dealer links</label>
  <button type="button" id="fit">Fit</button>
  <button type="button" id="relayout">Re-layout</button>
  <button type="button" id="export-cyjs">Cytoscape JSON</button>
  <button type="button" id="export-graphml">GraphML</button>
  <button type="button" id="export-csv">CSV (nodes, edges)</button>
  <span id="status" role="status"></span>
</footer>`;
  sendHtml(res, 200, page('crimegun-graph · link chart', { css: ['/assets/chart.css'], js: ['/assets/chart.js'] }, body, pageConfig));
}
