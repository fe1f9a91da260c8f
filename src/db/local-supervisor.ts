import type { LocalNeo4j } from '../../neo4j/local-neo4j.js';
import { recordNeo4jRestart, recordNeo4jUp } from '../telemetry/service-metrics.js';

/**
 * What /readyz reports about the local Neo4j:
 * - `running`: started and answering its launcher;
 * - `waiting`: it exited (or a restart failed); the next attempt is due in `nextAttemptInMs`;
 * - `restarting`: an attempt is under way;
 * - `stopping` / `stopped`: the service is shutting it down.
 */
export type LocalNeo4jState = 'running' | 'waiting' | 'restarting' | 'stopping' | 'stopped';

export interface LocalNeo4jStatus {
  state: LocalNeo4jState;
  /** Successful restarts since the service started. */
  restarts: number;
  /** Attempts that failed since the last stable run (reset once Neo4j has stayed up for STABLE_AFTER_MS). */
  failedAttempts: number;
  lastExitCode: number | null;
  lastError: string | null;
  nextAttemptInMs: number | null;
  /**
   * False when retrying cannot help (the Java runtime or the launcher's jars are gone): /healthz
   * then says 503, so that an operator or a process supervisor steps in. Attempts go on anyway.
   */
  recoverable: boolean;
}

export interface SupervisorOptions {
  start: () => Promise<LocalNeo4j>;
  log: (message: string) => void;
  minBackoffMs: number;
  maxBackoffMs: number;
}

/** A run this long counts as stable: the next crash starts again from the shortest wait. */
export const STABLE_AFTER_MS = 60_000;

/** Start failures that no number of retries fixes: the runtime or the build is missing. */
const UNRECOVERABLE = /Java was not found|Java \S+ found|Java of unknown version|Maven was not found|Maven could not build|Java could not be started/;

/**
 * Keeps the local Neo4j running: when it exits unexpectedly (a crash, an OOM kill) it is started
 * again, and when that start fails too (a crash during restart) the next attempt follows after a
 * doubling wait, capped at maxBackoffMs, forever. Requests meanwhile get SERVICE_UNAVAILABLE and
 * /readyz says 503 with this status.
 */
export class LocalNeo4jSupervisor {
  private instance: LocalNeo4j | undefined;
  private state: LocalNeo4jState = 'restarting';
  private restarts = 0;
  private failed = 0;
  private lastExitCode: number | null = null;
  private lastError: string | null = null;
  private recoverable = true;
  private nextAt: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private attempt: Promise<void> | undefined;
  private upSince = 0;

  constructor(private readonly options: SupervisorOptions) {}

  /** The first start: its failure is the caller's (the service exits with the reason). */
  async start(): Promise<LocalNeo4j> {
    const instance = await this.options.start();
    this.adopt(instance);
    return instance;
  }

  get current(): LocalNeo4j | undefined {
    return this.instance;
  }

  status(): LocalNeo4jStatus {
    return {
      state: this.state,
      restarts: this.restarts,
      failedAttempts: this.failed,
      lastExitCode: this.lastExitCode,
      lastError: this.lastError,
      nextAttemptInMs: this.state === 'waiting' && this.nextAt !== null ? Math.max(0, this.nextAt - Date.now()) : null,
      recoverable: this.recoverable,
    };
  }

  /** Stops supervising and stops Neo4j (waiting for an attempt under way, so no JVM is left behind). */
  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'stopping';
    clearTimeout(this.timer);
    await this.attempt;
    await this.instance?.stop();
    this.instance = undefined;
    this.state = 'stopped';
  }

  private adopt(instance: LocalNeo4j): void {
    this.instance = instance;
    this.state = 'running';
    this.upSince = Date.now();
    this.recoverable = true;
    instance.onUnexpectedExit((code) => {
      if (this.instance !== instance || this.state === 'stopping' || this.state === 'stopped') return;
      this.instance = undefined;
      this.lastExitCode = code;
      recordNeo4jUp(false);
      if (Date.now() - this.upSince >= STABLE_AFTER_MS) this.failed = 0;
      else this.failed += 1; // a crash soon after a start counts as a failed attempt: backoff grows in a crash loop
      this.schedule(`The local Neo4j exited unexpectedly (code ${code})`);
    });
  }

  private backoffMs(): number {
    const { minBackoffMs, maxBackoffMs } = this.options;
    return Math.min(maxBackoffMs, minBackoffMs * 2 ** Math.max(0, this.failed - 1));
  }

  private schedule(reason: string): void {
    if (this.state === 'stopping' || this.state === 'stopped') return;
    const wait = this.failed === 0 ? this.options.minBackoffMs : this.backoffMs();
    this.state = 'waiting';
    this.nextAt = Date.now() + wait;
    this.options.log(`${reason}; restarting it in ${(wait / 1000).toFixed(1)} s (attempt ${this.failed + 1}).`);
    this.timer = setTimeout(() => (this.attempt = this.tryRestart().finally(() => (this.attempt = undefined))), wait);
  }

  private async tryRestart(): Promise<void> {
    if (this.state !== 'waiting') return;
    this.state = 'restarting';
    this.nextAt = null;
    try {
      const instance = await this.options.start();
      if ((this.state as LocalNeo4jState) === 'stopping') {
        await instance.stop();
        return;
      }
      this.restarts += 1;
      recordNeo4jRestart('started');
      this.lastError = null;
      this.adopt(instance);
      this.options.log(`The local Neo4j is back (restart ${this.restarts}).`);
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? String(error);
      this.failed += 1;
      recordNeo4jRestart('failed');
      this.lastError = message;
      this.recoverable = !UNRECOVERABLE.test(message);
      this.schedule(`Restarting the local Neo4j failed: ${message}`);
    }
  }
}
