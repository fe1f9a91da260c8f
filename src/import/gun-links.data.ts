import { cypher } from '../db/cypher.registry.js';
import type { TransactionReader } from '../db/gateway.js';
import { ChecksOutdated } from './decision-epoch.data.js';
import type { GraphRecord } from './record.types.js';

/**
 * Two imports writing new records of one gun at once (docs/import.md, "Two imports creating records that
 * depend on each other at the same moment"): each checks its record in reads of its own, where the
 * other's is not yet committed, so a sale checked against a gun with no recovery and a recovery checked
 * against a gun with no sale could both be written, the gun then recovered before it was sold (a negative
 * time-to-crime). Creating a record moves no decision epoch, so the write transaction locks the guns its
 * sales and recoveries are of and counts again the records that point at each: another count than the
 * checks read means another import wrote a sale or recovery of the gun since, and the batch is checked
 * again (ChecksOutdated). Only a gun's first sale and first recovery can be moved by a record created
 * beside the batch: every other rule reads a record the batch's own record must reference, so it is stored
 * before the check, and a change to it is a correction, which takes the epoch exclusively.
 */
const LOCK = cypher('import/guns-lock');
const READ = cypher('import/gun-links');

/** What the checks read of a gun: its first retail sale and first recovery (ISO days), and how many records point at it. */
export interface StoredGun {
  soldOn: string | null;
  recoveredOn: string | null;
  links: number;
}
const NONE: StoredGun = { soldOn: null, recoveredOn: null, links: 0 };

/** The gun whose first dates a record's own rules read and a record written beside it can move: a sale's or a recovery's. */
export const datedGun = (r: GraphRecord): string | null => (r.type === 'sale' || r.type === 'recovery' ? r.firearmId : null);

/**
 * The guns the write of `records` holds, with the count of records pointing at each as the checks read it
 * (a gun not in the graph: 0):
 * - a sale's gun with no recovery stored. Once one is, a new sale of the gun corrects what is stored and
 *   is checked again under the epoch's exclusive lock (importer.checks.ts, correctionsHold). Without one,
 *   a recovery written beside the sale could come before it, or a recovery and its trace whose
 *   time-to-crime runs from the gun's first sale, which an earlier sale would move;
 * - a recovery's gun with no sale stored, or whose trace is in the batch. Once a sale is stored, another
 *   written beside the recovery is later (the first sale stays) or earlier (still before the recovery),
 *   but an earlier one would move the time-to-crime of a trace checked with it.
 */
export function gunsToHold(records: readonly GraphRecord[], stored: ReadonlyMap<string, StoredGun>): Map<string, number> {
  const traced = new Set(records.flatMap((r) => (r.type === 'trace' ? [r.recoveryId] : [])));
  const out = new Map<string, number>();
  for (const r of records) {
    if (r.type !== 'sale' && r.type !== 'recovery') continue;
    const read = stored.get(r.firearmId) ?? NONE;
    const held = r.type === 'sale' ? read.recoveredOn === null : read.soldOn === null || traced.has(r.id);
    if (held) out.set(r.firearmId, read.links);
  }
  return out;
}

/** Whether the counts read under lock are those held (a gun missing from `now` has none). */
export function gunsHeld(held: ReadonlyMap<string, number>, now: ReadonlyMap<string, number>): boolean {
  for (const [gun, links] of held) if ((now.get(gun) ?? 0) !== links) return false;
  return true;
}

/**
 * In the write transaction, after the decision epoch (holdDecisionEpoch) and before anything is written:
 * locks the guns (held to the commit), counts their records again and throws ChecksOutdated when another
 * import wrote one since the checks; `epoch` is the one held (unchanged: the batch is checked again at it).
 */
export async function holdGuns(run: TransactionReader, held: ReadonlyMap<string, number>, epoch: number): Promise<void> {
  if (!held.size) return;
  const firearms = [...held.keys()].sort();
  await run(LOCK, { firearms });
  const rows = await run<{ key: string; links: unknown }>(READ, { firearms });
  const now = new Map(rows.map((r) => [r.key, Number(r.links)]));
  if (!gunsHeld(held, now)) throw new ChecksOutdated(epoch, "another import wrote a sale or recovery of one of these records' guns");
}
