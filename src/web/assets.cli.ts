import { buildWebAssets } from './assets.js';

/** `npm run assets:build`: builds the GraphiQL and link-chart bundles into .assets/. */
try {
  await buildWebAssets((m) => console.log(m));
} catch (error) {
  console.error(`Building the web assets failed: ${(error as Error).message}`);
  process.exit(1);
}
