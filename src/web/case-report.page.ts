import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/config.js';
import type { CaseReportPageConfig } from '../../web/shared/page-config.js';
import { assetsMissingPage } from './assets-missing.page.js';
import { readAsset } from './assets.js';
import { page, sendHtml } from './html.js';
import { localPageToken, tokenNote } from './local-token.js';

/**
 * GET /case-report?investigation=<id>&version=<n>: the printable case report of a saved
 * investigation (print CSS; the browser's "Save as PDF" gives the PDF): the chart, its timeline
 * and map, the trace chain and NIBIN series of each gun, notes, and the sources of the facts.
 * Everything is read with the caller's token, so the report shows what the reader may see (an
 * analyst's copy has names masked) and the open is audited like any other.
 */
export async function serveCaseReport(config: Config, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (!readAsset('case-report.js')) return sendHtml(res, 503, assetsMissingPage());
  const token = await localPageToken(config, req);
  const version = Number(url.searchParams.get('version'));
  const pageConfig: CaseReportPageConfig = {
    endpoint: '/graphql',
    token,
    tokenNote: tokenNote(token),
    investigation: url.searchParams.get('investigation')?.slice(0, 200) || null,
    version: Number.isInteger(version) && version >= 1 ? version : null,
  };
  const body = `
<header class="no-print">
  <strong>Case report</strong>
  <button type="button" id="print">Print / PDF</button>
  <a id="back" href="/chart">Back to the chart</a>
  <span id="status" role="status"></span>
  <p id="token-note"></p>
</header>
<article id="report"><p>Open a saved investigation from the chart page, then its case report.</p></article>
<div id="render" aria-hidden="true"></div>`;
  sendHtml(res, 200, page('crimegun-graph · case report', { css: ['/assets/case-report.css'], js: ['/assets/case-report.js'] }, body, pageConfig));
}
