import { cypher } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta, TransactionReader } from '../db/gateway.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/**
 * The decision epoch (docs/import.md, "Checks and decisions do not overtake each other"): one node
 * counting the supervisors' decisions that changed a record and the import batches that corrected
 * values others depend on. An import checks its records in reads of their own, then writes them in
 * another transaction; a decision landing in between could change a record those
 * checks read (a recovery's date, a gun's sale), and the import would write what it checked against
 * the old value. So an import reads the epoch before it checks, and its write transaction takes the
 * epoch's shared lock and reads it again: the same value, and no decision can commit until the import
 * does; another value, and the checks are run again (ChecksOutdated). A decision takes the lock
 * exclusively before it reads anything, so it also waits for the imports already writing: its own
 * check then sees every record they wrote, not only its decided record.
 */
const EPOCH = cypher('import/decision-epoch');
const SHARED = cypher('import/decision-epoch-shared');
const EXCLUSIVE = cypher('provenance/decision-epoch-exclusive');
const ADVANCE = cypher('provenance/decision-epoch-advance');

/** Runs of an import's checks before it gives up on decisions that keep landing between check and write. */
export const CHECK_RUNS = 5;
/** The longest wait before the second check; up to this times n before the (n+1)th. */
const RETRY_WAIT_MS = 50;

/**
 * A decision, a correction, or another import's record of the same gun (gun-links.data.ts) committed
 * between an import's checks and its write: nothing was written; check again. An
 * AppError, so the gateway passes it through as it is; writeAsChecked catches it, and only its last
 * run's reaches a client, as SERVICE_UNAVAILABLE.
 */
export class ChecksOutdated extends AppError {
  constructor(
    readonly epoch: number,
    what = "a supervisor's decision or another import's correction changed the records",
  ) {
    super(ErrorCode.SERVICE_UNAVAILABLE, `${what} since this import checked them (decision epoch ${epoch})`, {
      field: 'records',
    });
  }
}

const value = (rows: Array<{ epoch: unknown }>): number => Number(rows[0]?.epoch ?? 0);

/** The epoch before an import's checks (a read of its own). */
export async function readDecisionEpoch(gateway: Gateway, meta: QueryMeta): Promise<number> {
  return value(await gateway.read<{ epoch: unknown }>(EPOCH, {}, { ...meta, operation: `${meta.operation ?? 'import'}:decision-epoch` }));
}

/**
 * In an import's write transaction, before it writes: takes the lock (held to the commit) and throws
 * ChecksOutdated when the epoch is no longer `checkedAt`, the one read before the checks. A batch that
 * corrects values other stored records depend on (`correctionsHold` given) takes it exclusively, like a
 * decision: no other import writes meanwhile, and `correctionsHold` checks the corrections again against
 * the graph as it now is (a dependent another import wrote since); false throws ChecksOutdated too. Such a
 * batch moves the epoch on before it commits (advanceDecisionEpoch), so imports that checked against the
 * values it corrects check again.
 */
export async function holdDecisionEpoch(
  run: TransactionReader,
  checkedAt: number,
  correctionsHold?: (run: TransactionReader) => Promise<boolean>,
): Promise<void> {
  await run(correctionsHold ? EXCLUSIVE : SHARED);
  const now = value(await run<{ epoch: unknown }>(EPOCH));
  if (now !== checkedAt || (correctionsHold && !(await correctionsHold(run)))) throw new ChecksOutdated(now);
}

/** In a decision's write transaction, first: the exclusive lock, held to its commit. */
export async function lockDecisionEpoch(run: TransactionReader): Promise<void> {
  await run(EXCLUSIVE);
}

/** In a decision's write transaction once it has written to its record, or an import's that wrote corrections. */
export async function advanceDecisionEpoch(run: TransactionReader): Promise<void> {
  await run(ADVANCE);
}

/**
 * Writes what was checked at `epoch` (`write` holds the epoch: holdDecisionEpoch); when a decision
 * landed in between, checks again (`recheck`, given what was checked last and the epoch read under the
 * lock, which precedes its reads) and writes that. At most CHECK_RUNS writes, then SERVICE_UNAVAILABLE:
 * decisions or corrections kept landing, nothing of this write was written.
 */
export async function writeAsChecked<C, T>(
  epoch: number,
  checked: C,
  recheck: (last: C, epoch: number) => Promise<C>,
  write: (checked: C, epoch: number) => Promise<T>,
): Promise<T> {
  for (let run = 1; ; run += 1) {
    try {
      return await write(checked, epoch);
    } catch (error) {
      if (!(error instanceof ChecksOutdated)) throw error;
      if (run >= CHECK_RUNS)
        throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, `${error.message}, ${CHECK_RUNS} times; nothing was written: send it again`, { field: 'records' });
      epoch = error.epoch;
      // A short random wait, longer each run: writers correcting at once do not keep landing in each other's windows.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * RETRY_WAIT_MS * run));
      checked = await recheck(checked, epoch);
    }
  }
}

/** Reads the epoch, checks, and writes as checked (writeAsChecked). */
export async function checkedWrite<C, T>(
  gateway: Gateway,
  meta: QueryMeta,
  check: (epoch: number) => Promise<C>,
  write: (checked: C, epoch: number) => Promise<T>,
): Promise<T> {
  const epoch = await readDecisionEpoch(gateway, meta);
  return writeAsChecked<C, T>(epoch, await check(epoch), (_last, at) => check(at), write);
}
