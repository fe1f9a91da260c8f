import type { Gateway } from '../db/gateway.js';
import type { AnalysisTrigger } from '../core/context.js';
import type { Logger } from '../core/logger.js';
import type { AnalysisSummary } from './analysis.job.js';
import { runAnalysisExclusive } from './analysis.lock.js';

/** How long to wait before trying again when another process holds the analysis lock. */
const BUSY_RETRY_MS = 5_000;

/**
 * Re-runs the analysis job (dealer risk, networks) after writes through the API, as `npm run
 * import` does after a file: scores and networks are read from stored results, so without a
 * re-run they would not show what was just written.
 * - Debounced: a client sending 1,000-record batches back to back gets one run `delayMs` after
 *   its last batch, not one per batch (a run takes seconds at scale M).
 * - Single flight: runs never overlap, in this process or any other on the same Neo4j (the
 *   analysis lock, analysis.lock.ts); a write during a run gets one more run after it, and a
 *   run refused because another process holds the lock is tried again a few seconds later
 *   (that other run may have started before the write).
 * - Never blocks a request or the process: the timer is unref'd, failures are logged, and
 *   `stop()` cancels a pending run and waits for one in progress.
 */
export class AnalysisScheduler implements AnalysisTrigger {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private pendingAfterRun = false;
  private stopped = false;
  /** The last finished run and how many have started, for tests and the log. */
  lastRun: AnalysisSummary | null = null;
  runs = 0;
  /** Runs not started because another process held the analysis lock. */
  busy = 0;

  constructor(
    private readonly gateway: Gateway,
    private readonly delayMs: number,
    private readonly logger: Logger,
  ) {}

  /** Asks for a run once writes have paused for `delayMs`. */
  schedule(): void {
    if (this.stopped) return;
    if (this.running) {
      this.pendingAfterRun = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.start(), this.delayMs);
    this.timer.unref();
  }

  /** Resolves when no run is pending or in progress (tests; shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.timer) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private start(): void {
    this.timer = null;
    this.runs += 1;
    const log = (m: string) => this.logger.info(m);
    let busy = false;
    this.running = runAnalysisExclusive(this.gateway, log)
      .then((run) => {
        if (run.ran) this.lastRun = run.summary;
        else this.busy += 1;
        busy = !run.ran;
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'analysis after ingest failed; `npm run analyze` re-runs it'))
      .finally(() => {
        this.running = null;
        if (busy && !this.stopped) {
          // Another process holds the lock: try again once it may have finished.
          this.pendingAfterRun = false;
          this.timer = setTimeout(() => this.start(), Math.max(this.delayMs, BUSY_RETRY_MS));
          this.timer.unref();
        } else if (this.pendingAfterRun) {
          this.pendingAfterRun = false;
          this.schedule();
        }
      });
  }
}
