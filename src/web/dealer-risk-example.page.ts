import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { documentSha256 } from '../documents/document-manifest.js';
import { OPERATIONS_DIR } from '../documents/operations-manifest.paths.js';
import type { DealerRiskExampleConfig } from '../../web/shared/page-config.js';
import { assetsMissingPage } from './assets-missing.page.js';
import { readAsset } from './assets.js';
import { pageExampleIds } from './example-ids.js';
import { escapeHtml, page, sendHtml } from './html.js';
import { localPageToken, tokenNote } from './local-token.js';

const OPERATION = path.join(OPERATIONS_DIR, 'DealerRiskSubgraph.graphql');

/**
 * GET /examples/dealer-risk?license=…: the worked example of docs/frontend.md. A plain page that
 * runs the registered DealerRiskSubgraph document by its hash alone (trusted documents: what a
 * production front-end sends) and draws the answer with Cytoscape.js from this service's bundle.
 */
export async function serveDealerRiskExample(config: Config, gateway: Gateway | undefined, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (!readAsset('dealer-risk-example.js')) return sendHtml(res, 503, assetsMissingPage());
  const requested = url.searchParams.get('license')?.trim();
  const license = requested || (await pageExampleIds(config, gateway)).dealer;
  const token = await localPageToken(config, req);
  const pageConfig: DealerRiskExampleConfig = {
    endpoint: '/graphql',
    token,
    tokenNote: tokenNote(token),
    documentId: `sha256:${documentSha256(readFileSync(OPERATION, 'utf8'))}`,
    license: license ?? null,
  };
  const body = `
<header>
  <h1>Dealer risk</h1>
  <form method="get" action="/examples/dealer-risk">
    <label>FFL license <input type="text" name="license" value="${escapeHtml(license ?? '')}" placeholder="1-23-456-01-2B-01234"></label>
    <button type="submit">Show</button>
  </form>
</header>
<section id="dealer" aria-live="polite"></section>
<div id="cy" aria-label="Dealer subgraph"></div>
<p id="status" role="status"></p>`;
  sendHtml(
    res,
    200,
    page('crimegun-graph · dealer risk (example)', { css: ['/assets/dealer-risk-example.css'], js: ['/assets/dealer-risk-example.js'] }, body, pageConfig),
  );
}
