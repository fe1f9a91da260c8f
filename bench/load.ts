/** Load loops and percentiles shared by the HTTP benchmarks. */

/** The p-th percentile of ascending `sorted` latencies (ms, two decimals); NaN when empty. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

export interface LoopResult {
  /** Ascending latencies of the requests that succeeded (ms). */
  latencies: number[];
  errors: number;
  firstError?: string;
  /** Seconds the loop ran. */
  elapsed: number;
}

/**
 * Closed loop: `concurrency` workers, each sending its next request as soon as the last one
 * answered (like autocannon). `i` numbers the requests, so inputs can rotate. `startAt` lets
 * alternating rounds continue the rotation instead of repeating the same inputs.
 */
export async function closedLoop(concurrency: number, seconds: number, send: (i: number) => Promise<void>, startAt = 0): Promise<LoopResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let counter = startAt;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const i = counter++;
        const t = performance.now();
        try {
          await send(i);
          latencies.push(performance.now() - t);
        } catch (error) {
          errors += 1;
          firstError ??= (error as Error).message.slice(0, 300);
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { latencies, errors, firstError, elapsed };
}
