/**
 * Long computations of person resolution written as generators that yield between steps, so the
 * same code runs at once (tests, benches, the CLI) or in steps with the event loop let through in
 * between (the analysis job, which shares the service's process and its requests).
 */

/** Records, keys or blocks handled between two steps. */
export const STEP_ENTRIES = 4_096;

/** One turn of the event loop: pending I/O callbacks (requests, Bolt replies) run before the next step. */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs a stepped computation at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a stepped computation, awaiting `pause()` between steps. */
export async function runInSteps<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
