import { describe, expect, it } from 'vitest';
import { DatabaseBusyError } from '../../../src/errors/neo4j-error.map.js';
import { AppError } from '../../../src/errors/app-error.js';
import { ErrorCode } from '../../../src/errors/error-code.js';
import { retryTransient } from '../../../src/db/transient-retry.js';

const noWait = () => Promise.resolve();
const busy = () => new DatabaseBusyError('Neo4jError: Neo.TransientError.Transaction.DeadlockDetected ForsetiClient can not acquire lock');

describe('retryTransient', () => {
  it('runs the work again after a busy answer and returns its result', async () => {
    let calls = 0;
    const retried: number[] = [];
    const result = await retryTransient(
      async () => {
        calls += 1;
        if (calls < 3) throw busy();
        return 'written';
      },
      { sleep: noWait, onRetry: (attempt) => retried.push(attempt) },
    );
    expect(result).toBe('written');
    expect(calls).toBe(3);
    expect(retried).toEqual([1, 2]);
  });

  it('never retries another error by default', async () => {
    let calls = 0;
    const conflict = new AppError(ErrorCode.CONFLICT, 'The write conflicts with an existing record');
    await expect(
      retryTransient(
        async () => {
          calls += 1;
          throw conflict;
        },
        { sleep: noWait },
      ),
    ).rejects.toBe(conflict);
    expect(calls).toBe(1);
  });

  it('retries the errors its retryWhen names, and only as often as retryWhen allows', async () => {
    const race = () => new AppError(ErrorCode.CONFLICT, 'The write conflicts with an existing record');
    const isRace = (e: unknown) => e instanceof AppError && e.extensions.code === ErrorCode.CONFLICT;
    const seen: Array<[number, unknown]> = [];
    let calls = 0;
    const result = await retryTransient(
      async () => {
        calls += 1;
        if (calls === 1) throw race();
        if (calls === 2) throw busy();
        return 'written';
      },
      { sleep: noWait, retryWhen: (e, attempt) => (isRace(e) && attempt < 3) || e instanceof DatabaseBusyError, onRetry: (a, e) => seen.push([a, e]) },
    );
    expect(result).toBe('written');
    expect(seen.map(([a, e]) => [a, isRace(e) ? 'race' : 'busy'])).toEqual([
      [1, 'race'],
      [2, 'busy'],
    ]);

    // A predicate's own limit (races: 2 retries) stops before the overall attempts.
    calls = 0;
    const last = race();
    await expect(
      retryTransient(
        async () => {
          calls += 1;
          throw calls < 3 ? race() : last;
        },
        { sleep: noWait, attempts: 6, retryWhen: (e, attempt) => isRace(e) && attempt < 3 },
      ),
    ).rejects.toBe(last);
    expect(calls).toBe(3);
  });

  it('gives up after its attempts with the last busy error, waiting longer each time', async () => {
    const waits: number[] = [];
    let calls = 0;
    await expect(
      retryTransient(
        async () => {
          calls += 1;
          throw busy();
        },
        { attempts: 4, firstDelayMs: 100, sleep: async (ms) => void waits.push(ms) },
      ),
    ).rejects.toBeInstanceOf(DatabaseBusyError);
    expect(calls).toBe(4);
    expect(waits).toHaveLength(3);
    for (let i = 0; i < waits.length; i += 1) {
      const base = 100 * 2 ** i;
      expect(waits[i]).toBeGreaterThanOrEqual(base);
      expect(waits[i]).toBeLessThanOrEqual(base * 1.5);
    }
  });
});
