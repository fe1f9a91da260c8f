import { runAnalysis } from '../src/analysis/analysis.job.js';
import { cypher } from '../src/db/cypher.registry.js';
import type { Gateway } from '../src/db/gateway.js';
import { writeManifest } from './manifest.js';
import { seedGraphAudited } from './seed.audit.js';

const graphIsEmpty = cypher('system/graph-is-empty');

export const DEMO_SCALE = 'S' as const;
export const DEMO_SEED = 42;
/**
 * Where the demo's planted truth is written: beside the local Neo4j's data folder and named after it
 * (`.data/neo4j-demo-manifest.json` by default), so two services with their own data folders
 * (LOCAL_NEO4J_HOME) do not overwrite each other's.
 */
export const demoManifestPath = (localNeo4jHome: string): string => `${localNeo4jHome.replace(/[\\/]+$/, '')}-demo-manifest.json`;

/**
 * `npm start` on an empty graph loads the scale-S demo (seed 42, about 5 thousand nodes, a
 * few seconds) so the API has something to answer with, and writes its planted truth to
 * `manifestPath` (demoManifestPath), then runs the analysis job (dealer risk, networks). The load leaves
 * an audit record (operation demo-seed). A graph with any agency in it is left alone.
 */
export async function loadDemoDataIfEmpty(gateway: Gateway, log: (m: string) => void, manifestPath: string): Promise<void> {
  const [probe] = await gateway.read<{ empty: boolean }>(graphIsEmpty, {}, { operation: 'demo-seed' });
  if (!probe?.empty) return;
  log(`The graph is empty: loading the demo data (scale ${DEMO_SCALE}, seed ${DEMO_SEED})...`);
  const result = await seedGraphAudited(gateway, { scale: DEMO_SCALE, seed: DEMO_SEED, operation: 'demo-seed' });
  writeManifest(manifestPath, result.manifest);
  log(
    `Demo data loaded: ${result.nodes} nodes and ${result.relationships} relationships in ${(result.elapsedMs / 1000).toFixed(1)} s ` +
      `(planted truth in ${manifestPath}).`,
  );
  // Dealer risk and networks are read from stored results: compute them now, as an import would,
  // so that the demo's risk and network queries answer from the first request.
  try {
    await runAnalysis(gateway, log);
  } catch (error) {
    log(`The analysis of the demo data failed (${(error as Error).message}); run \`npm run analyze\` to retry.`);
  }
}
