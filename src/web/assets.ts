import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The browser bundles (GraphiQL, the link-chart page) are built by esbuild from the npm packages
 * (graphiql 3.8, react 18, cytoscape) into the git-ignored .assets/: nothing comes from a CDN,
 * so the pages work on a network with no internet. `npm start` builds when the bundles are
 * missing or older than their sources; `npm run assets:build` builds on demand.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ASSETS_DIR = path.join(ROOT, '.assets');
const WEB_DIR = path.join(ROOT, 'web');
const MANIFEST = 'manifest.json';

const ENTRIES = {
  graphiql: path.join(WEB_DIR, 'graphiql/main.tsx'),
  chart: path.join(WEB_DIR, 'chart/main.ts'),
  'dealer-risk-example': path.join(WEB_DIR, 'examples/dealer-risk.ts'),
  dashboard: path.join(WEB_DIR, 'dashboard/main.ts'),
  report: path.join(WEB_DIR, 'report/main.ts'),
  'case-report': path.join(WEB_DIR, 'case-report/main.ts'),
};

/** Package versions the bundles embed: upgrading one rebuilds. */
const PACKAGES = ['graphiql', '@graphiql/react', 'react', 'react-dom', 'cytoscape', 'graphql', 'd3-geo', 'topojson-client', 'us-atlas', 'cytoscape-fcose'];

interface AssetManifest {
  builtAt: string;
  packages: Record<string, string>;
  files: string[];
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function packageVersions(): Record<string, string> {
  return Object.fromEntries(
    PACKAGES.map((name) => {
      try {
        return [name, (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version];
      } catch {
        return [name, 'missing'];
      }
    }),
  );
}

function readManifest(): AssetManifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(ASSETS_DIR, MANIFEST), 'utf8')) as AssetManifest;
  } catch {
    return undefined;
  }
}

/** Why the bundles must be (re)built, or null when they are current. */
export function assetsStaleReason(): string | null {
  const manifest = readManifest();
  if (!manifest) return 'not built yet';
  if (manifest.files.some((f) => !existsSync(path.join(ASSETS_DIR, f)))) return 'files missing';
  if (newestSource(WEB_DIR) > statSync(path.join(ASSETS_DIR, MANIFEST)).mtimeMs) return 'sources in web/ changed';
  const versions = packageVersions();
  if (PACKAGES.some((p) => versions[p] !== manifest.packages[p])) return 'packages upgraded';
  return null;
}

/** Builds into a fresh folder, then swaps it in, so a running server never serves half a build. */
export async function buildWebAssets(log: (m: string) => void = () => {}): Promise<string[]> {
  const started = Date.now();
  const staging = `${ASSETS_DIR}.build-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const result = await build({
    entryPoints: ENTRIES,
    outdir: staging,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
    sourcemap: 'linked',
    legalComments: 'linked',
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  const files = Object.keys(result.metafile.outputs).map((f) => path.basename(f));
  const manifest: AssetManifest = { builtAt: new Date().toISOString(), packages: packageVersions(), files };
  writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
  const old = `${ASSETS_DIR}.old-${process.pid}`;
  if (existsSync(ASSETS_DIR)) renameSync(ASSETS_DIR, old);
  renameSync(staging, ASSETS_DIR);
  rmSync(old, { recursive: true, force: true });
  const size = files.filter((f) => !f.endsWith('.map')).reduce((n, f) => n + statSync(path.join(ASSETS_DIR, f)).size, 0);
  log(
    `Built web assets in ${((Date.now() - started) / 1000).toFixed(1)} s: ${files.filter((f) => !f.endsWith('.map')).join(', ')} (${(size / 1024 / 1024).toFixed(1)} MB) in .assets/`,
  );
  return files;
}

/** Builds the GraphiQL and chart bundles into .assets/ when they are missing or older than their sources. */
export async function prepareWebAssets(log: (m: string) => void): Promise<void> {
  const reason = assetsStaleReason();
  if (!reason) return;
  log(`Building web assets (GraphiQL, link chart) with esbuild: ${reason}...`);
  await buildWebAssets(log);
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A built file by its plain name (no paths: nothing outside .assets/ can be asked for). */
export function readAsset(name: string): { body: Buffer; type: string; etag: string } | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return undefined;
  const type = CONTENT_TYPES[path.extname(name)];
  const file = path.join(ASSETS_DIR, name);
  if (!type || !existsSync(file)) return undefined;
  const stat = statSync(file);
  return { body: readFileSync(file), type, etag: `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"` };
}
