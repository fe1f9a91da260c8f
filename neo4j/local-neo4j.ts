import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The local Neo4j (5.26 Community + GDS open edition + APOC core) that `npm start` and
 * `npm test` run as a child process when no NEO4J_URI is given. The jars come from Maven
 * Central through neo4j/pom.xml; the Java side is neo4j/src/main/java/.../Launcher.java.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, 'target');
const stamp = path.join(target, '.built');
const lockDir = path.join(here, '.build-lock');

export type Log = (message: string) => void;

export interface LocalNeo4jOptions {
  home: string;
  port: number;
  password: string;
  heap: string;
  pagecache: string;
  txTimeoutMs?: number;
  /** Extra JVM options (e.g. garbage collector or JIT settings), after the defaults so they win. */
  jvmOptions?: readonly string[];
  log?: Log;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Stops the JVM: closes its stdin (its signal to shut down), then kills it if it lingers. */
  stop(): Promise<void>;
  /** Called once if the JVM exits without stop() having been called (a crash, an OOM kill). */
  onUnexpectedExit(listener: (code: number | null) => void): void;
}

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Neo4j 5.26 runs on Java 17 or 21. */
export function checkJava(): number {
  const result = spawnSync(javaBinary(), ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'Java was not found. The local Neo4j needs Java 17 or 21 (Debian/Ubuntu: apt-get install openjdk-17-jre-headless), ' +
        'or set NEO4J_URI to use a Neo4j 5 server you already run.',
    );
  }
  const match = /version "(\d+)/.exec(result.stderr + result.stdout);
  const major = match ? Number(match[1]) : 0;
  if (major !== 17 && major !== 21) {
    throw new LocalNeo4jError(`Java ${major || 'of unknown version'} found; Neo4j 5.26 needs Java 17 or 21. Point JAVA_HOME at one, or set NEO4J_URI.`);
  }
  return major;
}

/** Every file the build reads: the pom and all of src/main (the launcher, the full-text analyzers, their service registration). */
function newestSource(): number {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const sources = [path.join(here, 'pom.xml'), ...files(path.join(here, 'src/main'))];
  return Math.max(...sources.map((f) => statSync(f).mtimeMs));
}

function isBuilt(): boolean {
  return existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves the jars and compiles the launcher once; later calls return at once. Safe across processes. */
export async function ensureBuilt(log: Log = () => {}): Promise<void> {
  if (isBuilt()) return;
  checkJava();
  const mvn = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      'Maven was not found. The local Neo4j is resolved from Maven Central with Maven 3.8+ ' +
        '(Debian/Ubuntu: apt-get install maven), or set NEO4J_URI to use a Neo4j 5 server you already run.',
    );
  }
  await withBuildLock(log, async () => {
    if (isBuilt()) return;
    log('Resolving Neo4j 5.26, Graph Data Science and APOC from Maven Central (first run only; a few minutes)...');
    const started = Date.now();
    const code = await new Promise<number>((resolve) => {
      const child = spawn('mvn', ['-B', '-q', '-f', path.join(here, 'pom.xml'), 'package', '-DskipTests'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('close', (c) => {
        if (c !== 0) log(output.split('\n').slice(-30).join('\n'));
        resolve(c ?? 1);
      });
    });
    if (code !== 0) throw new LocalNeo4jError(`Maven could not build the local Neo4j launcher (exit ${code}); see the output above.`);
    writeFileSync(stamp, new Date().toISOString());
    log(`Neo4j jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  });
}

/** A directory lock, so that parallel test runs or a test run beside `npm start` build only once. */
async function withBuildLock(log: Log, work: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 15 * 60_000;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      const age = Date.now() - statSync(lockDir, { throwIfNoEntry: false })!.mtimeMs;
      if (age > 15 * 60_000) rmSync(lockDir, { recursive: true, force: true });
      if (!announced) log('Another process is resolving the Neo4j jars; waiting for it...');
      announced = true;
      if (Date.now() > deadline) throw new LocalNeo4jError('Timed out waiting for another build of the Neo4j launcher.');
      await sleep(1000);
    }
  }
  try {
    await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function logTail(home: string, lines = 40): string {
  for (const file of ['logs/neo4j.log', 'logs/debug.log']) {
    const full = path.join(home, file);
    if (existsSync(full)) {
      return `Last lines of ${full}:\n${readFileSync(full, 'utf8').split('\n').slice(-lines).join('\n')}`;
    }
  }
  return '(Neo4j wrote no log)';
}

/**
 * The JVM's options: a fixed heap (Neo4j's advice: initial = maximum), G1 as Neo4j recommends unless the
 * extra options choose another collector (the JVM refuses two), then the extra options, last so they win.
 */
export function jvmArguments(heap: string, extra: readonly string[] = []): string[] {
  const choosesCollector = extra.some((option) => /^-XX:\+Use\w+GC$/.test(option));
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...(choosesCollector ? [] : ['-XX:+UseG1GC']),
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    ...extra,
  ];
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  checkJava();
  await ensureBuilt(log);
  if (!(await portIsFree(opts.port))) {
    throw new LocalNeo4jError(
      `Port ${opts.port} on 127.0.0.1 is already in use: another Neo4j may be running. ` +
        'Stop it, set LOCAL_NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use that server.',
    );
  }
  const home = path.resolve(opts.home);
  mkdirSync(home, { recursive: true });
  log(`Starting Neo4j 5.26 on bolt://127.0.0.1:${opts.port} (data in ${home})...`);
  const started = Date.now();
  const child = spawn(
    javaBinary(),
    [
      ...jvmArguments(opts.heap, opts.jvmOptions),
      '-cp',
      `${path.join(target, 'classes')}${path.delimiter}${path.join(target, 'lib', '*')}`,
      'org.crimegun.neo4j.Launcher',
      `--home=${home}`,
      `--plugins=${path.join(target, 'plugins')}`,
      `--port=${opts.port}`,
      `--password=${opts.password}`,
      `--pagecache=${opts.pagecache}`,
      `--tx-timeout=${Math.ceil((opts.txTimeoutMs ?? 60_000) / 1000)}s`,
    ],
    // stdin stays a pipe: when this process dies, the pipe closes and the JVM exits by itself.
    // Its own process group: Ctrl-C in a terminal (SIGINT to the foreground group) or a SIGTERM
    // to the service's group reaches the service only, which stops Neo4j after draining requests.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  await waitUntilReady(child, home, started, log);
  let stopping = false;
  const listeners: Array<(code: number | null) => void> = [];
  child.once('exit', (code) => {
    if (!stopping) listeners.forEach((l) => l(code));
  });
  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    pid: child.pid!,
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
    onUnexpectedExit: (listener) => listeners.push(listener),
  };
}

function waitUntilReady(child: ChildProcess, home: string, started: number, log: Log): Promise<void> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let announced = false;
    // Generous: a cold JVM on a busy 2-core machine can take minutes; LOCAL_NEO4J_START_TIMEOUT_S overrides.
    const limitS = Number(process.env.LOCAL_NEO4J_START_TIMEOUT_S) || 420;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`Neo4j did not become ready within ${limitS} s.\n${logTail(home)}`));
    }, limitS * 1000);
    child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-8000)));
    child.stdout!.on('data', (d) => {
      stdout += d;
      const ready = /READY (\d+)/.exec(stdout);
      const failed = /FAILED (.*)/.exec(stdout);
      if (ready && !announced) {
        // Once: the launcher keeps writing to stdout after READY, and the buffer keeps the line.
        announced = true;
        clearTimeout(timer);
        log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        resolve();
      } else if (failed && !announced) {
        clearTimeout(timer);
        reject(new LocalNeo4jError(`Neo4j failed to start: ${failed[1]}\n${logTail(home)}`));
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`Java could not be started: ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`Neo4j exited with code ${code} before it was ready.\n${stderr.slice(-3000)}\n${logTail(home)}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.stdin!.end();
  });
}
