import { page } from './html.js';

/** Shown when .assets/ has not been built (e.g. a server started by tests or another entry point). */
export function assetsMissingPage(): string {
  return page(
    'crimegun-graph · assets not built',
    { css: [], js: [] },
    '<h1>Web assets are not built</h1><p>Run <code>npm run assets:build</code> (or start the service with <code>npm start</code>, which builds them), then reload.</p>',
    {},
  );
}
