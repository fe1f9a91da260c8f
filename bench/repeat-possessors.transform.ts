import { seededRandom } from '../src/network/association-null.js';
import type { RecoveredPurchase } from '../src/network/trafficking.evidence.js';

/**
 * How the background recoveries go to repeat possessors: `share` of those with a stranger possessor,
 * about `meanGuns` each, a gun within 3 years of sale `newWeight` times as likely to be moved;
 * `residences`: each keeps its own possessor, recorded at one of a few shared buildings instead.
 */
export interface RepeatPossession {
  share: number;
  meanGuns: number;
  newWeight: number;
  residences: boolean;
}

/** Reassigns `share` of the background rows with a stranger possessor to repeat possessors, about `meanGuns` rows each. */
export function withRepeatPossessors(
  rows: RecoveredPurchase[],
  planted: Set<string>,
  seed: number,
  { share, meanGuns, newWeight, residences }: RepeatPossession,
): { rows: RecoveredPurchase[]; moved: number } {
  const random = seededRandom(seed * 17 + 3);
  const eligible = (r: RecoveredPurchase) =>
    !planted.has(r.purchaserId) && r.possessorId !== null && r.possessorId !== r.purchaserId && !planted.has(r.possessorId);
  const byState = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (eligible(r) && random() < Math.min(1, share * (r.timeToCrimeDays <= 1095 ? newWeight : 1)))
      byState.set(r.recoveredState ?? '', [...(byState.get(r.recoveredState ?? '') ?? []), i]);
  });
  const out = [...rows];
  let moved = 0;
  for (const [state, idx] of byState) {
    const pool = Math.max(1, Math.round(idx.length / meanGuns));
    // Zipf weights: the k-th repeat possessor is found with guns about 1/k as often as the first.
    const weights = Array.from({ length: pool }, (_, k) => 1 / (k + 1));
    const total = weights.reduce((a, b) => a + b, 0);
    const holders: Array<{ id: string; residence: string | null }> = [];
    for (const i of idx) {
      let u = random() * total;
      let k = 0;
      while (k < pool - 1 && (u -= weights[k]!) > 0) k++;
      const holder = (holders[k] ??= { id: `repeat-${state}-${k}`, residence: out[i]!.possessorResidence ?? `${k} Tower Rd, Building, ${state}` });
      out[i] = residences ? { ...out[i]!, possessorResidence: holder.residence } : { ...out[i]!, possessorId: holder.id, possessorResidence: holder.residence };
      moved += 1;
    }
  }
  return { rows: out, moved };
}
