import { cypher } from '../db/cypher.registry.js';
import type { TransactionReader } from '../db/gateway.js';
import { ChecksOutdated } from './decision-epoch.data.js';
import type { GraphRecord } from './record.types.js';

/**
 * Two imports writing new records of one gun at once (docs/import.md, "Checks and decisions do not
 * overtake each other"): each checks its record in reads of its own, where the other's is not yet
 * committed, so a sale checked against a gun with no recovery and a recovery checked against a gun with
 * no sale could both be written, the gun then recovered before it was sold (a negative time-to-crime).
 * Creating a record moves no decision epoch, so the write transaction locks the guns its sales and
 * recoveries are of and reads their stored first sale and first recovery again: another value than the
 * checks read, and the batch is checked again (ChecksOutdated) against the other import's record.
 * Only these two dates can be moved by a record created beside the batch: every other rule reads a
 * record the batch's own record must reference, so it is stored before the check, and a change to it
 * is a correction, which takes the epoch exclusively.
 */
const LOCK = cypher('import/first-dates-lock');
const READ = cypher('import/first-dates');

/** A gun's first retail sale and first recovery as stored (no record left out), ISO days. */
export interface FirstDates {
  soldOn: string | null;
  recoveredOn: string | null;
}
const NONE: FirstDates = { soldOn: null, recoveredOn: null };

/** The gun whose first dates a record's own rules read and a record written beside it can move: a sale's or a recovery's. */
export const datedGun = (r: GraphRecord): string | null => (r.type === 'sale' || r.type === 'recovery' ? r.firearmId : null);

/** What the checks read, by gun, for the guns of `records` (a gun not in the graph: neither date). */
export function checkedFirstDates(records: readonly GraphRecord[], stored: ReadonlyMap<string, FirstDates>): Map<string, FirstDates> {
  const out = new Map<string, FirstDates>();
  for (const r of records) {
    const gun = datedGun(r);
    if (gun) out.set(gun, stored.get(gun) ?? NONE);
  }
  return out;
}

/** Whether the dates read under lock are those the checks read (a gun missing from `now` has neither). */
export function firstDatesHeld(checked: ReadonlyMap<string, FirstDates>, now: ReadonlyMap<string, FirstDates>): boolean {
  for (const [gun, was] of checked) {
    const is = now.get(gun) ?? NONE;
    if (is.soldOn !== was.soldOn || is.recoveredOn !== was.recoveredOn) return false;
  }
  return true;
}

/**
 * In the write transaction, after the decision epoch (holdDecisionEpoch) and before anything is written:
 * locks the guns (held to the commit), reads their first dates and throws ChecksOutdated when they are
 * not those checked; `epoch` is the one held (unchanged: the batch is checked again at it).
 */
export async function holdFirstDates(run: TransactionReader, checked: ReadonlyMap<string, FirstDates>, epoch: number): Promise<void> {
  if (!checked.size) return;
  const firearms = [...checked.keys()].sort();
  await run(LOCK, { firearms });
  const rows = await run<{ key: string } & FirstDates>(READ, { firearms });
  const now = new Map(rows.map((r) => [r.key, { soldOn: r.soldOn ?? null, recoveredOn: r.recoveredOn ?? null }]));
  if (!firstDatesHeld(checked, now)) throw new ChecksOutdated(epoch, "another import wrote a sale or recovery of one of these records' guns");
}
