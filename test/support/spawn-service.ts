import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SpawnedService {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
  /** Waits until the output matches, or rejects on exit/timeout. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
}

/** `npm start`'s entry point as its own process, with a clean environment plus `env`. */
export function spawnService(env: Record<string, string>, options: { detached?: boolean } = {}): SpawnedService {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && !k.startsWith('VITEST')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    // No search warm-up unless a test asks for one: the tests' graphs are small and their start-up timings matter.
    env: { ...base, NODE_ENV: 'development', SEARCH_WARM_UP_SECONDS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, like a service started from a terminal: a signal to the group is Ctrl-C.
    detached: options.detached ?? false,
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    waitFor(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${out.slice(-3000)}`)), timeoutMs);
        const check = () => {
          if (pattern.test(out)) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout!.on('data', check);
        child.stderr!.on('data', check);
        void exited.then((code) => {
          clearTimeout(timer);
          if (!pattern.test(out)) reject(new Error(`exited with ${code} before ${pattern}; output:\n${out.slice(-3000)}`));
        });
        check();
      });
    },
  };
}

/** Environment for a spawned service on the test run's Neo4j, quiet (no demo data, no GraphiQL, no background analysis). */
export function onRunNeo4j(db: { uri: string; user: string; password: string; database: string }, port: number): Record<string, string> {
  return {
    NEO4J_URI: db.uri,
    NEO4J_USER: db.user,
    NEO4J_PASSWORD: db.password,
    NEO4J_DATABASE: db.database,
    PORT: String(port),
    SEED_DEMO_DATA: 'false',
    GRAPHIQL: 'false',
    ANALYSIS_AFTER_INGEST: 'false',
  };
}

/** PIDs of Java processes whose command line mentions `marker` (e.g. a Neo4j home folder). */
export function javaPids(marker: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout;
  return ps
    .split('\n')
    .filter((line) => line.includes('org.crimegun.neo4j.Launcher') && line.includes(marker))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

export async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}
