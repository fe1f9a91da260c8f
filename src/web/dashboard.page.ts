import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/config.js';
import type { DashboardPageConfig, ReportPageConfig } from '../../web/shared/page-config.js';
import { assetsMissingPage } from './assets-missing.page.js';
import { readAsset } from './assets.js';
import { escapeHtml, page, sendHtml } from './html.js';
import { localPageToken, tokenNote } from './local-token.js';

/**
 * GET /dashboard: agency NIBIN use, entry timeliness and tracing (league table, distributions,
 * trends, a map from bundled Census geometry, CSV of every table). Everything comes from
 * .assets/dashboard.js and the GraphQL API with the caller's token: no tile server, no CDN.
 */
export async function serveDashboard(config: Config, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!readAsset('dashboard.js')) return sendHtml(res, 503, assetsMissingPage());
  const token = await localPageToken(config, req);
  const pageConfig: DashboardPageConfig = { endpoint: '/graphql', token, tokenNote: tokenNote(token) };
  const body = `
<header>
  <h1>NIBIN and tracing: agency dashboard</h1>
  <label>Period <select id="period"><option value="ALL">All data</option></select></label>
  <label>Rank by <select id="measure"></select></label>
  <a href="/chart">Link chart</a> <a href="/graphql">GraphiQL</a>
  <span id="status" role="status"></span>
</header>
<main>
  <section id="headline" class="cards" aria-label="Headline measures"></section>
  <section class="row">
    <figure><figcaption>Agencies by NIBIN use and timeliness <small>(circle: casings recovered; colour: share entered within 24 h; grey ring: entered nothing)</small></figcaption><svg id="map" viewBox="0 0 960 560" role="img" aria-label="Map of agencies"></svg></figure>
    <figure><figcaption>Recovery → NIBIN entry, all agencies (CGIC target: 24 h)</figcaption><svg id="histogram" viewBox="0 0 460 260" role="img" aria-label="Entry delay distribution"></svg>
    <figcaption>Share entered within 24 h and share of guns traced, by month</figcaption><svg id="trend" viewBox="0 0 460 220" role="img" aria-label="Trends"></svg></figure>
  </section>
  <section><h2>Agency league table <button type="button" data-csv="league">CSV</button></h2><div class="scroll"><table id="league"></table></div></section>
  <section><h2>States <button type="button" data-csv="states">CSV</button></h2><table id="states"></table></section>
  <section><h2>ATF field divisions <button type="button" data-csv="divisions">CSV</button></h2><table id="divisions"></table></section>
  <section class="row">
    <div><h2>Backlog by age <button type="button" data-csv="backlog">CSV</button></h2><table id="backlog"></table></div>
    <div><h2>Entry delay distribution <button type="button" data-csv="distribution">CSV</button></h2><table id="distribution"></table></div>
  </section>
  <section><h2>Trend by month <button type="button" data-csv="trend-table">CSV</button></h2><div class="scroll"><table id="trend-table"></table></div></section>
  <p class="note" id="token-note"></p>
</main>`;
  sendHtml(res, 200, page('crimegun-graph · agency dashboard', { css: ['/assets/dashboard.css'], js: ['/assets/dashboard.js'] }, body, pageConfig));
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * GET /report?ori=NY0303000&from=2025-01&to=2025-12: the agency feedback report as a printable
 * page (print CSS; the browser's "Save as PDF" gives the PDF). The data is the agencyReport query,
 * fetched with the caller's token; the same JSON is available from the API.
 */
export async function serveReport(config: Config, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (!readAsset('report.js')) return sendHtml(res, 503, assetsMissingPage());
  const token = await localPageToken(config, req);
  const month = (name: string) => {
    const v = url.searchParams.get(name);
    return v && MONTH.test(v) ? v : null;
  };
  const ori = url.searchParams.get('ori');
  const pageConfig: ReportPageConfig = {
    endpoint: '/graphql',
    token,
    tokenNote: tokenNote(token),
    ori: ori && /^[A-Z0-9]{9}$/.test(ori) ? ori : null,
    from: month('from'),
    to: month('to'),
  };
  const body = `
<header class="no-print">
  <form method="get" action="/report">
    <label>ORI <input name="ori" value="${escapeHtml(pageConfig.ori ?? '')}" placeholder="NY0303000" required></label>
    <label>From <input name="from" value="${escapeHtml(pageConfig.from ?? '')}" placeholder="YYYY-MM"></label>
    <label>To <input name="to" value="${escapeHtml(pageConfig.to ?? '')}" placeholder="YYYY-MM"></label>
    <button type="submit">Show</button>
  </form>
  <button type="button" id="print">Print / PDF</button> <a id="json" href="#">JSON</a> <a href="/dashboard">Dashboard</a>
  <span id="status" role="status"></span>
</header>
<article id="report"><p>Choose an agency (ORI) and a period.</p></article>`;
  sendHtml(res, 200, page('crimegun-graph · agency feedback report', { css: ['/assets/report.css'], js: ['/assets/report.js'] }, body, pageConfig));
}
