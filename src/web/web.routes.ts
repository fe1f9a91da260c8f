import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { readAsset } from './assets.js';
import { serveCaseReport } from './case-report.page.js';
import { serveChart } from './chart.page.js';
import { serveDealerRiskExample } from './dealer-risk-example.page.js';
import { serveDashboard, serveReport } from './dashboard.page.js';
import { serveGraphiql } from './graphiql.page.js';

/** A route served beside /graphql (GraphiQL page, assets, chart page). */
export interface WebRoute {
  method: 'GET' | 'POST';
  /** Exact path, or a prefix when it ends with '/'. */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | void;
}

function serveAsset(req: IncomingMessage, res: ServerResponse, url: URL): void {
  let name: string | null;
  try {
    name = decodeURIComponent(url.pathname.slice('/assets/'.length));
  } catch {
    // A malformed escape (`%E0%A4%A`) names no asset: 404, not an internal error.
    name = null;
  }
  const asset = name === null ? undefined : readAsset(name);
  if (!asset) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found (build the web assets with `npm run assets:build`)');
    return;
  }
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, { etag: asset.etag });
    res.end();
    return;
  }
  // Revalidated on every load (names are not content-hashed); a 304 costs one round trip.
  res.writeHead(200, { 'content-type': asset.type, etag: asset.etag, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  res.end(asset.body);
}

/**
 * Routes of the web pages: GraphiQL (GET /graphql from a browser, only when config.graphiql:
 * production enables it on purpose), the link-chart page (/chart, an analyst tool, served in
 * every mode; outside local mode the analyst pastes a token) and the built assets they load.
 * `gateway` reads ids for the examples.
 */
export function webRoutes(config: Config, gateway?: Gateway): WebRoute[] {
  return [
    ...(config.graphiql
      ? [{ method: 'GET' as const, path: '/graphql', handle: (req: IncomingMessage, res: ServerResponse) => serveGraphiql(config, gateway, req, res) }]
      : []),
    { method: 'GET', path: '/chart', handle: (req, res, url) => serveChart(config, gateway, req, res, url) },
    { method: 'GET', path: '/examples/dealer-risk', handle: (req, res, url) => serveDealerRiskExample(config, gateway, req, res, url) },
    { method: 'GET', path: '/dashboard', handle: (req, res) => serveDashboard(config, req, res) },
    { method: 'GET', path: '/report', handle: (req, res, url) => serveReport(config, req, res, url) },
    { method: 'GET', path: '/case-report', handle: (req, res, url) => serveCaseReport(config, req, res, url) },
    { method: 'GET', path: '/assets/', handle: serveAsset },
  ];
}
