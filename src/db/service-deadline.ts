import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/**
 * How long past its own transaction timeout the service waits for a statement before giving up
 * on it. Neo4j enforces transaction timeouts itself but checks them only every 2 s
 * (db.transaction.monitor.check.interval), so a healthy Neo4j answers TIMEOUT within that; a
 * Neo4j that does not answer at all (paused, swapping, a network partition) never does, and the
 * service must not wait for it (docs/operations.md, "Deadlines").
 */
export const STATEMENT_GRACE_MS = 2_000;

export const NO_ANSWER_MESSAGE = 'The graph database did not answer in time; the request was stopped';

/** A coded TIMEOUT, for a statement or a probe that Neo4j never answered. */
export const noAnswer = () => new AppError(ErrorCode.TIMEOUT, NO_ANSWER_MESSAGE);

/**
 * `work`, or `onTimeout()` as a rejection once `limitMs` has passed, whichever comes first. The
 * work is not cancelled (a driver call cannot be); `abandoned` runs when it is given up, so the
 * caller can release what it holds without waiting for it.
 */
export function withServiceDeadline<T>(work: Promise<T>, limitMs: number, onTimeout: () => Error = noAnswer, abandoned?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandoned?.();
      reject(onTimeout());
    }, limitMs);
  });
  // A late failure of abandoned work must not surface as an unhandled rejection.
  work.catch(() => {});
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
