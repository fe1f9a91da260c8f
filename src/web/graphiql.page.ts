import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import type { GraphiqlPageConfig } from '../../web/shared/page-config.js';
import { assetsMissingPage } from './assets-missing.page.js';
import { readAsset } from './assets.js';
import { pageExampleIds } from './example-ids.js';
import { loadExampleOperations } from './example-operations.js';
import { page, sendHtml } from './html.js';
import { localPageToken, tokenNote } from './local-token.js';

/** GET /graphql in a browser: GraphiQL from .assets/, with the example operations as tabs. */
export async function serveGraphiql(config: Config, gateway: Gateway | undefined, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!readAsset('graphiql.js')) return sendHtml(res, 503, assetsMissingPage());
  const token = await localPageToken(config, req);
  const pageConfig: GraphiqlPageConfig = {
    endpoint: '/graphql',
    token,
    tokenNote: tokenNote(token),
    examples: loadExampleOperations(await pageExampleIds(config, gateway)),
  };
  sendHtml(
    res,
    200,
    page('crimegun-graph · GraphiQL', { css: ['/assets/graphiql.css'], js: ['/assets/graphiql.js'] }, '<div id="graphiql">Loading GraphiQL…</div>', pageConfig),
  );
}
