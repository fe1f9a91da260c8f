import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Gateway } from '../db/gateway.js';
import { analysisDuration, analysisRuns } from '../telemetry/service-metrics.js';
import { acquireLock, releaseLock, renewLock } from './analysis.data.js';
import { runAnalysis, type AnalysisOptions, type AnalysisSummary } from './analysis.job.js';

const LOCK = 'analysis';
/** Lease of the lock: renewed every third of it while a run goes on; a dead holder frees it after this. */
export const LEASE_MS = 60_000;

/** How long command-line runs (`npm run analyze`, `npm run import`) wait for a run elsewhere to finish. */
export const ANALYSIS_LOCK_WAIT_MS = 30 * 60_000;

/** This process, as the lock names it: host, pid and a random part (pids repeat across containers). */
export const PROCESS_HOLDER = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export type ExclusiveRun = { ran: true; summary: AnalysisSummary } | { ran: false; holder: string | null; leaseUntil: string | null };

export interface ExclusiveOptions extends AnalysisOptions {
  /** Who holds the lock (default: this process). */
  holder?: string;
  leaseMs?: number;
  /** Wait for the lock instead of giving up at once (command-line runs); polled every 2 s. */
  waitMs?: number;
}

/**
 * The analysis job, single-flight across every service process on the same Neo4j: a lock
 * node in the database (AnalysisLock, a lease renewed while the run goes on) admits one run at
 * a time; a process that finds it held does not run (ran: false) and may try again later. The
 * analysis replaces stored scores and networks wholesale, so two concurrent runs would at best
 * double the work and at worst interleave two results. Each finished run is logged as an
 * AnalysisRun node (holder, start, end, outcome).
 */
export async function runAnalysisExclusive(gateway: Gateway, log: (m: string) => void = () => {}, options: ExclusiveOptions = {}): Promise<ExclusiveRun> {
  const holder = options.holder ?? PROCESS_HOLDER;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const meta = { operation: 'analysis:lock' };
  const until = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    const row = await acquireLock(gateway, { name: LOCK, holder, leaseMs }, meta);
    if (row?.acquired) break;
    if (Date.now() >= until) {
      analysisRuns.inc({ outcome: 'busy' });
      return { ran: false, holder: row?.holder ?? null, leaseUntil: row?.leaseUntil ?? null };
    }
    log(`Analysis: another process (${row?.holder}) is running the analysis job; waiting for it...`);
    await new Promise((r) => setTimeout(r, 2_000));
  }

  const startedAt = new Date();
  let lost = false;
  const heartbeat = setInterval(
    () => {
      renewLock(gateway, { name: LOCK, holder, leaseMs }, meta).then(
        (r) => {
          if (!r?.renewed && !lost) {
            lost = true;
            log('Analysis: the analysis lock was lost (lease expired while this process was stalled); this run finishes but another may start.');
          }
        },
        () => {}, // Neo4j unreachable: the run itself fails too, or the next renewal succeeds.
      );
    },
    Math.max(1_000, Math.floor(leaseMs / 3)),
  );
  heartbeat.unref();
  let outcome: 'ok' | 'failed' = 'failed';
  try {
    const summary = await runAnalysis(gateway, log, options);
    outcome = 'ok';
    return { ran: true, summary };
  } finally {
    clearInterval(heartbeat);
    const finishedAt = new Date();
    analysisRuns.inc({ outcome });
    analysisDuration.observe({ outcome }, (finishedAt.getTime() - startedAt.getTime()) / 1000);
    await releaseLock(gateway, { name: LOCK, holder, startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString(), outcome }, meta).catch(() =>
      log('Analysis: could not release the analysis lock; it frees itself when its lease runs out.'),
    );
  }
}
